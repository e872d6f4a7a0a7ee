/**
 * Dataset pages in Chromium (issue 4): the chart loads Chart.js only when it scrolls into view and draws
 * without shifting the page; citations and figure links copy; the figure opened by its link is
 * highlighted; the PNG downloads; the open-data filters narrow the list; without JavaScript the table,
 * citations and the full list are all there.
 */
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './browser.ts';

const DATASET = '/so-lieu/thach-ha-2022-mo-hinh-theo-linh-vuc/';
const shots = new URL('./.output/', import.meta.url).pathname;
mkdirSync(shots, { recursive: true });
const site = useBuiltSite();

async function open(path: string, options: { javaScriptEnabled?: boolean; height?: number } = {}) {
  const context: BrowserContext = await site.browser.newContext({
    viewport: { width: 390, height: options.height ?? 800 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    acceptDownloads: true,
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  const page: Page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
  await page.goto(site.url + path, { waitUntil: 'networkidle' });
  return { page, scripts, close: () => context.close() };
}

const chartJsLoaded = (scripts: string[]) => scripts.some((s) => /chart-(draw|doughnut)|chart-colours/.test(s));

describe('dataset page chart', () => {
  it('fetches Chart.js only once the chart nears the viewport, then draws it without moving the page', async () => {
    const { page, scripts, close } = await open(DATASET, { height: 300 });
    expect(chartJsLoaded(scripts)).toBe(false);
    const box = page.locator('figure.chart canvas').locator('..');
    const before = await box.boundingBox();
    const shifts: number[] = [];
    await page.evaluate(() => {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          (window as unknown as { shifts: number[] }).shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
      (window as unknown as { shifts: number[] }).shifts = [];
    });
    await box.scrollIntoViewIfNeeded();
    await page.locator('dvk-chart[data-drawn]').waitFor();
    expect(chartJsLoaded(scripts)).toBe(true);
    const after = await box.boundingBox();
    expect(after?.height).toBe(before?.height);
    shifts.push(...(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)));
    expect(shifts.reduce((a, b) => a + b, 0)).toBe(0);
    // The canvas has pixels drawn on it.
    const inked = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('figure.chart canvas');
      const data = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
      let count = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) count++;
      return count;
    });
    expect(inked).toBeGreaterThan(1000);
    await page.locator('figure.chart').screenshot({ path: `${shots}chart-bar.png` });
    await close();
  });

  it('downloads the chart as a PNG with title and source', async () => {
    const { page, close } = await open(DATASET);
    await page.locator('figure.chart').scrollIntoViewIfNeeded();
    const button = page.getByRole('button', { name: 'Tải biểu đồ (PNG)' });
    await button.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('thach-ha-2022-mo-hinh-theo-linh-vuc.png');
    const path = `${shots}chart-download.png`;
    await download.saveAs(path);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(path).subarray(1, 4).toString()).toBe('PNG');
    await close();
  });

  it('pages without a chart load no chart code at all', async () => {
    for (const path of ['/mo-hinh/nha-luoi-rau-cu-qua-ho-van-ha/', '/so-lieu/long-an-2024-van-dong-bao-hiem-y-te/']) {
      const { page, scripts, close } = await open(path, { height: 2000 });
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(200);
      expect(chartJsLoaded(scripts), path).toBe(false);
      await close();
    }
  });
});

describe('citations and figure links', () => {
  it('copies the short citation with today’s date, in one click or by keyboard', async () => {
    const { page, close } = await open(DATASET);
    const button = page.getByRole('button', { name: 'Chép trích dẫn ngắn' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Đã chép' }).count()).toBeGreaterThan(0);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const today = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());
    // Served here, not at SITE_URL: the citation names the address it was copied from.
    expect(copied).toContain(`${site.url}${DATASET}, truy cập ngày ${today}.`);
    expect(copied).not.toContain('[ngày truy cập]');
    await close();
  });

  it('highlights the figure opened by its link, and its # link copies that address', async () => {
    const { page, close } = await open(`${DATASET}#van-hoa-xa-hoi`);
    const row = page.locator('tr#van-hoa-xa-hoi');
    const background = await row.evaluate((el) => getComputedStyle(el).backgroundColor);
    const other = await page.locator('tr#kinh-te').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe(other);
    await page.locator('tr#kinh-te a.permalink').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.url}${DATASET}#kinh-te`);
    expect(page.url()).toBe(`${site.url}${DATASET}#kinh-te`);
    await close();
  });

  it('without JavaScript: table and citations are there and selectable, no dead buttons', async () => {
    const { page, close } = await open(DATASET, { javaScriptEnabled: false });
    expect(await page.locator('table.data-table tbody tr').count()).toBe(7);
    const citation = page.locator('#trich-dan-ngan');
    expect(await citation.textContent()).toContain('truy cập ngày [ngày truy cập]');
    expect(await citation.evaluate((el) => getComputedStyle(el).userSelect)).toBe('all');
    expect(await page.locator('button:visible').count()).toBe(1); // the header search button only
    await page.screenshot({ path: `${shots}dataset-no-js.png`, fullPage: true });
    await close();
  });
});

describe('open data list', () => {
  it('filters by field and by place, keeps the choice in the address, and announces the count', async () => {
    const { page, close } = await open('/du-lieu/');
    const rows = page.locator('tbody tr:visible');
    const total = await rows.count();
    await page.getByRole('combobox', { name: 'Lĩnh vực' }).selectOption('nong-thon-moi-do-thi-van-minh');
    const byField = await rows.count();
    expect(byField).toBeGreaterThan(0);
    expect(byField).toBeLessThan(total);
    expect(page.url()).toContain('linh-vuc=nong-thon-moi-do-thi-van-minh');
    await page.getByRole('combobox', { name: 'Địa bàn' }).selectOption('thach-ha');
    expect(await rows.count()).toBeLessThanOrEqual(byField);
    await expect.poll(() => page.getByRole('status').textContent()).toContain(`trên ${total} bộ số liệu`);
    await close();

    const shared = await open('/du-lieu/?dia-phuong=long-huu');
    const titles = await shared.page.locator('tbody tr:visible th').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toMatch(/Long Hữu/);
    await shared.close();
  });

  it('without JavaScript lists every dataset and hides the filters it cannot run', async () => {
    const { page, close } = await open('/du-lieu/', { javaScriptEnabled: false });
    expect(await page.locator('dvk-filter form').isVisible()).toBe(false);
    expect(await page.locator('tbody tr:visible').count()).toBe(await page.locator('tbody tr').count());
    await close();
  });
});
