import { describe, expect, it } from 'vitest';
import { facebookShareUrl, sectionOf, shareImagePath, zaloShareUrl } from './share.ts';

describe('share addresses', () => {
  it('gives each page its own share image path', () => {
    expect(shareImagePath('/')).toBe('/anh-chia-se/trang-chu.png');
    expect(shareImagePath('/mo-hinh/nha-luoi/')).toBe('/anh-chia-se/mo-hinh/nha-luoi.png');
    expect(shareImagePath('/mo-hinh/')).toBe('/anh-chia-se/mo-hinh.png');
    expect(shareImagePath('/404')).toBe('/anh-chia-se/404.png');
  });
  it('names the section from the first path segment', () => {
    expect(sectionOf('/so-lieu/x/', { 'so-lieu': 'Số liệu' })).toBe('Số liệu');
    expect(sectionOf('/', { 'so-lieu': 'Số liệu' })).toBe('');
  });
  it('encodes the page address in the share links', () => {
    const url = 'https://example.org/bai-viet/a-b/?x=1&y=2';
    expect(facebookShareUrl(url)).toBe(
      'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org%2Fbai-viet%2Fa-b%2F%3Fx%3D1%26y%3D2',
    );
    expect(new URL(zaloShareUrl(url)).searchParams.get('url')).toBe(url);
  });
});
