/**
 * Printing and sharing in real Chromium: every model profile prints on one A4 page, a story prints
 * without the site's navigation, and the copy-link element copies, falls back to selecting the
 * address, and leaves it readable without JavaScript. Print renderings land in src/tests/.output/.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readContent } from '../lib/content-files.ts';
import { checkContent } from '../lib/integrity.ts';
import { launchBrowser, serve } from './browser.ts';
import { projectRoot } from './build-helpers.ts';

const STORY = '/bai-viet/thach-ha-138-mo-hinh-dan-van-kheo-nam-2022/';
const MODEL = '/mo-hinh/nha-luoi-rau-cu-qua-ho-van-ha/';
const shots = new URL('./.output/', import.meta.url).pathname;
const models = checkContent(readContent(projectRoot), { production: true }).content.models.filter((m) => !m.data.draft);

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await serve(inject('siteDir'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  server?.stop();
});

/** Pages in a PDF that Chromium wrote: one "/Type /Page" object each. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

async function visibleInPrint(page: Page, selector: string) {
  return page.locator(selector).first().isVisible();
}

describe('print', () => {
  it('every model profile prints as a single A4 page', async () => {
    const page = await browser.newPage();
    const longer: string[] = [];
    for (const { entry } of models) {
      await page.goto(`${server.url}/mo-hinh/${entry.id}/`);
      const pages = pageCount(await page.pdf({ format: 'A4' }));
      if (pages !== 1) longer.push(`${entry.id}: ${pages} trang`);
    }
    expect(longer).toEqual([]);
    expect(models.length).toBeGreaterThan(50);
    await page.close();
  });

  it('a model sheet shows the essentials and the QR code, not the site navigation', async () => {
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    await page.emulateMedia({ media: 'print' });
    await page.goto(server.url + MODEL);
    expect(await visibleInPrint(page, 'h1')).toBe(true);
    expect(await visibleInPrint(page, 'figure.print-qr svg')).toBe(true);
    expect(await visibleInPrint(page, '#so-lieu')).toBe(true);
    expect(await visibleInPrint(page, '#nguon')).toBe(true);
    for (const hidden of [
      'nav[aria-label="Điều hướng chính"]',
      'footer',
      '#chia-se',
      '#bai-viet-lien-quan',
      '#cung-linh-vuc',
      'form[role="search"]',
    ]) {
      expect(await visibleInPrint(page, hidden), hidden).toBe(false);
    }
    await page.screenshot({ path: `${shots}model-print.png`, fullPage: true });
    await page.close();
  });

  it('a story prints its text and source without navigation, sharing or link lists', async () => {
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    await page.goto(server.url + STORY);
    const pages = pageCount(await page.pdf({ format: 'A4', path: `${shots}story-print.pdf` }));
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(8);
    await page.emulateMedia({ media: 'print' });
    expect(await visibleInPrint(page, '.prose')).toBe(true);
    expect(await visibleInPrint(page, '#nguon-bai')).toBe(true);
    for (const hidden of [
      'nav[aria-label="Điều hướng chính"]',
      'nav[aria-label="Đường dẫn"]',
      'footer',
      '#chia-se',
      '#mo-hinh-bai',
      '#dia-phuong-bai',
    ]) {
      expect(await visibleInPrint(page, hidden), hidden).toBe(false);
    }
    await page.screenshot({ path: `${shots}story-print.png`, fullPage: true });
    await page.close();
  });
});

describe('copy link', () => {
  it('copies the page address with the clipboard API', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await context.newPage();
    await page.goto(server.url + STORY);
    const button = page.getByRole('button', { name: 'Sao chép liên kết' });
    await button.click();
    await expect(page.locator('copy-link [role="status"]').textContent()).resolves.toBe('Đã sao chép liên kết.');
    const url = await page.locator('copy-link input').inputValue();
    expect(url).toMatch(/\/bai-viet\/thach-ha-138-mo-hinh-dan-van-kheo-nam-2022\/$/);
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(url);
    await context.close();
  });

  it('selects the address for the reader to copy when the clipboard is refused', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.goto(server.url + MODEL);
    await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
    await expect(page.locator('copy-link [role="status"]').textContent()).resolves.toContain('nhấn Ctrl+C');
    const selection = await page
      .locator('copy-link input')
      .evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd, input.value.length]);
    expect(selection).toEqual([0, selection[2], selection[2]]);
    await page.close();
  });

  it('without JavaScript, shows the address to select and no dead button', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(server.url + STORY);
    await expect(page.locator('copy-link input').isVisible()).resolves.toBe(true);
    await expect(page.locator('copy-link button').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('link', { name: 'Chia sẻ qua Zalo' }).isVisible()).resolves.toBe(true);
    await page.locator('#chia-se').scrollIntoViewIfNeeded();
    await page.locator('section[aria-labelledby="chia-se"]').screenshot({ path: `${shots}share-nojs-320.png` });
    await context.close();
  });
});
