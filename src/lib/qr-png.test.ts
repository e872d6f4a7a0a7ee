import QRCode from 'qrcode';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { qrModules, qrPng, qrPngDataUri } from './qr-png.ts';

const URL = 'https://dvk.example.vn/mo-hinh/hu-gao-tinh-thuong-long-huu/';

describe('QR code as a 1-bit PNG', () => {
  it('holds the modules of the qrcode package’s code, one pixel each, read back by a PNG decoder', async () => {
    const modules = QRCode.create(URL, { errorCorrectionLevel: 'L' }).modules;
    const rows = qrModules(URL);
    expect(rows.length).toBe(modules.size);
    const { data, info } = await sharp(qrPng(URL)).greyscale().raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([modules.size, modules.size]);
    let dark = 0;
    for (let y = 0; y < modules.size; y++)
      for (let x = 0; x < modules.size; x++) {
        const black = data[y * info.width + x] === 0;
        expect(black, `${x},${y}`).toBe(Boolean(modules.get(y, x)));
        expect(data[y * info.width + x] === 0 || data[y * info.width + x] === 255).toBe(true);
        if (black) dark++;
      }
    // A real code: its finder patterns alone are 3 × 33 dark modules.
    expect(dark).toBeGreaterThan(99);
  });

  it('is a few hundred bytes, in a data: address', () => {
    const png = qrPng(URL);
    expect(png.length).toBeLessThan(400);
    expect(qrPngDataUri(URL)).toBe(`data:image/png;base64,${png.toString('base64')}`);
    // Another address, another code.
    expect(qrPng(`${URL}x/`).equals(png)).toBe(false);
  });
});
