import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { formatBytes, LIMITS } from './limits.ts';
import { headerOfBytes, isPhotoPath, photoBytesProblem, photoFileProblem, photoPathProblem, readPhotoFile } from './photos.ts';

/** A small picture made here, in `format`: there are no real photos in the sources. */
const made = (format: 'jpeg' | 'png' | 'webp', width: number, height: number, options: { lossless?: boolean; alpha?: boolean } = {}) =>
  sharp({ create: { width, height, channels: options.alpha ? 4 : 3, background: { r: 30, g: 120, b: 80, alpha: 0.5 } } })
    .toFormat(format, format === 'webp' ? { lossless: options.lossless ?? false } : {})
    .toBuffer();

describe('a photo path', () => {
  it('tells an uploaded photo from a file in public/ or an outside address', () => {
    expect(isPhotoPath('anh/nha-luoi.jpg')).toBe(true);
    expect(isPhotoPath('./anh/nha-luoi.jpg')).toBe(true);
    expect(isPhotoPath('/minh-hoa/nha-luoi.svg')).toBe(false);
    expect(isPhotoPath('https://example.vn/a.jpg')).toBe(false);
    expect(isPhotoPath('javascript:alert(1)')).toBe(false);
    expect(isPhotoPath('//example.vn/a.jpg')).toBe(false);
  });

  it('accepts what the admin writes and refuses other formats and folders, in Vietnamese', () => {
    for (const ok of ['anh/nha-luoi.jpg', 'anh/nha-luoi-2.jpeg', './anh/a.png', 'anh/a.b.webp'])
      expect(photoPathProblem(ok), ok).toBeUndefined();
    expect(photoPathProblem('anh/anh-chup.heic')).toContain('định dạng .heic không dùng được');
    expect(photoPathProblem('anh/hinh.gif')).toContain('chỉ nhận ảnh JPEG (.jpg), PNG (.png) hoặc WebP (.webp)');
    expect(photoPathProblem('anh/../../../etc/passwd.jpg')).toContain('không hợp lệ');
    expect(photoPathProblem('hinh/a.jpg')).toContain('nằm trong thư mục anh/');
    expect(photoPathProblem('anh/Ảnh Chụp.jpg')).toContain('không hợp lệ');
  });
});

describe('the first bytes of a photo', () => {
  it.each([
    ['JPEG', () => made('jpeg', 640, 427), 'jpeg'],
    ['PNG', () => made('png', 300, 200, { alpha: true }), 'png'],
    ['WebP (lossy)', () => made('webp', 321, 123), 'webp'],
    ['WebP (lossless)', () => made('webp', 333, 111, { lossless: true }), 'webp'],
    ['WebP (with alpha)', () => made('webp', 400, 250, { alpha: true }), 'webp'],
  ] as const)('say the format and pixels of a %s', async (_name, make, format) => {
    const bytes = await make();
    const { width, height } = await sharp(bytes).metadata();
    expect(headerOfBytes(bytes)).toEqual({ format, width, height });
  });

  it('find the frame of a JPEG behind a large metadata block', async () => {
    const bytes = await sharp(await made('jpeg', 200, 100))
      .withMetadata({ exif: { IFD0: { ImageDescription: 'x'.repeat(40_000) } } })
      .toBuffer();
    expect(headerOfBytes(bytes)).toEqual({ format: 'jpeg', width: 200, height: 100 });
  });

  it('are not a photo for SVG, HTML, GIF or a cut-off file', async () => {
    const gif = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#000' } })
      .gif()
      .toBuffer();
    for (const bytes of [
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      Buffer.from('<html>'),
      gif,
      Buffer.from([0xff, 0xd8, 0xff]),
    ]) {
      expect(headerOfBytes(bytes)).toBeUndefined();
    }
  });
});

describe('a photo file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dvk-photos-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is read from its size and first bytes, and a missing one is named', async () => {
    const path = join(dir, 'a.jpg');
    const bytes = await made('jpeg', 120, 80);
    writeFileSync(path, bytes);
    expect(readPhotoFile(path, 'content/models/anh/a.jpg')).toEqual({
      file: 'content/models/anh/a.jpg',
      bytes: bytes.length,
      header: { format: 'jpeg', width: 120, height: 80 },
    });
    expect(photoFileProblem(readPhotoFile(path, 'content/models/anh/a.jpg'))).toBeUndefined();
    const missing = readPhotoFile(join(dir, 'khong-co.jpg'), 'content/models/anh/khong-co.jpg');
    expect(photoFileProblem(missing)).toBe(
      'không tìm thấy tệp ảnh content/models/anh/khong-co.jpg (missing file): tải ảnh lên lại trong trang quản trị, hoặc sửa tên tệp cho đúng',
    );
  });

  it('is refused over the size limit, in a format its name does not say, or too many pixels', async () => {
    const jpeg = headerOfBytes(await made('jpeg', 64, 64));
    expect(photoBytesProblem('anh/a.jpg', LIMITS.photoFile + 1, jpeg)).toContain(`quá giới hạn ${formatBytes(LIMITS.photoFile)}`);
    expect(photoBytesProblem('anh/a.jpg', LIMITS.photoFile, jpeg)).toBeUndefined();
    expect(photoBytesProblem('anh/a.png', 1000, jpeg)).toContain('thực ra là ảnh JPEG, không phải PNG');
    expect(photoBytesProblem('anh/a.webp', 1000, undefined)).toContain('không phải ảnh WebP đọc được');
    expect(photoBytesProblem('anh/a.svg', 1000, undefined)).toContain('định dạng .svg không dùng được');
    expect(photoBytesProblem('anh/a.jpg', 1000, { format: 'jpeg', width: 10_000, height: 10_000 })).toContain(
      'quá giới hạn 40.000.000 điểm ảnh',
    );
  });
});
