/**
 * Photos uploaded for a story or a model profile. They sit in an `anh/` folder beside the entries
 * (content/models/anh/, content/articles/anh/), where the admin writes them, and the entry names them
 * relative to itself: `image: { src: anh/ten-anh.jpg, alt: … }`. The site never serves the file itself:
 * Astro's image pipeline (src/components/site/EntryImage.astro) turns it into small AVIF/WebP/JPEG copies.
 * Illustrations drawn for the site stay in public/minh-hoa/ and are written "/minh-hoa/ten-anh.svg".
 *
 * A photo is checked without decoding it: its first bytes say its format and its size in pixels.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { formatBytes, LIMITS } from './limits.ts';

/** The folder, beside the entries, that holds their photos. */
export const PHOTO_FOLDER = 'anh';
/** What the admin writes (Decap lower-cases and slugs the file name) and what the check accepts. */
export const PHOTO_PATH = /^(?:\.\/)?anh\/[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9_-]+)*\.(?:jpe?g|png|webp)$/;
/** File name extensions of the formats accepted, in the words of the messages. */
export const PHOTO_FORMATS = 'JPEG (.jpg), PNG (.png) hoặc WebP (.webp)';

/**
 * Widths of the copies a photo is served at: a 360 px phone (328 CSS px of content) at 1× and 2×, and
 * the content column (28rem, 448 CSS px) at 2×. A 3× phone takes the largest, which is enough.
 */
export const PHOTO_WIDTHS = [360, 672, 896] as const;

/** How wide a story's or a profile's image shows: the content column (28rem), or a phone's width less the page margins. */
export const PHOTO_SIZES = '(min-width: 30rem) 28rem, calc(100vw - 2rem)';

export type PhotoFormat = 'jpeg' | 'png' | 'webp';

export interface PhotoHeader {
  format: PhotoFormat;
  width: number;
  height: number;
}

/** What the check knows of an entry's photo file. */
export interface PhotoFile {
  /** Path relative to the project root, e.g. "content/models/anh/nha-luoi.jpg". */
  file: string;
  /** Size in bytes; undefined when there is no such file. */
  bytes?: number;
  /** Format and pixels read from the first bytes; undefined when they are not a JPEG, PNG or WebP. */
  header?: PhotoHeader;
}

/** Is `src` an uploaded photo (a path relative to the entry), rather than a file in public/? */
export const isPhotoPath = (src: string) => !src.startsWith('/') && !/^[a-z][a-z\d+.-]*:/i.test(src) && !src.startsWith('//');

/** Why `src` cannot name an uploaded photo, in Vietnamese with the fix; undefined when it can. */
export function photoPathProblem(src: string): string | undefined {
  if (PHOTO_PATH.test(src)) return undefined;
  const shown = JSON.stringify(src);
  const ext = /\.([a-z0-9]+)$/i.exec(src)?.[1]?.toLowerCase();
  if (ext && !['jpg', 'jpeg', 'png', 'webp'].includes(ext)) {
    return `ảnh ${shown} có định dạng .${ext} không dùng được (image format): chỉ nhận ảnh ${PHOTO_FORMATS}; mở ảnh rồi lưu lại dưới dạng JPEG và tải lên lại`;
  }
  return `ảnh ${shown} không hợp lệ (image): ảnh chụp tải lên nằm trong thư mục anh/ cạnh bài, viết "anh/ten-anh.jpg" (chữ thường không dấu, số, dấu gạch ngang); hình vẽ có sẵn trong public/ viết bắt đầu bằng "/", ví dụ "/minh-hoa/ten-anh.svg"`;
}

/** Reads `length` bytes at `offset`, fewer at the end of the file. */
export type ReadAt = (offset: number, length: number) => Uint8Array;

const u16be = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u32be = (b: Uint8Array, i: number) => u16be(b, i) * 65536 + u16be(b, i + 2);
const u16le = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u24le = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16);
const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

/** A JPEG's size, from its first start-of-frame segment; the segments before it are skipped, not read. */
function jpegHeader(read: ReadAt): PhotoHeader | undefined {
  let offset = 2;
  // A JPEG with hundreds of segments before its frame is not a photo from a camera or a phone.
  for (let segments = 0; segments < 500; segments++) {
    const marker = read(offset, 4);
    if (marker.length < 4 || marker[0] !== 0xff) return undefined;
    const type = marker[1] ?? 0;
    if (type === 0xff) {
      offset += 1;
      continue;
    }
    const length = u16be(marker, 2);
    // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC): the frame header holds height then width.
    if (type >= 0xc0 && type <= 0xcf && type !== 0xc4 && type !== 0xc8 && type !== 0xcc) {
      const frame = read(offset + 5, 4);
      const height = u16be(frame, 0);
      const width = u16be(frame, 2);
      return width > 0 && height > 0 ? { format: 'jpeg', width, height } : undefined;
    }
    if (length < 2) return undefined;
    offset += 2 + length;
  }
  return undefined;
}

