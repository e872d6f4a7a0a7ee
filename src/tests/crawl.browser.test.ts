/**
 * Loads every built page in Chromium with JavaScript on, recording every request and every complaint:
 * requests to another host (blocked and counted), failed or missing resources, Content-Security-Policy
 * violations, console errors and uncaught exceptions. Then uses each template as a reader would
 * (scrolls so charts load, types into search boxes, presses toggle buttons; searching from the header once)
 * and records the same; before pressing anything, axe checks the page as loaded with JavaScript on (WCAG 2.2
 * A/AA and best practices; the same page with JavaScript off is checked in pages.browser.test.ts), and, on each
 * template's first sample page, the keyboard gate walks every control with Tab (keyboard.ts).
 */
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { revealAll, searchSettled, useBuiltSite, watchedPage } from './browser.ts';
import { keyboardProblems } from './keyboard.ts';
import { findTemplates } from './templates.ts';

const siteDir = inject('siteDir');
const site = useBuiltSite();

const templates = findTemplates(siteDir);

describe.each(templates.flatMap((t) => t.samples.map((s, i) => ({ route: t.route, path: s.path, keyboard: i === 0 }))))(
  'using $route: $path',
  ({ path, keyboard }) => {
    it(`has no axe violation${keyboard ? ', works from the keyboard' : ''}, then stays on the site and logs no CSP violation or error while scrolling, searching and pressing toggles`, async () => {
      const { context, page, problems } = await watchedPage(site.browser, site.url);
      await page.goto(site.url + path);
      await revealAll(page);
      // The page as a reader sees it with JavaScript on (charts drawn), before anything is pressed.
      expect(await axeViolations(page), 'axe (WCAG 2.2 A/AA, best practices), JavaScript on, 1280 px').toEqual([]);
      // Keyboard, on each template's first sample: every control by Tab, focus visible and in reading order, the
      // header's order, the skip link (keyboard.ts). Focus moves; the page is otherwise as loaded.
      if (keyboard) expect(await keyboardProblems(page), 'keyboard').toEqual([]);
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
      await context.close();
      expect(problems).toEqual([]);
    });
  },
);

// The header and its search form are one component, the same on every page: searching from it is tried once.
describe('searching from the header', () => {
  it('lands on /tim-kiem/ with results, staying on the site with no CSP violation or error', async () => {
    const { context, page, problems } = await watchedPage(site.browser, site.url);
    await page.goto(`${site.url}/mo-hinh/`);
    await page.locator('#header-search').fill('nhà lưới');
    await page.locator('#header-search').press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=/);
    await searchSettled(page);
    await revealAll(page);
    expect(await page.locator('main a[href^="/mo-hinh/nha-luoi"]').count()).toBeGreaterThan(0);
    await context.close();
    expect(problems).toEqual([]);
  });
});
