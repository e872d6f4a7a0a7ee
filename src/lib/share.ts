/**
 * Addresses for sharing a page: its share image (drawn at build time by
 * src/integrations/share-images.ts) and the plain share links of Zalo and Facebook. Plain links,
 * no third-party script: the page makes no request to either until the reader clicks.
 */

/** "/mo-hinh/nha-luoi/" → "/anh-chia-se/mo-hinh/nha-luoi.png"; the home page → "/anh-chia-se/trang-chu.png". */
export function shareImagePath(pathname: string): string {
  const trimmed = pathname.replace(/index\.html$/, '').replace(/^\/+|\/+$/g, '');
  return `/anh-chia-se/${trimmed || 'trang-chu'}.png`;
}

/** Section label shown on the share image, from the first segment of the path. */
export function sectionOf(pathname: string, labels: Record<string, string>): string {
  const first = pathname.split('/').find(Boolean) ?? '';
  return labels[first] ?? '';
}

export function facebookShareUrl(url: string): string {
  return `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`;
}

/**
 * The page Zalo's own share button opens (Zalo documents only its SDK, which this site does not
 * load). Zalo reads the shared page's Open Graph tags for the preview.
 */
export function zaloShareUrl(url: string): string {
  return `https://sp.zalo.me/share_inline?url=${encodeURIComponent(url)}`;
}
