/**
 * The printed QR code as a 1-bit PNG in a data: address. Each module is one pixel, shown scaled up with
 * `image-rendering: pixelated`: a 37×37 code is about 290 bytes (390 in base64), about half the gzip bytes
 * of the same code drawn as SVG paths, on every story and model page (issue 13, page weight). Made at build
 * time, with no script and no request; `img-src data:` is already allowed by the pages' CSP.
 */
import { crc32, deflateSync } from 'node:zlib';
import QRCode from 'qrcode';

/** The modules of the code for `text` (error correction L: a clean print needs no more), row by row. */
export function qrModules(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'L' });
  return Array.from({ length: modules.size }, (_, y) => Array.from({ length: modules.size }, (_, x) => Boolean(modules.get(y, x))));
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A greyscale PNG, 1 bit per pixel: dark modules black (0), the rest white (1). */
export function qrPng(text: string): Buffer {
  const rows = qrModules(text);
  const size = rows.length;
  const stride = Math.ceil(size / 8);
  const raw = Buffer.alloc((stride + 1) * size); // each row: filter byte 0 (none), then the bits
  rows.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) raw[y * (stride + 1) + 1 + (x >> 3)]! |= 0x80 >> (x & 7);
    }),
  );
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale; compression, filter and interlace 0
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** `data:image/png;base64,…` of qrPng(text). */
export const qrPngDataUri = (text: string) => `data:image/png;base64,${qrPng(text).toString('base64')}`;
