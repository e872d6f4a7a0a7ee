/**
 * Chart JavaScript per page (issue 4): gzip bytes of the scripts a page fetches before its chart is
 * visible, and after scrolling to it. Goals: ≤ 55 KB gzip on chart pages once drawn, no Chart.js before
 * the chart nears the viewport, and no Chart.js at all on pages without a chart.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { astroBuild, projectRoot } from '../../src/tests/build-helpers.ts';
import { launchBrowser, serve } from '../../src/tests/browser.ts';
import type { BenchSection } from './types.ts';

const PAGES = [
  { name: 'số liệu, biểu đồ cột', path: '/so-lieu/thach-ha-2022-mo-hinh-theo-linh-vuc/', chart: true },
  { name: 'số liệu, biểu đồ tròn', path: '/so-lieu/long-huu-2020-mo-hinh-dan-van-kheo/', chart: true },
  { name: 'số liệu, mức đạt', path: '/so-lieu/cho-moi-2021-chi-tieu-ty-le/', chart: true },
  { name: 'số liệu, không biểu đồ', path: '/so-lieu/long-an-2024-van-dong-bao-hiem-y-te/', chart: false },
  { name: 'mô hình', path: '/mo-hinh/nha-luoi-rau-cu-qua-ho-van-ha/', chart: false },
  { name: 'trang chủ', path: '/', chart: false },
];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const isChartJs = (path: string) => /chart-(draw|doughnut|colours)/.test(path);

export async function run(): Promise<BenchSection> {
  const outDir = mkdtempSync(join(tmpdir(), 'dvk-bench-charts-'));
  const build = astroBuild(projectRoot, outDir);
  if (build.status !== 0) throw new Error(build.output);
  const server = await serve(outDir);
  const browser = await launchBrowser();
  const gz = (path: string) => gzipSync(readFileSync(join(outDir, path)), { level: 9 }).length;
  const rows: (string | number)[][] = [];
  const goals: NonNullable<BenchSection['goals']> = [];
  try {
    for (const { name, path, chart } of PAGES) {
      const page = await browser.newPage({ viewport: { width: 390, height: 300 } });
      const scripts = new Set<string>();
      page.on('request', (r) => r.resourceType() === 'script' && scripts.add(new URL(r.url()).pathname));
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      const before = [...scripts];
      if (chart) {
        await page.locator('figure.chart').scrollIntoViewIfNeeded();
        await page.locator('dvk-chart[data-drawn]').waitFor();
      }
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(200);
      const after = [...scripts];
      await page.close();
      const sum = (list: string[]) => list.reduce((total, p) => total + gz(p), 0);
      const chartBefore = sum(before.filter(isChartJs));
      rows.push([name, path, kb(sum(before)), kb(chartBefore), kb(sum(after)), after.length]);
      if (chart) {
        goals.push({ text: `${name}: JS ≤ 55 KB gzip once drawn (${kb(sum(after))})`, met: sum(after) <= 55 * 1024 });
        goals.push({ text: `${name}: no Chart.js before the chart is visible (${kb(chartBefore)})`, met: chartBefore === 0 });
      } else {
        goals.push({ text: `${name}: no Chart.js (${kb(sum(after.filter(isChartJs)))})`, met: !after.some(isChartJs) });
      }
    }
  } finally {
    await browser.close();
    server.stop();
    rmSync(outDir, { recursive: true, force: true });
  }
  return {
    title: 'Chart JavaScript per page (gzip -9)',
    columns: ['page', 'path', 'JS on load', 'Chart.js on load', 'JS after scrolling to the end', 'script files'],
    rows,
    goals,
    notes: ['Chromium 390×300 px viewport, so charts start below the fold; bytes are gzip -9 of the files the page requested.'],
  };
}
