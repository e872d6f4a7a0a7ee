/**
 * Loads every built page in Chromium with JavaScript on, recording every request and every complaint:
 * requests to another host (blocked and counted), failed or missing resources, Content-Security-Policy
 * violations, console errors and uncaught exceptions. Then uses each template as a reader would
 * (scrolls so charts load, types into search boxes, presses toggle buttons, searches from the header)
 * and records the same.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles } from './build-helpers.ts';
import { revealAll, useBuiltSite } from './browser.ts';
import { findTemplates, MISSING_PATH, urlPath } from './templates.ts';

const siteDir = inject('siteDir');
const site = useBuiltSite();

/** A browser context that blocks and notes any request off the site, and a page that notes every complaint. */
async function watchedPage(): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const problems: string[] = [];
  const context = await site.browser.newContext();
  await context.route(
    (url) => url.origin !== site.url,
    (route) => {
      problems.push(`request to another host: ${route.request().url()}`);
      return route.abort('blockedbyclient');
    },
  );
  const page = await context.newPage();
  // Runs before the page's own scripts, through DevTools: the page's CSP does not apply to it.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on('console', (message) => {
    // Chromium logs the not-found page's own 404 status as an error; that one is intended.
    const notFoundStatus = /status of 404/.test(message.text()) && message.location().url.includes(MISSING_PATH);
    if ((message.type() === 'error' || /content security policy/i.test(message.text())) && !notFoundStatus) {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    // ERR_ABORTED: a request the next navigation cancelled (the favicon, typically); missing files show as HTTP 404.
    if (!['net::ERR_BLOCKED_BY_CLIENT', 'net::ERR_ABORTED'].includes(request.failure()?.errorText ?? ''))
      problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    const notFoundPage = response.request().isNavigationRequest() && response.status() === 404 && response.url().endsWith(MISSING_PATH);
    if (response.status() >= 400 && !notFoundPage) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { context, page, problems };
}

describe('every built page', () => {
  it('requests nothing from another host, loads every resource, and logs no CSP violation or error', async () => {
    const pages = htmlFiles(siteDir).map(urlPath);
    expect(pages.length).toBeGreaterThan(100);
    const { context, page, problems } = await watchedPage();
    const report: string[] = [];
    let requests = 0;
    page.on('request', () => requests++);
    for (const path of pages) {
      const target = path === '/404.html' ? MISSING_PATH : path;
      problems.length = 0;
      await page.goto(site.url + target, { waitUntil: 'load' });
      report.push(...problems.map((p) => `${path}: ${p}`));
    }
    await context.close();
    expect(requests).toBeGreaterThanOrEqual(pages.length);
    expect(report).toEqual([]);
  }, 300_000);
});

const templates = findTemplates(siteDir);

describe.each(templates.flatMap((t) => t.samples.map((s) => ({ route: t.route, path: s.path }))))('using $route: $path', ({ path }) => {
  it('stays on the site and logs no CSP violation or error while scrolling, searching and pressing toggles', async () => {
    const { context, page, problems } = await watchedPage();
    await page.goto(site.url + path);
    await revealAll(page);
    for (const box of await page.locator('main input[type="search"]:visible').all()) {
      await box.fill('dân vận');
      await box.press('Enter');
      await page.waitForLoadState('networkidle');
    }
    if (page.url().startsWith(site.url + path)) {
      for (const toggle of await page
        .locator('main button[aria-pressed]:visible, main button[aria-expanded]:visible, main [role="tab"]:visible')
        .all()) {
        await toggle.click();
      }
      await page.waitForLoadState('networkidle');
    }
    await page.goto(site.url + path);
    await page.locator('#header-search').fill('nhà lưới');
    await page.locator('#header-search').press('Enter');
    await page.waitForURL(/\/tim-kiem\//);
    await revealAll(page);
    await context.close();
    expect(problems).toEqual([]);
  });
});
