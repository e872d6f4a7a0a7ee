/**
 * Phone-first gates (issue 13), on the real build:
 * - every built page at 320, 360 and 390 px, with JavaScript off and on: nothing wider than the screen
 *   outside a marked scroll region (data-scroll-region), no table cell under 64 px, no cell holding one
 *   word per line, no text clipped by overflow, no caption cut, and chart labels inside their canvas
 *   according to Chart.js's own layout;
 * - axe's target-size rule at 390 px, and all of axe with dark mode emulated, on every template;
 * - each model profile printed to PDF takes one or two A4 pages and holds its first and last paragraph;
 * - with JavaScript on, every page loads every resource from the site alone, with no CSP violation, console
 *   error or uncaught exception (the walk that checks the layout records them);
 * One browser for the file; each page is loaded once per JavaScript setting and checked at the three
 * widths by resizing, with all checks in one evaluate.
 */
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, inject, it } from 'vitest';
import { AXE_TAGS, axeViolations } from './axe.ts';
import { htmlFiles } from './build-helpers.ts';
import { useBuiltSite, watchedPage } from './browser.ts';
import { findTemplates } from './templates.ts';

const siteDir = inject('siteDir');
const site = useBuiltSite();
const WIDTHS = [320, 360, 390];
const pagePaths = htmlFiles(siteDir)
  .map((file) => `/${file.replace(/index\.html$/, '')}`)
  .filter((path) => path.endsWith('/') && !path.startsWith('/404'));
const templates = findTemplates(siteDir);
const samples = templates.flatMap((t) => t.samples.map((s) => s.path));

