/**
 * Printing and sharing in real Chromium: a model sheet and a story print what they should and not the site's
 * navigation, and the copy-link element copies, falls back to selecting the address, and leaves it readable
 * without JavaScript. Print renderings land in src/tests/.output/. That every model profile prints on one or
 * two A4 pages with its whole text is phone.browser.test.ts's print gate (one PDF per profile, not two).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './browser.ts';
import { TEST_SITE } from './build-helpers.ts';

const STORY = '/bai-viet/thach-ha-138-mo-hinh-dan-van-kheo-nam-2022/';
const MODEL = '/mo-hinh/nha-luoi-rau-cu-qua-ho-van-ha/';
const shots = new URL('./.output/', import.meta.url).pathname;

const site = useBuiltSite();
mkdirSync(shots, { recursive: true });

/** Pages in a PDF that Chromium wrote: one "/Type /Page" object each. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

async function visibleInPrint(page: Page, selector: string) {
  return page.locator(selector).first().isVisible();
}

describe('print', () => {
  /** Opens `path` as printed and checks what shows and what does not; saves a picture of it. */
  async function printed(path: string, shown: string[], hidden: string[], picture: string) {
    const page = await site.browser.newPage({ viewport: { width: 794, height: 1123 } });
    await page.goto(site.url + path);
    const pages = pageCount(await page.pdf({ format: 'A4' }));
    await page.emulateMedia({ media: 'print' });
    for (const selector of shown) expect(await visibleInPrint(page, selector), selector).toBe(true);
    for (const selector of hidden) expect(await visibleInPrint(page, selector), selector).toBe(false);
    await page.screenshot({ path: `${shots}${picture}`, fullPage: true });
    await page.close();
    return pages;
  }
  const SITE_CHROME = ['nav[aria-label="Điều hướng chính"]', 'nav[aria-label="Đường dẫn"]', 'form[role="search"]', 'footer', '#chia-se'];

  it('a model sheet shows the essentials and the QR code, not the site navigation', async () => {
    const pages = await printed(
      MODEL,
      ['h1', 'figure.print-qr img', '#so-lieu', '#nguon'],
      [...SITE_CHROME, '#bai-viet-lien-quan', '#cung-linh-vuc'],
      'model-print.png',
    );
    expect(pages).toBeLessThanOrEqual(2);
  });

  it('a story prints its text and source without navigation, sharing or link lists', async () => {
    const pages = await printed(
      STORY,
      ['.prose', '#nguon-bai', 'figure.print-qr img'],
      [...SITE_CHROME, '#mo-hinh-bai', '#dia-phuong-bai'],
      'story-print.png',
    );
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(8);
  });
});

describe('copy link', () => {
  it('copies the page address with the clipboard API', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const page = await context.newPage();
    await page.goto(site.url + STORY);
    const button = page.getByRole('button', { name: 'Sao chép liên kết' });
    await button.click();
    // The copy is asynchronous: wait for the status instead of reading it at once.
    await expect.poll(() => page.locator('copy-link [role="status"]').textContent()).toBe('Đã sao chép liên kết.');
    // The build's SITE_URL is not where this test serves it: the address handed out is the one that answers.
    const url = await page.locator('copy-link input').inputValue();
    expect(url).toBe(`${site.url}${STORY}`);
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(url);
    expect(await page.getByRole('link', { name: 'Chia sẻ qua Zalo' }).getAttribute('href')).toContain(encodeURIComponent(url));
    // What the built page says (no JavaScript, a crawler) is the public address.
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${TEST_SITE.SITE_URL}${STORY}`);
    await context.close();
  });

  it('selects the address for the reader to copy when the clipboard is refused', async () => {
    const page = await site.browser.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.goto(site.url + MODEL);
    await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
    await expect.poll(() => page.locator('copy-link [role="status"]').textContent()).toContain('nhấn Ctrl+C');
    const selection = await page
      .locator('copy-link input')
      .evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd, input.value.length]);
    expect(selection).toEqual([0, selection[2], selection[2]]);
    await page.close();
  });

  it('without JavaScript, shows the address to select and no dead button', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(site.url + STORY);
    await expect(page.locator('copy-link input').isVisible()).resolves.toBe(true);
    await expect(page.locator('copy-link button').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('link', { name: 'Chia sẻ qua Zalo' }).isVisible()).resolves.toBe(true);
    await page.locator('#chia-se').scrollIntoViewIfNeeded();
    await page.locator('section[aria-labelledby="chia-se"]').screenshot({ path: `${shots}share-nojs-320.png` });
    await context.close();
  });
});
