/**
 * Page weight per template (issue 7): gzip bytes of what a phone loads before the reader does anything
 * (HTML, CSS, the site's own JS, library JS, fonts, images, other), measured in Chromium from the
 * responses. Each template is measured on every sample page templates.ts picks for it (the pages that
 * together show all its components); the heaviest is reported.
 * Goals: story and model pages load no library JS and at most 2 KB gzip of their own; HTML + CSS
 * ≤ 13 KB gzip (the first round trip); ≤ 50 KB in all, photos aside.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../src/tests/browser.ts';
import { namedTemplates } from '../../src/tests/templates.ts';
import { FONT_BUDGET, median, PAGE_BUDGET, storyAndModelWeights } from '../../src/tests/weight.ts';
import type { BenchSection } from './types.ts';
import { kb, servedSite } from './util.ts';

type Kind = 'html' | 'css' | 'ownJs' | 'libraryJs' | 'fonts' | 'images' | 'other';
type Weight = Record<Kind, number>;

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one source-map segment (base64 VLQ) into its numbers. */
function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * The share of a built script that comes from the site's own code rather than node_modules, from the
 * hidden source map the bench build writes: each generated span counts for the source it maps to.
 * A script without a map (Pagefind's, say) is library code.
 */
export function ownShare(script: string, map: { sources: string[]; mappings: string } | undefined): number {
  if (!map) return 0;
  const lines = script.split('\n');
  let own = 0;
  let library = 0;
  let source = 0;
  map.mappings.split(';').forEach((line, index) => {
    const segments = line ? line.split(',').map(decodeSegment) : [];
    let column = 0;
    const spans: { column: number; source: number }[] = [];
    for (const segment of segments) {
      column += segment[0] ?? 0;
      if (segment.length >= 4) source += segment[1] ?? 0;
      spans.push({ column, source: segment.length >= 4 ? source : -1 });
    }
    const length = lines[index]?.length ?? 0;
    spans.forEach((span, i) => {
      const width = (spans[i + 1]?.column ?? length) - span.column;
      if (span.source < 0) return;
      if (map.sources[span.source]?.includes('node_modules')) library += width;
      else own += width;
    });
  });
  return own + library === 0 ? 0 : own / (own + library);
}

async function measure(browser: Browser, url: string, dir: string, path: string): Promise<Weight> {
  const weight: Weight = { html: 0, css: 0, ownJs: 0, libraryJs: 0, fonts: 0, images: 0, other: 0 };
  // A phone-sized window; nothing is scrolled or clicked, so what loads later on use is left out.
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  const pending: Promise<void>[] = [];
  const stylesheets = new Map<string, number>();
  page.on('response', (response) => {
    pending.push(
      (async () => {
        if (response.status() >= 300) return;
        const body = await response.body().catch(() => Buffer.alloc(0));
        const gz = gzipSync(body, { level: 9 }).length;
        const type = response.request().resourceType();
        const file = join(dir, decodeURIComponent(new URL(response.url()).pathname));
        if (type === 'document') weight.html += gz;
        else if (type === 'stylesheet') stylesheets.set(response.url(), (stylesheets.get(response.url()) ?? 0) + gz);
        else if (type === 'script') {
          const hasMap = existsSync(`${file}.map`);
          const map = hasMap ? JSON.parse(readFileSync(`${file}.map`, 'utf8')) : undefined;
          // Without a map: a site bundle is a one-line facade importing a shared chunk (own code);
          // anything else (Pagefind's scripts) is library code.
          const share = hasMap ? ownShare(body.toString('utf8'), map) : response.url().includes('/_astro/') ? 1 : 0;
          weight.ownJs += gz * share;
          weight.libraryJs += gz * (1 - share);
        } else if (type === 'font') weight.fonts += gz;
        else if (type === 'image') weight.images += gz;
        else weight.other += gz;
      })(),
    );
  });
  await page.goto(url + path, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  // The print stylesheet is fetched too, but holds up nothing on screen: "other", not the first round trip's CSS.
  const printOnly = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"][media="print"]')].map((link) => link.href),
  );
  for (const [sheet, gz] of stylesheets) {
    if (printOnly.includes(sheet)) weight.other += gz;
    else weight.css += gz;
  }
  await page.close();
  return weight;
}

const total = (w: Weight) => Object.values(w).reduce((a, b) => a + b, 0);

/**
 * Every story and model page, read from the build (the figures src/tests/weight.test.ts checks): the
 * heaviest ten, the median and how many are over the budget.
 */
function everyStoryAndModel(dir: string): BenchSection {
  const pages = storyAndModelWeights(dir);
  const firstTrip = pages.map((page) => page.html + page.css);
  const over = pages.filter((page) => page.html + page.css > PAGE_BUDGET);
  const fonts = Math.max(...pages.map((page) => page.fonts));
  return {
    title: 'Story and model pages: HTML + screen CSS, every page (gzip -9, from the build)',
    columns: ['page', 'HTML', 'CSS', 'HTML + CSS', 'fonts'],
    rows: [
      ...pages.slice(0, 10).map((page) => [page.path, kb(page.html), kb(page.css), kb(page.html + page.css), kb(page.fonts)]),
      [`median of ${pages.length}`, '', '', kb(median(firstTrip)), ''],
    ],
    goals: [
      {
        text: `every story and model page ≤ 13 KB gzip of HTML + CSS (${over.length} of ${pages.length} over${over.length ? `: ${over.map((page) => page.path).join(', ')}` : ''})`,
        met: over.length === 0,
      },
      { text: `fonts a page may fetch ≤ 30 KB (${kb(fonts)})`, met: fonts <= FONT_BUDGET },
    ],
    notes: ['The print stylesheet (media="print") is left out of the first round trip; fonts are counted apart.'],
  };
}

export async function run(): Promise<BenchSection[]> {
  const { url, dir } = await servedSite();
  if (!readdirSync(join(dir, '_astro')).some((name) => name.endsWith('.js.map')))
    throw new Error('the bench build wrote no source maps (DVK_SOURCEMAP)');
  const rows: (string | number)[][] = [];
  const goals: NonNullable<BenchSection['goals']> = [];
  const browser = await launchBrowser();
  for (const { name, template } of namedTemplates(dir)) {
    const measured = [];
    for (const sample of template.samples) measured.push({ path: sample.path, weight: await measure(browser, url, dir, sample.path) });
    const { path, weight } = measured.reduce((a, b) => (total(b.weight) > total(a.weight) ? b : a));
    const firstTrip = weight.html + weight.css;
    const withoutPhotos = total(weight) - weight.images;
    rows.push([
      name,
      `${path}${measured.length > 1 ? ` (heaviest of ${measured.length})` : ''}`,
      kb(weight.html),
      kb(weight.css),
      kb(weight.ownJs),
      kb(weight.libraryJs),
      kb(weight.fonts),
      kb(weight.images),
      kb(weight.other),
      kb(firstTrip),
      kb(withoutPhotos),
    ]);
    if (name === 'story' || name === 'model') {
      const worst = measured.map((m) => m.weight);
      const ownJs = Math.max(...worst.map((w) => w.ownJs));
      const libraryJs = Math.max(...worst.map((w) => w.libraryJs));
      goals.push({
        text: `${name}: own JS ≤ 2 KB gzip (${kb(ownJs)}), no library JS (${kb(libraryJs)})`,
        met: ownJs <= 2048 && libraryJs === 0,
      });
    }
    goals.push({ text: `${name}: HTML + CSS ≤ 13 KB gzip (${kb(firstTrip)})`, met: firstTrip <= 13 * 1024 });
    goals.push({ text: `${name}: ≤ 50 KB gzip in all, photos aside (${kb(withoutPhotos)})`, met: withoutPhotos <= 50 * 1024 });
  }
  await browser.close();
  const perTemplate: BenchSection = {
    title: 'Page weight per template (gzip -9, loaded before any interaction)',
    columns: ['template', 'page', 'HTML', 'CSS', 'own JS', 'library JS', 'fonts', 'images', 'other', 'HTML + CSS', 'total without images'],
    rows,
    goals,
    notes: [
      'Chromium as a 390×844 phone; every response the page gets before the network is quiet, nothing scrolled or clicked (charts below the fold, search after typing: not counted).',
      "Own vs library JS: each script is split by its source map (generated code mapped to node_modules is library); of the scripts without a map, a one-line facade in /_astro/ is own code and Pagefind's are library.",
      '"Images" are the illustrations and the favicon; the total leaves them out as the goal says ("without photos").',
      'The print stylesheet (media="print") is fetched but holds up nothing on screen: it counts as "other", not CSS.',
    ],
  };
  return [perTemplate, everyStoryAndModel(dir)];
}
