/**
 * Security policy, as shipped: the Content-Security-Policy <meta> Astro writes into every page, the
 * headers file static hosts read (public/_headers), and the `npm start` server sending exactly those
 * headers for every kind of file the site serves.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { htmlFiles, projectRoot, read } from './build-helpers.ts';
import { serve } from './browser.ts';

const siteDir = inject('siteDir');
const headersFile = readFileSync(join(projectRoot, 'public', '_headers'), 'utf8');

/** Parses a CSP into directive → sources. */
function policy(text: string): Map<string, string[]> {
  return new Map(
    text
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

/** The `_headers` rules: a path pattern on its own line, then indented `Name: value` lines. */
function headerRules(text: string): { pattern: string; headers: Record<string, string> }[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else rules.at(-1)!.headers[line.slice(0, line.indexOf(':')).trim().toLowerCase()] = line.slice(line.indexOf(':') + 1).trim();
  }
  return rules;
}

/** What a static host sends for `path`: every matching rule, later ones adding to earlier ones. */
function expectedHeaders(path: string): Record<string, string> {
  const matches = (pattern: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path);
  return Object.assign(
    {},
    ...headerRules(headersFile)
      .filter((rule) => matches(rule.pattern))
      .map((rule) => rule.headers),
  );
}

describe('the Content-Security-Policy of every page', () => {
  it('comes first in <head>, before any script or style, with hashes and nothing unsafe', () => {
    const problems: string[] = [];
    for (const file of htmlFiles(siteDir)) {
      const root = parse(read(join(siteDir, file)));
      const head = root.querySelector('head')!;
      const metas = head.querySelectorAll('meta[http-equiv="content-security-policy"]');
      if (metas.length !== 1) {
        problems.push(`${file}: ${metas.length} CSP <meta>`);
        continue;
      }
      const elements = head.querySelectorAll('*');
      // Data blocks (JSON-LD) are not run, so the policy need not come before them.
      const runs = (el: (typeof elements)[number]) =>
        el.tagName === 'STYLE' ||
        el.getAttribute('rel') === 'stylesheet' ||
        (el.tagName === 'SCRIPT' && /^(|module|text\/javascript)$/.test(el.getAttribute('type') ?? ''));
      const firstCode = elements.findIndex(runs);
      if (firstCode !== -1 && firstCode < elements.indexOf(metas[0]!)) problems.push(`${file}: a script or style comes before the CSP`);
      const csp = policy(metas[0]!.getAttribute('content') ?? '');
      for (const [directive, sources] of csp) {
        if (sources.some((s) => ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:'].includes(s)))
          problems.push(`${file}: ${directive} ${sources.join(' ')}`);
      }
      for (const required of ['default-src', 'script-src', 'style-src', 'object-src', 'base-uri', 'worker-src', 'connect-src']) {
        if (!csp.has(required)) problems.push(`${file}: no ${required}`);
      }
      // Each inline <style> and <script> the page carries is allowed by its own hash, and nothing else is.
      for (const [tag, directive] of [
        ['style', 'style-src'],
        ['script:not([src]):not([type="application/json"]):not([type="application/ld+json"])', 'script-src'],
      ] as const) {
        for (const el of root.querySelectorAll(tag)) {
          const hash = `'sha256-${createHash('sha256').update(el.rawText).digest('base64')}'`;
          if (!csp.get(directive)?.includes(hash))
            problems.push(`${file}: inline <${el.tagName.toLowerCase()}> not in ${directive} (${hash})`);
        }
      }
      if (!csp.get('script-src')?.includes("'wasm-unsafe-eval'")) problems.push(`${file}: script-src lacks 'wasm-unsafe-eval' (Pagefind)`);
    }
    expect(problems).toEqual([]);
  });
});

describe('public/_headers', () => {
  const all = expectedHeaders('/any/page/');

  it('sets the security headers for every path', () => {
    expect(all['strict-transport-security']).toMatch(/max-age=(\d{8,}|3153[6-9]\d{3})/);
    expect(all['x-content-type-options']).toBe('nosniff');
    expect(all['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(all['cross-origin-resource-policy']).toBe('same-origin');
    expect(all['cross-origin-opener-policy']).toBe('same-origin');
    expect(all['x-frame-options']).toBe('DENY');
    expect(all['permissions-policy']).toMatch(/camera=\(\)/);
  });

  it('adds, as a header, the CSP directives a <meta> cannot carry, and nothing that would block the page', () => {
    const csp = policy(all['content-security-policy'] ?? '');
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    // The page's own <meta> policy carries the hashes; a second script-src or style-src here would
    // have to repeat every page's hashes, so the header leaves them (and default-src) to the <meta>.
    for (const directive of ['default-src', 'script-src', 'style-src', 'script-src-elem', 'style-src-elem'])
      expect(csp.has(directive)).toBe(false);
  });
});

describe('the npm start server (scripts/serve.mjs)', () => {
  const TYPES: Record<string, string> = {
    '/': 'text/html',
    '/mot-trang/': 'text/html',
    '/_astro/kieu.css': 'text/css',
    '/_astro/ma.js': 'text/javascript',
    '/du-lieu/bang.json': 'application/json',
    '/pagefind/wasm.vi.pagefind': 'application/octet-stream',
    '/pagefind/pagefind.wasm': 'application/wasm',
    '/khong-co/': 'text/html',
  };
  // Headers every HTTP server adds on its own; everything else must come from _headers.
  const TRANSPORT = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding']);
  let dir: string;
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    // One file of each kind the site serves, beside the real headers file.
    dir = mkdtempSync(join(tmpdir(), 'dvk-headers-'));
    cpSync(join(projectRoot, 'public', '_headers'), join(dir, '_headers'));
    for (const path of Object.keys(TYPES)) {
      if (path === '/khong-co/') continue;
      const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, path);
    }
    writeFileSync(join(dir, '404.html'), '<!doctype html><title>404</title>');
    server = await serve(dir);
  });
  afterAll(() => {
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(Object.entries(TYPES))('sends exactly the headers of _headers for %s', async (path, type) => {
    const response = await fetch(server.url + path);
    expect(response.status).toBe(path === '/khong-co/' ? 404 : 200);
    expect(response.headers.get('content-type')).toContain(type);
    const sent = Object.fromEntries([...response.headers].filter(([name]) => !TRANSPORT.has(name)));
    expect(sent).toEqual(expectedHeaders(path));
  });

  it('the built site carries the same headers file', () => {
    expect(read(join(siteDir, '_headers'))).toBe(headersFile);
  });
});
