/**
 * The byte budget of story and model pages (issue 13), read from a built site: shared by the weight gate
 * (src/tests/weight.test.ts) and `npm run bench` (scripts/bench/weight.ts), so both report the same figures.
 * Bytes, not timings: gzip -9 of each page's HTML plus every stylesheet it links for the screen (the
 * first round trip; the print stylesheet, media="print", does not hold up the page and is left out), and,
 * counted apart, every web font those stylesheets or the page's preloads can fetch.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlFiles } from './build-helpers.ts';

/** HTML + CSS of a story or model page, gzip. */
export const PAGE_BUDGET = 13 * 1024;
/** Every web font a page may fetch, together. */
export const FONT_BUDGET = 30 * 1024;

export interface PageWeight {
  /** The page's path on the site, e.g. `/mo-hinh/hu-gao-tinh-thuong-long-huu/`. */
  path: string;
  html: number;
  css: number;
  /** Gzip bytes of the fonts (woff2 is already compressed: this is about its own size). */
  fonts: number;
  /** The font files counted in `fonts`. */
  fontFiles: string[];
}

// A story part (/bai-viet/<story>/phan-2/) is a story page too.
const STORY_OR_MODEL = /^(bai-viet|mo-hinh)\/[^/]+\/(phan-\d+\/)?index\.html$/;

const gzip = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);
}

/** A site path (`/_astro/x.css`, `../x.woff2` relative to `from`) as a file in the built site. */
function siteFile(dir: string, href: string, from: string): { path: string; file: string } {
  const path = decodeURIComponent(new URL(href, `https://site.invalid${from}`).pathname);
  return { path, file: join(dir, path) };
}

/** The weight of one built page (`file` relative to the built site). */
export function pageWeight(dir: string, file: string): PageWeight {
  const html = readFileSync(join(dir, file), 'utf8');
  const path = `/${file.replace(/index\.html$/, '')}`;
  const links = html.match(/<link\b[^>]*>/gi) ?? [];
  const stylesheets = links
    .filter((tag) => /\brel=["']?stylesheet\b/i.test(tag) && attribute(tag, 'media') !== 'print')
    .map((tag) => attribute(tag, 'href') ?? '');
  const fonts = new Set<string>();
  for (const tag of links.filter((tag) => /\bas=["']?font\b/i.test(tag))) fonts.add(siteFile(dir, attribute(tag, 'href') ?? '', path).path);
  let css = 0;
  // Fonts named in any stylesheet, the print one too, count: the browser may fetch them.
  const allSheets = links.filter((tag) => /\brel=["']?stylesheet\b/i.test(tag)).map((tag) => attribute(tag, 'href') ?? '');
  for (const href of allSheets) {
    const sheet = siteFile(dir, href, path);
    const text = readFileSync(sheet.file, 'utf8');
    if (stylesheets.includes(href)) css += gzip(text);
    for (const match of text.matchAll(/url\(\s*["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\s*\)/gi))
      fonts.add(siteFile(dir, match[1] ?? '', sheet.path).path);
  }
  const fontFiles = [...fonts].sort();
  return {
    path,
    html: gzip(html),
    css,
    fonts: fontFiles.reduce((sum, font) => sum + gzip(readFileSync(join(dir, font))), 0),
    fontFiles,
  };
}

/** Every story and model page of the built site, heaviest (HTML + CSS) first. */
export function storyAndModelWeights(dir: string): PageWeight[] {
  return htmlFiles(dir)
    .filter((file) => STORY_OR_MODEL.test(file.split('\\').join('/')))
    .map((file) => pageWeight(dir, file.split('\\').join('/')))
    .sort((a, b) => b.html + b.css - (a.html + a.css));
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
