/**
 * Every page template in real Chromium: readable at 320 px with JavaScript off, no horizontal
 * scrolling, no request to another host. Screenshots land in src/tests/.output/ to look at.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, serve } from './browser.ts';

const TEMPLATES = {
  home: '/',
  story: '/bai-viet/thach-ha-138-mo-hinh-dan-van-kheo-nam-2022/',
  model: '/mo-hinh/nha-luoi-rau-cu-qua-ho-van-ha/',
  dataset: '/so-lieu/thach-ha-2022-mo-hinh-theo-linh-vuc/',
  place: '/dia-phuong/thach-ha/',
  field: '/linh-vuc/kinh-te/',
  directory: '/mo-hinh/',
  about: '/gioi-thieu/',
  notFound: '/khong-co-trang-nay/',
} as const;

const shots = new URL('./.output/', import.meta.url).pathname;
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

describe.each(Object.entries(TEMPLATES))('%s template', (name, path) => {
  it('is readable on a 320 px phone with JavaScript off, without sideways scrolling or outside requests', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) outside.push(request.url());
    });
    const response = await page.goto(server.url + path);
    expect(response?.status()).toBe(name === 'notFound' ? 404 : 200);
    await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
    expect(await page.locator('nav[aria-label="Điều hướng chính"] a').count()).toBeGreaterThanOrEqual(5);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${shots}${name}-320.png`, fullPage: true });
    expect(outside).toEqual([]);
    await context.close();
  });

  it('renders at desktop width', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url + path);
    await page.screenshot({ path: `${shots}${name}-1280.png` });
    await page.close();
  });
});