/** Runs in the page: every phone-layout problem at the current width, one line each. */
function layoutProblems(): string[] {
  const problems: string[] = [];
  const width = document.documentElement.clientWidth;
  const name = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).slice(0, 3).join('.')}` : ''} “${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}”`;
  // Visible, and not visually hidden for screen readers (clipped to nothing, like .sr-only).
  const visible = (el: Element) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return box.width > 1 && box.height > 1 && style.visibility !== 'hidden' && style.clipPath !== 'inset(50%)' && style.clip === 'auto';
  };
  const hidden = [...document.body.querySelectorAll('*')].filter((el) => getComputedStyle(el).clipPath === 'inset(50%)');
  const shown = (el: Element) => visible(el) && !hidden.some((h) => h.contains(el));
  if (document.documentElement.scrollWidth > width + 1)
    problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px`);
  for (const el of document.body.querySelectorAll('*')) {
    if (!shown(el) || el.closest('[data-scroll-region]')) continue;
    const box = el.getBoundingClientRect();
    if (box.right > width + 1 || box.left < -1)
      problems.push(`wider than the screen: ${name(el)} (${Math.round(box.left)}–${Math.round(box.right)} px)`);
    const style = getComputedStyle(el);
    const clips = (o: string) => o === 'hidden' || o === 'clip';
    if (
      (clips(style.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
      (clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1)
    ) {
      if ((el.textContent ?? '').trim()) problems.push(`text clipped by overflow: ${name(el)}`);
    }
  }
  for (const cell of document.querySelectorAll('td, th')) {
    if (!shown(cell) || getComputedStyle(cell).display !== 'table-cell') continue;
    const box = cell.getBoundingClientRect();
    if (box.width < 64) problems.push(`table cell ${Math.round(box.width)} px wide: ${name(cell)}`);
    const words = (cell.textContent ?? '').trim().split(/\s+/).filter(Boolean).length;
    if (words >= 2) {
      const range = document.createRange();
      range.selectNodeContents(cell);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom))).size;
      if (lines >= words) problems.push(`one word per line (${words} words, ${lines} lines): ${name(cell)}`);
    }
  }
  for (const caption of document.querySelectorAll('caption')) {
    if (!shown(caption)) continue;
    const box = caption.getBoundingClientRect();
    const region = caption.closest('[data-scroll-region]')?.getBoundingClientRect();
    if (box.right > Math.min(width, region?.right ?? width) + 1) problems.push(`caption cut: ${name(caption)}`);
  }
  type Box = { left: number; top: number; width: number; height: number; lines: string[] };
  for (const chart of document.querySelectorAll<HTMLElement & { labelBoxes?: () => Box[] }>('dvk-chart[data-drawn]')) {
    const canvas = chart.querySelector('canvas');
    if (!canvas || !chart.labelBoxes) continue;
    for (const box of chart.labelBoxes()) {
      const inside =
        box.left >= -0.5 &&
        box.top >= -0.5 &&
        box.left + box.width <= canvas.clientWidth + 0.5 &&
        box.top + box.height <= canvas.clientHeight + 0.5;
      if (!inside)
        problems.push(`chart label outside its canvas: “${box.lines.join(' ')}” at ${Math.round(box.left)},${Math.round(box.top)}`);
    }
  }
  return problems;
}

async function checkWidths(page: Page, scripts: boolean): Promise<string[]> {
  const problems: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 844 });
    // Let resize observers (Chart.js) run before measuring (no frame callbacks run with scripts off).
    if (scripts) await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    problems.push(...(await page.evaluate(layoutProblems)).map((p) => `${width} px: ${p}`));
  }
  return problems;
}

describe('phone layout on every built page, at 320, 360 and 390 px', () => {
  // Every page, three widths: minutes on a busy 2-core machine.
  const timeout = 900_000;

  it('fits with JavaScript off', { timeout }, async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of pagePaths) {
      await page.setViewportSize({ width: WIDTHS[0] ?? 320, height: 844 });
      await page.goto(site.url + path);
      problems.push(...(await checkWidths(page, false)).map((p) => `${path} ${p}`));
    }
    await context.close();
    expect(pagePaths.length).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });

  // The same walk records what every page does with JavaScript on: a request to another host (blocked),
  // a failed or missing resource, a CSP violation, a console error or an uncaught exception.
  it(
    'fits with JavaScript on, charts drawn; requests nothing from another host, loads every resource, logs no CSP violation or error',
    { timeout },
    async () => {
      const { context, page, problems: complaints } = await watchedPage(site.browser, site.url, { viewport: { width: 320, height: 844 } });
      const problems: string[] = [];
      let charts = 0;
      let requests = 0;
      page.on('request', () => requests++);
      for (const path of pagePaths) {
        await page.setViewportSize({ width: WIDTHS[0] ?? 320, height: 844 });
        complaints.length = 0;
        await page.goto(site.url + path);
        // Bring each chart near the screen so it draws, at the narrowest width.
        const count = await page.evaluate(async () => {
          const all = [...document.querySelectorAll('dvk-chart')];
          for (const chart of all) {
            chart.scrollIntoView();
            for (let i = 0; i < 100 && !chart.hasAttribute('data-drawn'); i++) await new Promise((r) => setTimeout(r, 20));
          }
          return document.querySelectorAll('dvk-chart[data-drawn]').length;
        });
        charts += count;
        problems.push(...(await checkWidths(page, true)).map((p) => `${path} ${p}`));
        problems.push(...complaints.map((p) => `${path} ${p}`));
      }
      await context.close();
      expect(charts).toBeGreaterThan(5);
      expect(requests).toBeGreaterThanOrEqual(pagePaths.length);
      expect(problems).toEqual([]);
    },
  );
});

/** All of axe's WCAG 2.2 A/AA and best-practice rules, with target-size (WCAG 2.2, 2.5.8) switched on explicitly. */
const AXE_WITH_TARGET_SIZE = { runOnly: { type: 'tag' as const, values: AXE_TAGS }, rules: { 'target-size': { enabled: true } } };

describe('targets and dark mode, on every template', () => {
  // One pass: the dark rendering at 390 px, with all of axe (contrast in dark colours) and its target-size
  // rule (WCAG 2.2, 2.5.8) switched on explicitly; sizes do not depend on the colour scheme.
  it('meets axe target-size (WCAG 2.2, 2.5.8) at 390 px, and all of axe with dark mode emulated', { timeout: 900_000 }, async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of samples) {
      await page.goto(site.url + path);
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      problems.push(...(await axeViolations(page, AXE_WITH_TARGET_SIZE)).map((v) => `${path} ${v}`));
    }
    await context.close();
    expect(samples.length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it('the same axe options do report a target under 24 px', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.setContent(
      '<main><button style="width:12px;height:12px">a</button><button style="width:12px;height:12px">b</button></main>',
    );
    expect((await axeViolations(page, AXE_WITH_TARGET_SIZE)).some((v) => v.startsWith('target-size'))).toBe(true);
    await page.close();
  });
});

describe('print', () => {
  const models = pagePaths.filter((path) => /^\/mo-hinh\/[^/]+\/$/.test(path));
  const squash = (text: string) => text.normalize('NFC').replace(/\s+/g, '');

  it(
    'prints each model profile on one A4 page, or two when its whole text needs them, with its first and last paragraph',
    { timeout: 900_000 },
    async () => {
      const page = await site.browser.newPage();
      const problems: string[] = [];
      for (const path of models) {
        await page.goto(site.url + path);
        const paragraphs = await page.evaluate(() =>
          [...document.querySelectorAll('.model-prose p')].filter((p) => !p.closest('.card')).map((p) => (p.textContent ?? '').trim()),
        );
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        const pdfDoc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
        let text = '';
        for (let n = 1; n <= pdfDoc.numPages; n++) {
          const content = await (await pdfDoc.getPage(n)).getTextContent();
          text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
        }
        if (pdfDoc.numPages > 2) problems.push(`${path}: ${pdfDoc.numPages} pages`);
        for (const paragraph of [paragraphs[0], paragraphs.at(-1)]) {
          if (!paragraph || !squash(text).includes(squash(paragraph))) problems.push(`${path}: missing “${paragraph?.slice(0, 60)}…”`);
        }
        await pdfDoc.destroy();
      }
      await page.close();
      expect(models.length).toBeGreaterThan(50);
      expect(problems).toEqual([]);
    },
  );
});
