/**
 * Security policy, as shipped: the Content-Security-Policy <meta> Astro writes into every page, and the
 * headers file static hosts read (public/_headers). That every server sends exactly those headers is
 * src/tests/hosts.test.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { headersFor, parseHeaders } from '../../scripts/deploy/headers.ts';
import { htmlFiles, projectRoot, read } from './build-helpers.ts';

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

/** What a static host sends for `path`, read through the parser every server shares (scripts/deploy/headers.ts). */
function expectedHeaders(path: string): Record<string, string> {
  return Object.fromEntries([...headersFor(parseHeaders(headersFile), path)].map(([name, value]) => [name.toLowerCase(), value]));
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
      // Each inline <style> and <script> the page carries is allowed by its own hash, and nothing else is:
      // a hash no inline element of the page has is dropped at build (src/integrations/csp-trim.ts).
      const own = new Set<string>();
      for (const [tag, directive] of [
        ['style', 'style-src'],
        ['script:not([src]):not([type="application/json"]):not([type="application/ld+json"])', 'script-src'],
      ] as const) {
        for (const el of root.querySelectorAll(tag)) {
          const hash = `'sha256-${createHash('sha256').update(el.rawText).digest('base64')}'`;
          own.add(hash);
          if (!csp.get(directive)?.includes(hash))
            problems.push(`${file}: inline <${el.tagName.toLowerCase()}> not in ${directive} (${hash})`);
        }
      }
      for (const directive of ['script-src', 'style-src'])
        for (const source of csp.get(directive) ?? [])
          if (source.startsWith("'sha256-") && !own.has(source))
            problems.push(`${file}: ${directive} allows ${source}, which no inline element has`);
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

describe('the header policy of files that are not pages', () => {
  // Checked here as policy; src/tests/hosts.test.ts checks both servers send it, and that an SVG's script does not run.
  it.each([
    '/favicon.svg',
    '/du-lieu/bang.csv',
    '/du-lieu/bang.json',
    '/rss.xml',
    '/robots.txt',
    '/anh-chia-se/trang.png',
    '/du-lieu/bang.xlsx',
    '/du-lieu/dcat.jsonld',
  ])('%s: default-src none, frame-ancestors none, and a sandbox for what a browser could run', (path) => {
    // Several policies, all enforced: each must hold in at least one of them.
    const policies = (expectedHeaders(path)['content-security-policy'] ?? '').split(',').map(policy);
    const anywhere = (directive: string) => policies.flatMap((p) => p.get(directive) ?? []);
    expect(anywhere('default-src')).toEqual(["'none'"]);
    expect(anywhere('frame-ancestors')).toEqual(["'none'"]);
    expect(anywhere('script-src')).toEqual([]);
    if (!path.endsWith('.png')) expect(policies.some((p) => p.has('sandbox'))).toBe(true);
    if (path.endsWith('.svg')) expect(policies.find((p) => p.has('sandbox'))?.get('sandbox')).toEqual([]);
  });

  it('leaves pages to their <meta> policy (no default-src in their header)', () => {
    for (const path of ['/', '/mo-hinh/', '/404.html', '/tim-kiem/']) {
      expect(expectedHeaders(path)['content-security-policy']?.split(',')).toHaveLength(1);
    }
  });

  it('the built site carries the same headers file', () => {
    expect(read(join(siteDir, '_headers'))).toBe(headersFile);
  });
});
