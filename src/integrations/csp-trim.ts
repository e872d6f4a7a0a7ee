import { createHash } from 'node:crypto';

/**
 * Astro's CSP (`security.csp`) puts the same list of script and style hashes in every page's <meta> policy:
 * seven script and two style hashes here, about 500 bytes that gzip cannot shrink (issue 13, page weight).
 * A hash only lets an inline <script> or <style> with exactly that text run or apply (an external script
 * is allowed by 'self'; a hash could match it only through an `integrity` attribute, which this site does not
 * use; a JSON or JSON-LD block is data, never run). So each page keeps the hashes of its own inline scripts and
 * styles and loses the others: a page with an inline script keeps its hash, and a script that no page holds runs
 * nowhere, as before. Applied to every built page in the search index's pass over them (astro.config.mjs).
 */
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page's policy with only the hashes that one of its inline scripts or styles has. */
export function trimCspHashes(html: string): string {
  const inline = new Set<string>();
  for (const [, attributes = '', text = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi))
    if (!/\bsrc\s*=/i.test(attributes) && !/\btype\s*=\s*["']?application\/(ld\+)?json/i.test(attributes)) inline.add(sha256(text));
  for (const [, text = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) inline.add(sha256(text));
  return html.replace(
    /(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i,
    (_, start: string, policy: string, end: string) =>
      start + policy.replace(/\s*'sha256-[A-Za-z0-9+/=]+'/g, (hash) => (inline.has(hash.trim()) ? hash : '')) + end,
  );
}
