/**
 * One reading of `public/_headers` (the format Netlify and Cloudflare Pages read) for every other place the
 * site is served from: the `npm start` server (scripts/serve.ts) and the nginx configuration
 * (scripts/deploy/nginx.conf, written by scripts/deploy/generate.ts). The tests check all three send the same.
 *
 * Rules: a path pattern on its own line, then indented `Name: value` lines. A `*` in a pattern matches any
 * characters (`/*`, `/_astro/*`, `/*.svg`), `:name` one path segment. Every matching rule applies; a header
 * named by more than one matching rule gets their values joined with ", ", as those hosts do (for
 * Content-Security-Policy that means several policies, all enforced).
 */

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** Parses `_headers`. Throws, naming the line, on a header line outside a rule or without a colon. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!trimmed.startsWith('/')) throw new Error(`_headers dòng ${index + 1}: mẫu đường dẫn phải bắt đầu bằng "/": ${trimmed}`);
      rules.push({ pattern: trimmed, headers: [] });
      return;
    }
    const colon = trimmed.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 1) throw new Error(`_headers dòng ${index + 1}: cần "Tên: giá trị" dưới một mẫu đường dẫn: ${trimmed}`);
    rule.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
  });
  return rules;
}

/** The pattern as an anchored regular expression source (PCRE and JavaScript read it alike). */
export function patternSource(pattern: string): string {
  const body = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return `^${body}$`;
}

const compiled = new Map<string, RegExp>();
export function matches(pattern: string, path: string): boolean {
  let re = compiled.get(pattern);
  if (!re) compiled.set(pattern, (re = new RegExp(patternSource(pattern))));
  return re.test(path);
}

/** The headers a host sends for `path` (decoded, as the host sees it), in the order _headers names them. */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = [...out.keys()].find((k) => k.toLowerCase() === name.toLowerCase()) ?? name;
      out.set(key, out.has(key) ? `${out.get(key)}, ${value}` : value);
    }
  }
  return out;
}

/**
 * Content types by extension, for the `npm start` server and nginx alike. Text gets charset=utf-8 (the site's
 * CSV files are Vietnamese); Pagefind's index files are already gzip data.
 */
export const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
  webmanifest: 'application/manifest+json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  rdf: 'application/rdf+xml; charset=utf-8',
  ttl: 'text/turtle; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
  ico: 'image/x-icon',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  zip: 'application/zip',
  wasm: 'application/wasm',
  woff2: 'font/woff2',
  woff: 'font/woff',
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_index: 'application/octet-stream',
};

export function contentType(path: string): string {
  const ext = /\.([A-Za-z0-9_]+)$/.exec(path)?.[1]?.toLowerCase();
  return (ext && CONTENT_TYPES[ext]) || 'application/octet-stream';
}

/** Methods a static site answers; anything else gets 405 with this Allow header. */
export const ALLOWED_METHODS = ['GET', 'HEAD'];
