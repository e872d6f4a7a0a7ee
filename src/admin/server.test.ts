/**
 * The admin server's refusals for uploads (src/admin/server.ts), without a browser: a photo is accepted
 * only into a story's or a model's anh/ folder, as a JPEG, PNG or WebP within the limits, and an entry
 * naming a photo that is neither uploaded nor on disk is refused in the checker's words.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatBytes, LIMITS } from '../lib/limits.ts';
import { cleanUploads, refusal } from './server.ts';

const root = new URL('../..', import.meta.url).pathname;

const entry = (src: string, alt = 'Ảnh chụp thử') => ({
  path: 'content/models/thu-anh.mdx',
  raw: [
    '---',
    'name: Mô hình thử ảnh',
    'summary: Mô hình dùng để thử tải ảnh lên.',
    'kind: khong-ro',
    'fields: [kinh-te]',
    'place: vinh-thinh-thach-lac',
    'sources:',
    '  - { source: thach-ha-2022, says: Nguồn nói về mô hình thử. }',
    `image: { src: ${src}, alt: '${alt}', illustration: false }`,
    "added: '2026-11-23'",
    'draft: true',
    '---',
    'Nội dung.',
    '',
  ].join('\n'),
});

const asset = (path: string, bytes: Buffer) => ({ path, content: bytes.toString('base64'), encoding: 'base64' });

describe('the admin server refuses bad uploads before anything is written', () => {
  let copy = '';
  let jpeg = Buffer.alloc(0);
  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), 'dvk-admin-'));
    cpSync(join(root, 'content'), join(copy, 'content'), { recursive: true });
    // Made here: there are no real photos in the sources.
    jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#2a7' } })
      .jpeg()
      .toBuffer();
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  const save = (src: string, assets: ReturnType<typeof asset>[], alt?: string) =>
    refusal(copy, { action: 'persistEntry', params: { entry: entry(src, alt), assets } });

  it('accepts a profile saved with its photo uploaded in the same request', () => {
    expect(save('anh/thu-anh.jpg', [asset('content/models/anh/thu-anh.jpg', jpeg)])).toBeUndefined();
  });

  it('refuses a photo without alt text, in the checker’s words', () => {
    expect(save('anh/thu-anh.jpg', [asset('content/models/anh/thu-anh.jpg', jpeg)], ' ')).toContain(
      'content/models/thu-anh.mdx › image.alt: ảnh thiếu mô tả thay thế (alt)',
    );
  });

  it('refuses a profile naming a photo that was not uploaded', () => {
    expect(save('anh/khong-co.jpg', [])).toContain('image.src: không tìm thấy tệp ảnh content/models/anh/khong-co.jpg');
  });

  it('refuses a photo over the size limit, with the limit in its message', () => {
    const big = Buffer.concat([jpeg, Buffer.alloc(LIMITS.photoFile)]);
    expect(save('anh/thu-anh.jpg', [asset('content/models/anh/thu-anh.jpg', big)])).toContain(
      `quá giới hạn ${formatBytes(LIMITS.photoFile)}`,
    );
  });

  it('refuses a file that is not the JPEG, PNG or WebP its name says', () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(save('anh/thu-anh.jpg', [asset('content/models/anh/thu-anh.jpg', svg)])).toContain('không phải ảnh JPEG đọc được');
    expect(refusal(copy, { action: 'persistMedia', params: { asset: asset('content/models/anh/ve.svg', svg) } })).toContain(
      'định dạng .svg không dùng được',
    );
  });

  it('refuses deleting a photo that a profile shows, naming the profile', () => {
    mkdirSync(join(copy, 'content/models/anh'), { recursive: true });
    writeFileSync(join(copy, 'content/models/anh/dang-dung.jpg'), jpeg);
    const saved = entry('anh/dang-dung.jpg');
    writeFileSync(join(copy, saved.path), saved.raw);
    try {
      const message = refusal(copy, { action: 'deleteFile', params: { path: 'content/models/anh/dang-dung.jpg' } });
      expect(message).toContain('Không xóa được');
      expect(message).toContain('content/models/thu-anh.mdx › image.src: không tìm thấy tệp ảnh content/models/anh/dang-dung.jpg');
      expect(refusal(copy, { action: 'deleteFile', params: { path: 'content/models/anh/khong-ai-dung.jpg' } })).toBeUndefined();
    } finally {
      rmSync(join(copy, saved.path));
    }
  });

  it('refuses an upload anywhere but a story’s or a model’s anh/ folder', () => {
    for (const path of ['public/minh-hoa/a.jpg', 'content/models/a.jpg', 'content/stats/anh/a.jpg', 'content/models/anh/../../../a.jpg']) {
      expect(refusal(copy, { action: 'persistMedia', params: { asset: asset(path, jpeg) } }), path).toContain(
        'chỉ tải ảnh lên trong ô ảnh của một bài viết hay một mô hình',
      );
    }
  });
});

describe('an uploaded photo loses its metadata before it is written', () => {
  it('drops EXIF (GPS position, camera, owner), keeps the picture upright, and leaves a non-photo for the refusal to name', async () => {
    // A 60×40 picture stored on its side (EXIF orientation 6: shown turned 90°), with a position and a camera.
    const taken = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#c33' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExifMerge({
        IFD0: { Make: 'May chup thu', Artist: 'Nguoi chup thu' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '10/1 30/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 24/1 0/1' },
      })
      .toBuffer();
    const before = await sharp(taken).metadata();
    expect(before.exif).toBeDefined();
    expect(before.orientation).toBe(6);
    expect(taken.includes(Buffer.from('Nguoi chup thu'))).toBe(true);

    const body = { action: 'persistMedia', params: { asset: asset('content/models/anh/thu.jpg', taken) } };
    await cleanUploads(body);
    const written = Buffer.from(body.params.asset.content, 'base64');
    const after = await sharp(written).metadata();
    expect(after.format).toBe('jpeg');
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(written.includes(Buffer.from('Nguoi chup thu'))).toBe(false);
    // Turned as EXIF said, so it still shows upright without the tag.
    expect([after.width, after.height]).toEqual([40, 60]);

    const svg = asset('content/models/anh/ve.jpg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'));
    const untouched = { params: { asset: { ...svg } } };
    await cleanUploads(untouched);
    expect(untouched.params.asset.content).toBe(svg.content);
  });
});
