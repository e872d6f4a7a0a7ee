/**
 * Copies text with the clipboard API; where the page may not (older browser, no HTTPS, permission
 * refused), runs `fallback` to select the text so the reader can copy it by hand. True when copied.
 */
export async function copyOrSelect(text: string, fallback: () => void): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    fallback();
    return false;
  }
}

/**
 * The site's public address (SITE_URL) is built into citations and share links. Where the page is served from
 * another address (a local preview, a staging copy), links handed out from it use that address instead, so a
 * reader never copies an address that does not answer. The built address is the origin of the canonical link.
 */
export function servedAddress(text: string, location: Pick<Location, 'origin'> = window.location): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  if (!canonical) return text;
  const built = new URL(canonical).origin;
  if (built === location.origin) return text;
  return text.split(built).join(location.origin).split(encodeURIComponent(built)).join(encodeURIComponent(location.origin));
}
