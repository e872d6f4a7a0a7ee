/**
 * Every page template (found by templates.ts, with the sample pages that show all its components) in
 * real Chromium: readable on a 320 px phone with JavaScript off (content, tables, navigation), no
 * sideways scrolling, no request to another host, no axe violation (WCAG 2.2 A/AA and best practices; the
 * same page with JavaScript on is checked by axe in crawl.browser.test.ts, where it is used). With SCREENSHOTS=1, screenshots land in src/tests/.output/ to look at.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { useBuiltSite } from './browser.ts';
import { findTemplates, type Template } from './templates.ts';

const shots = new URL('./.output/', import.meta.url).pathname;
/**
 * Screenshots cost a fifth of this file's time, and are for people to look at, not assertions: taken with
 * SCREENSHOTS=1 (`SCREENSHOTS=1 npx vitest run src/tests/pages.browser.test.ts`).
 */
const SCREENSHOTS = process.env.SCREENSHOTS === '1';
if (SCREENSHOTS) mkdirSync(shots, { recursive: true });
const site = useBuiltSite();
const samples = findTemplates(inject('siteDir')).flatMap((template) =>
  template.samples.map((sample, i) => ({ ...template, ...sample, name: shotName(template, i) })),
);

/** `/mo-hinh/[slug]/`, second sample → `mo-hinh-slug-2`. */
function shotName(template: Template, index: number): string {
  const base =
    template.route
      .replace(/[[\]]/g, '')
      .replace(/^\/|\/$/g, '')
      .replaceAll('/', '-') || 'home';
  return index ? `${base}-${index + 1}` : base;
}

/** What a reader sees in the main region: its headings, and each table with its size and data rows. */
async function mainContent(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    return {
      text: main?.innerText.trim().length ?? 0,
      headings: [...(main?.querySelectorAll('h1, h2, h3') ?? [])].filter(visible).map((h) => (h as HTMLElement).innerText.trim()),
      tables: [...(main?.querySelectorAll('table') ?? [])].map((table) => ({
        caption: table.caption?.innerText.trim() ?? table.getAttribute('aria-label') ?? table.id,
        visible: visible(table),
        rows: table.tBodies[0]?.rows.length ?? 0,
      })),
    };
  });
}

describe.each(samples)('$route: $path', ({ path, status, name }) => {
  it('is readable on a 320 px phone with JavaScript off: content, tables, navigation; no sideways scrolling, outside requests or axe violation', async () => {
    // Scripts off through DevTools rather than the context, so they can come back on for axe alone once the
    // page has loaded without them (with scripts off, axe's own timers never fire).
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const devtools = await context.newCDPSession(page);
    await devtools.send('Emulation.setScriptExecutionDisabled', { value: true });
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(site.url) && !request.url().startsWith('data:')) outside.push(request.url());
    });
    const response = await page.goto(site.url + path);
    expect(response?.status()).toBe(status);
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    const nav = page.locator('nav[aria-label="Điều hướng chính"]');
    await expect(nav.isVisible()).resolves.toBe(true);
    expect(await nav.locator('a:visible').count()).toBeGreaterThanOrEqual(5);
    const content = await mainContent(page);
    expect(content.text, 'characters of text in <main>').toBeGreaterThan(40);
    expect(content.tables.filter((t) => !t.visible || t.rows === 0)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
    if (SCREENSHOTS) await page.screenshot({ path: `${shots}${name}-320.png`, fullPage: true });
    expect(outside).toEqual([]);
    await devtools.send('Emulation.setScriptExecutionDisabled', { value: false });
    expect(await axeViolations(page), 'axe (WCAG 2.2 A/AA, best practices), JavaScript off, 320 px').toEqual([]);

    // Nothing a reader gets with JavaScript is missing without it: same headings, same tables. Scripts are on
    // again since axe, so the same page loaded again runs them.
    await page.reload();
    const enhanced = await mainContent(page);
    expect(content.headings).toEqual(expect.arrayContaining(enhanced.headings));
    expect(content.tables.map((t) => t.caption)).toEqual(expect.arrayContaining(enhanced.tables.map((t) => t.caption)));
    await context.close();
  });

  it.runIf(SCREENSHOTS)('renders at desktop width', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.url + path);
    await page.screenshot({ path: `${shots}${name}-1280.png` });
    await page.close();
  });
});