/** Format and size in pixels of a JPEG, PNG or WebP, from its first bytes; undefined for anything else. */
export function readPhotoHeader(read: ReadAt): PhotoHeader | undefined {
  const head = read(0, 32);
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return jpegHeader(read);
  if (ascii(head, 0, 8) === '\x89PNG\r\n\x1a\n' && ascii(head, 12, 16) === 'IHDR') {
    return { format: 'png', width: u32be(head, 16), height: u32be(head, 20) };
  }
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') {
    const chunk = ascii(head, 12, 16);
    if (chunk === 'VP8X') return { format: 'webp', width: u24le(head, 24) + 1, height: u24le(head, 27) + 1 };
    if (chunk === 'VP8 ') return { format: 'webp', width: u16le(head, 26) & 0x3fff, height: u16le(head, 28) & 0x3fff };
    if (chunk === 'VP8L') {
      const bits = u24le(head, 21) + (head[24] ?? 0) * 0x1000000;
      return { format: 'webp', width: (bits & 0x3fff) + 1, height: (Math.floor(bits / 0x4000) & 0x3fff) + 1 };
    }
  }
  return undefined;
}

/** Format and pixels of bytes in memory (an upload). */
export const headerOfBytes = (bytes: Uint8Array) => readPhotoHeader((offset, length) => bytes.subarray(offset, offset + length));

/** What the check needs of the photo at `path` (absolute), reported as `file`: its size and first bytes only. */
export function readPhotoFile(path: string, file: string): PhotoFile {
  let bytes: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { file };
    bytes = stat.size;
  } catch {
    return { file };
  }
  const fd = openSync(path, 'r');
  try {
    const header = readPhotoHeader((offset, length) => {
      const buffer = new Uint8Array(length);
      return buffer.subarray(0, readSync(fd, buffer, 0, length, offset));
    });
    return { file, bytes, ...(header ? { header } : {}) };
  } finally {
    closeSync(fd);
  }
}

const FORMAT_OF_EXTENSION: Record<string, PhotoFormat> = { jpg: 'jpeg', jpeg: 'jpeg', png: 'png', webp: 'webp' };
const FORMAT_NAME: Record<PhotoFormat, string> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP' };

/** "4.000 × 3.000" */
const pixels = (n: number) => n.toLocaleString('vi-VN');

/** Why a photo's bytes cannot be used, in Vietnamese with the fix; undefined when they can. */
export function photoBytesProblem(name: string, bytes: number, header: PhotoHeader | undefined): string | undefined {
  if (bytes > LIMITS.photoFile) {
    return `ảnh ${name} nặng ${formatBytes(bytes)}, quá giới hạn ${formatBytes(LIMITS.photoFile)} (size limit): thu nhỏ ảnh (ví dụ cạnh dài 2.000 điểm ảnh, lưu JPEG) rồi tải lên lại`;
  }
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const expected = FORMAT_OF_EXTENSION[ext];
  if (!expected) return `ảnh ${name} có định dạng .${ext} không dùng được (image format): chỉ nhận ảnh ${PHOTO_FORMATS}`;
  if (!header) {
    return `tệp ${name} không phải ảnh ${FORMAT_NAME[expected]} đọc được (image format): mở ảnh bằng trình xem ảnh, lưu lại dưới dạng JPEG rồi tải lên lại`;
  }
  if (header.format !== expected) {
    return `tệp ${name} thực ra là ảnh ${FORMAT_NAME[header.format]}, không phải ${FORMAT_NAME[expected]} như đuôi tên tệp (image format): đổi đuôi thành .${header.format === 'jpeg' ? 'jpg' : header.format} rồi tải lên lại`;
  }
  if (header.width * header.height > LIMITS.photoPixels) {
    return `ảnh ${name} có ${pixels(header.width)} × ${pixels(header.height)} điểm ảnh, quá giới hạn ${pixels(LIMITS.photoPixels)} điểm ảnh (size limit): thu nhỏ ảnh rồi tải lên lại`;
  }
  return undefined;
}

/** Why an entry's photo file cannot be used; undefined when it can. */
export function photoFileProblem(photo: PhotoFile): string | undefined {
  if (photo.bytes === undefined) {
    return `không tìm thấy tệp ảnh ${photo.file} (missing file): tải ảnh lên lại trong trang quản trị, hoặc sửa tên tệp cho đúng`;
  }
  return photoBytesProblem(photo.file, photo.bytes, photo.header);
}
