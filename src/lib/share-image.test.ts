import { describe, expect, it } from 'vitest';
import { clip, renderShareImage, SHARE_IMAGE, shareSvg } from './share-image.ts';

const card = {
  site: 'Dân vận khéo',
  section: 'Mô hình',
  title: 'Mô hình nhà lưới sản xuất rau củ quả',
  description: 'Gia đình anh Hồ Văn Hà trồng rau củ quả trong nhà lưới ở thôn Vĩnh Thịnh, xã Thạch Lạc.',
  host: 'example.org',
  tagline: 'Mỗi con số đều ghi nguồn',
};

describe('share image', () => {
  it('clips long text at a word boundary', () => {
    expect(clip('ngắn', 10)).toBe('ngắn');
    expect(clip('Một hai ba bốn năm sáu bảy', 16)).toBe('Một hai ba bốn…');
  });

  it('draws text as paths, so the image needs no font where it is shown', async () => {
    const svg = await shareSvg(card);
    expect(svg).toContain(`width="${SHARE_IMAGE.width}"`);
    expect(svg).not.toContain('<text');
    expect(svg).toContain('<path');
  });

  it('renders a 1200×630 PNG', async () => {
    const png = await renderShareImage(card);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height as big-endian 32-bit integers at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});
