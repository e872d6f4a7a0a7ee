import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { trimCspHashes } from './csp-trim.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const used = 'console.log(1)';
const style = 'p{color:red}';
const policy = (hashes: string[], styles: string[]) =>
  `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}; style-src 'self' ${styles.join(' ')};`;
const page = (csp: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${csp}"></head><body>${body}</body></html>`;

describe('trimCspHashes', () => {
  it('keeps the hashes of the page’s own inline scripts and styles, drops the others', () => {
    const other = hash('alert(2)');
    const body = `<script>${used}</script><style>${style}</style><script type="module" src="/_astro/a.js"></script>`;
    const out = trimCspHashes(page(policy([hash(used), other], [hash(style), hash('')]), body));
    expect(out).toContain(hash(used));
    expect(out).toContain(hash(style));
    expect(out).not.toContain(other);
    expect(out).not.toContain(hash(''));
    expect(out).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
    expect(out).toContain(body);
  });

  it('leaves the other directives, and a page with no inline script keeps only its sources', () => {
    const out = trimCspHashes(page(policy([hash('alert(2)')], [hash('')]), '<script src="/_astro/b.js"></script>'));
    expect(out).toContain(`content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';"`);
  });

  it('does not keep a hash for a script with src, even one with text inside (the browser runs only the file)', () => {
    const external = `<script src="/x.js">${used}</script>`;
    const out = trimCspHashes(page(policy([hash(used)], []), external));
    expect(out).not.toContain(hash(used));
  });

  it('does not keep a hash for a JSON-LD block: it is data, never run', () => {
    const data = '{"@type":"Project"}';
    const out = trimCspHashes(page(policy([hash(data)], []), `<script type="application/ld+json">${data}</script>`));
    expect(out).not.toContain(hash(data));
  });
});
