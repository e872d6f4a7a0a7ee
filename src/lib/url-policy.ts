/**
 * Which addresses content may contain. Links: https:, http:, mailto:, tel: and paths on this site
 * ("/mo-hinh/…", "#muc"). Images: files on this site only ("/minh-hoa/…"), so no outside host
 * learns who reads a page. Everything else (javascript:, data:, vbscript:, "//host/…") is refused.
 *
 * A browser drops tabs and line breaks inside an address and reads "\" as "/", so "java\tscript:"
 * and "/\evil.example" would slip past a check that ignored them: such addresses are refused too.
 */

export type UrlKind = 'link' | 'image';

const LINK_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'] as const;

/** Characters a browser ignores or rewrites inside an address: controls, spaces and backslashes. */
const hasHiddenCharacters = (url: string) => [...url].some((char) => char <= ' ' || char === '\u007f' || char === '\\');

/** The scheme ("https:") of an absolute address, lower-cased; undefined for a path. */
function schemeOf(url: string): string | undefined {
  const colon = url.indexOf(':');
  if (colon < 1) return undefined;
  const scheme = url.slice(0, colon);
  // A scheme is a letter followed by letters, digits, "+", "-" or "."; a ":" after a "/", "?" or "#" is part of a path.
  const isScheme = [...scheme].every((char, i) => /[a-z]/i.test(char) || (i > 0 && /[\d+.-]/.test(char)));
  return isScheme ? `${scheme.toLowerCase()}:` : undefined;
}

/** Why `url` may not be used as a `kind`, in Vietnamese with the fix; undefined when it may. */
export function urlProblem(url: string, kind: UrlKind): string | undefined {
  const shown = JSON.stringify(url);
  if (url.trim() === '') return `địa chỉ trống: ghi địa chỉ ${kind === 'image' ? 'ảnh, ví dụ "/minh-hoa/ten-anh.svg"' : 'liên kết'}`;
  if (hasHiddenCharacters(url)) {
    return `địa chỉ ${shown} có khoảng trắng, ký tự điều khiển hoặc dấu \\ (URL): viết liền, dùng dấu / ; khoảng trắng viết là %20`;
  }
  const scheme = schemeOf(url);
  if (kind === 'image') {
    if (scheme || url.startsWith('//') || !url.startsWith('/')) {
      return `ảnh ${shown} không nằm trên trang này (image): chỉ dùng ảnh trong thư mục public/, viết đường dẫn bắt đầu bằng "/", ví dụ "/minh-hoa/ten-anh.svg"; không dùng ảnh từ trang khác (lộ người đọc cho trang đó)`;
    }
    return undefined;
  }
  if (scheme === undefined) {
    if (url.startsWith('//')) return `địa chỉ ${shown} thiếu giao thức (URL): viết đầy đủ "https:${url}"`;
    if (url.startsWith('/') || url.startsWith('#')) return undefined;
    return `địa chỉ ${shown} không rõ (URL): liên kết trong trang viết bắt đầu bằng "/" (ví dụ "/mo-hinh/ten-mo-hinh/"), liên kết ra ngoài viết đầy đủ "https://…"`;
  }
  if (!(LINK_SCHEMES as readonly string[]).includes(scheme)) {
    return `địa chỉ ${shown} dùng giao thức ${scheme} không được phép (URL): chỉ dùng https:, http:, mailto:, tel: hoặc đường dẫn trong trang bắt đầu bằng "/"`;
  }
  if (scheme === 'https:' || scheme === 'http:') {
    if (!URL.canParse(url) || !new URL(url).hostname)
      return `địa chỉ ${shown} không hợp lệ (URL): viết dạng "https://ten-mien.vn/duong-dan"`;
  }
  return undefined;
}

/** Is `url` an address a page may link to? */
export const isSafeLink = (url: string) => urlProblem(url, 'link') === undefined;
