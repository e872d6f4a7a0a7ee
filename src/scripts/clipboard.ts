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
