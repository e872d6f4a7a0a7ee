/**
 * Layout shift from the heading font (issue 13): each page is opened in Chromium with the font held back
 * for 2 s, so the headings are first drawn in the metric-matched fallback (src/styles/fonts.css) and
 * then swapped to Be Vietnam Pro. A PerformanceObserver sums the layout shifts (CLS) until the font has
 * loaded and the page is quiet; the same pages with the font blocked show what shifts anyway (photos,
 * charts), so the font's own share can be told apart.
 * Goal: no layout shift from the font (CLS ≤ 0,01 more than with the font blocked) on a story and a model page at 360 px.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../src/tests/browser.ts';
import type { BenchSection } from './types.ts';
import { servedSite } from './util.ts';

const PAGES = [
  '/bai-viet/xa-long-huu-tong-ket-cong-tac-dan-van-nam-2020/',
  '/mo-hinh/hu-gao-tinh-thuong-long-huu/',
  '/',
  '/so-lieu/so-sanh-linh-vuc/',
];
const DELAY_MS = 2000;

interface Shift {
  value: number;
  /** What moved: the tag and first words of each shifted element. */
  moved: string[];
}

async function cls(browser: Browser, url: string, width: number, font: 'late' | 'blocked'): Promise<Shift> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.route('**/*.woff2', async (route) => {
    if (font === 'blocked') return route.abort();
    await new Promise((resolve) => setTimeout(resolve, DELAY_MS));
    return route.continue();
  });
  await page.addInitScript(() => {
    type Entry = { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] };
    const w = window as unknown as { __shift: { value: number; moved: string[] } };
    w.__shift = { value: 0, moved: [] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Entry[]) {
        if (entry.hadRecentInput) continue;
        w.__shift.value += entry.value;
        for (const source of entry.sources ?? [])
          w.__shift.moved.push(`${source.node?.nodeName ?? '?'} “${(source.node?.textContent ?? '').trim().slice(0, 30)}”`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(500);
  const shift = await page.evaluate(() => (window as unknown as { __shift: Shift }).__shift);
  await page.close();
  return shift;
}

export async function run(): Promise<BenchSection> {
  const { url } = await servedSite();
  const browser = await launchBrowser();
  const rows: (string | number)[][] = [];
  const goals: NonNullable<BenchSection['goals']> = [];
  for (const path of PAGES) {
    for (const width of [360, 1280]) {
      const late = await cls(browser, url + path, width, 'late');
      const blocked = await cls(browser, url + path, width, 'blocked');
      rows.push([path, `${width} px`, late.value.toFixed(4), blocked.value.toFixed(4), [...new Set(late.moved)].join('; ')]);
      if (width === 360 && (path.startsWith('/bai-viet/') || path.startsWith('/mo-hinh/')))
        goals.push({
          text: `${path} at 360 px: no shift from the font (CLS ${late.value.toFixed(4)}, ${blocked.value.toFixed(4)} without it)`,
          met: late.value - blocked.value <= 0.01,
        });
    }
  }
  await browser.close();
  return {
    title: 'Layout shift when the heading font arrives late (CLS, Chromium)',
    columns: ['page', 'window', `CLS, font ${DELAY_MS / 1000} s late`, 'CLS, font blocked', 'what moved (font late)'],
    rows,
    goals,
    notes: [
      'A heading near a line break may still wrap differently in the fallback (the fallbacks match average width, not every word).',
      'Shifts that are not the font (a photo, a chart drawn when visible) come and go from run to run: compare with the blocked column and "what moved".',
    ],
  };
}
