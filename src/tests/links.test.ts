/**
 * Every built page, read as files: every link, image, script, stylesheet and form on the site points
 * to a file that exists, every #fragment to an element that exists, and every page is valid HTML by two
 * validators: html-validate's recommended rules, and the W3C Nu HTML Checker (vnu-jar, on Java).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { htmlFiles, read } from './build-helpers.ts';
import { urlPath } from './templates.ts';

const siteDir = inject('siteDir');

/** Where each kind of element keeps its address. `srcset` lists are split on commas. */
const ADDRESSES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['img[srcset]', 'srcset'],
  ['source[src]', 'src'],
  ['source[srcset]', 'srcset'],
  ['script[src]', 'src'],
  ['iframe[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['form[action]', 'action'],
  ['object[data]', 'data'],
  ['meta[property="og:url"]', 'content'],
  ['meta[property="og:image"]', 'content'],
];

const HTML_RULES: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Titles are the names of models and stories, kept whole; search engines shorten them as they like.
    'long-title': 'off',
    // The list filters on /du-lieu/ apply each choice at once (a change of content, not of context, which
    // WCAG 3.2.2 allows), so they have no submit button; every form that navigates has one (the search).
    'wcag/h32': 'off',
  },
};

interface Page {
  file: string;
  path: string;
  root: HTMLElement;
}
let pages: Page[] = [];
let ids: Map<string, Set<string>>;
let origin: string;

beforeAll(() => {
  pages = htmlFiles(siteDir).map((file) => ({ file, path: urlPath(file), root: parse(read(join(siteDir, file))) }));
  ids = new Map(
    pages.map(({ file, root }) => [
      file,
      new Set([
        ...root.querySelectorAll('[id]').map((el) => el.id),
        ...root.querySelectorAll('a[name]').map((el) => el.getAttribute('name')!),
      ]),
    ]),
  );
  const canonical = pages
    .find((p) => p.path === '/')
    ?.root.querySelector('link[rel="canonical"]')
    ?.getAttribute('href');
  origin = new URL(canonical ?? 'http://localhost/').origin;
});

/** The built file an address on the site is served from, or why there is none. */
function resolveFile(pathname: string): { file?: string; problem?: string } {
  const path = decodeURIComponent(pathname).replace(/^\//, '');
  const full = join(siteDir, path);
  if (path === '' || path.endsWith('/'))
    return existsSync(join(full, 'index.html')) ? { file: join(path, 'index.html') } : { problem: 'no such page' };
  if (!existsSync(full)) return { problem: 'no such file' };
  if (statSync(full).isDirectory()) return { problem: 'folder without a trailing slash (answered by a redirect)' };
  return { file: path };
}

function addresses(root: HTMLElement): string[] {
  return ADDRESSES.flatMap(([selector, attribute]) =>
    root.querySelectorAll(selector).flatMap((el) => {
      const value = el.getAttribute(attribute)?.trim() ?? '';
      return attribute.endsWith('srcset') ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!) : [value];
    }),
  );
}

describe('links across the built site', () => {
  it('finds the pages and their links', () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.reduce((n, p) => n + addresses(p.root).length, 0)).toBeGreaterThan(pages.length * 10);
  });

  it('has no broken internal link, resource or #fragment', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const href of addresses(page.root)) {
        if (/^(mailto|tel):/i.test(href)) continue;
        if (href === '' || href === '#' || /^javascript:/i.test(href)) {
          broken.push(`${page.path} → "${href}": not an address`);
          continue;
        }
        const url = new URL(href, origin + page.path);
        if (url.origin !== origin || url.protocol === 'data:') continue;
        const { file, problem } = resolveFile(url.pathname);
        if (problem) broken.push(`${page.path} → ${href}: ${problem}`);
        else if (url.hash && !ids.get(file!)?.has(decodeURIComponent(url.hash.slice(1))))
          broken.push(`${page.path} → ${href}: no element with that id`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('HTML validity', () => {
  it('every page passes html-validate (recommended rules)', async () => {
    const validator = new HtmlValidate(HTML_RULES);
    const errors: string[] = [];
    for (const { file } of pages) {
      const report = await validator.validateString(read(join(siteDir, file)), file);
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
      }
    }
    expect(errors).toEqual([]);
  });
});

describe('HTML validity by the W3C Nu HTML Checker', () => {
  // All pages in one Java run: starting the JVM costs seconds, checking a page milliseconds.
  it('every page has 0 errors (vnu-jar; CI installs Java, default-jre-headless)', () => {
    const jar = String(createRequire(import.meta.url)('vnu-jar'));
    const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
    expect(java.error, 'Java không có trên máy này: cài default-jre-headless (xem .ci/run).').toBeUndefined();
    const files = pages.map(({ file }) => join(siteDir, file));
    const run = spawnSync('java', ['-Xss4m', '-jar', jar, '--format', 'json', '--errors-only', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const report = JSON.parse(run.stderr || run.stdout) as {
      messages: { type: string; url?: string; lastLine?: number; message: string; extract?: string }[];
    };
    const errors = report.messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map((m) => `${(m.url ?? '').replace(`file:${siteDir}/`, '')}:${m.lastLine ?? ''} ${m.message} ${m.extract ?? ''}`);
    console.log(`Nu HTML Checker: ${files.length} trang, ${errors.length} lỗi.`);
    expect(errors).toEqual([]);
    expect(files.length).toBeGreaterThan(100);
  });
});
