/**
 * Keyboard gates on every page template: a walk through every focusable element checking that focus is
 * visible and follows the reading order, and the skip link. axe-core runs where each sample page is
 * already loaded, so it is not loaded twice: with JavaScript off at 320 px in pages.browser.test.ts, with
 * JavaScript on at 1280 px in crawl.browser.test.ts, dark at 390 px with target-size in phone.browser.test.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { revealAll, useBuiltSite } from './browser.ts';
import { findTemplates } from './templates.ts';

const templates = findTemplates(inject('siteDir'));
const site = useBuiltSite();

interface Stop {
  /** A short description of the focused element, for failure messages. */
  label: string;
  inHeader: boolean;
  inMain: boolean;
  /** Whether it follows the previous stop in document order. */
  inOrder: boolean;
  /** Why focus on it is not visible, or '' when it is. */
  invisible: string;
}

/**
 * Presses Tab until focus leaves the page, describing each stop. The unfocused look of an element is
 * taken before the walk (or, for elements added since, by blurring it and focusing it again).
 */
async function keyboardWalk(page: Page, limit = 600): Promise<Stop[]> {
  await page.evaluate(() => {
    const look = (el: Element) => {
      const s = getComputedStyle(el);
      return {
        outline: s.outlineStyle === 'none' ? 'none' : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
        outlineWidth: s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth),
        boxShadow: s.boxShadow,
        background: s.backgroundColor,
        border: `${s.borderTopColor} ${s.borderBottomColor} ${s.borderTopWidth} ${s.borderBottomWidth}`,
        decoration: `${s.textDecorationLine} ${s.textDecorationThickness}`,
      };
    };
    const w = window as unknown as { __look: typeof look; __unfocused: Map<Element, ReturnType<typeof look>>; __last?: Element };
    w.__look = look;
    w.__unfocused = new Map([...document.querySelectorAll('*')].map((el) => [el, look(el)]));
    (document.activeElement as HTMLElement | null)?.blur();
  });
  const stops: Stop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const w = window as unknown as {
        __look: (el: Element) => {
          outline: string;
          outlineWidth: number;
          boxShadow: string;
          background: string;
          border: string;
          decoration: string;
        };
        __unfocused: Map<Element, ReturnType<typeof w.__look>>;
        __last?: Element;
      };
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return null;
      const focused = w.__look(el);
      let before = w.__unfocused.get(el);
      if (!before) {
        (el as HTMLElement).blur();
        before = w.__look(el);
        (el as HTMLElement).focus();
      }
      const box = el.getBoundingClientRect();
      const indicator =
        (focused.outline !== 'none' && focused.outlineWidth >= 2 && focused.outline !== before.outline) ||
        focused.boxShadow !== before.boxShadow ||
        focused.background !== before.background ||
        focused.border !== before.border;
      const invisible =
        box.width < 4 || box.height < 4
          ? `box ${box.width}×${box.height}`
          : indicator
            ? ''
            : 'no outline, shadow, background or border change';
      const inOrder = !w.__last || !!(w.__last.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
      const wrapped = w.__last !== undefined && !inOrder && el === document.querySelector('a.skip-link');
      w.__last = el;
      const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('href') ? `[href="${el.getAttribute('href')}"]` : ''} "${((el as HTMLElement).innerText || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`;
      return wrapped ? null : { label, inHeader: !!el.closest('body > header'), inMain: !!el.closest('main'), inOrder, invisible };
    });
    if (!stop) break;
    stops.push(stop);
  }
  return stops;
}

describe.each(templates)('keyboard on $route ($path)', ({ path }) => {
  it('reaches every control in reading order, each with a visible focus indicator', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + path);
    await revealAll(page);
    const stops = await keyboardWalk(page);
    expect(stops.length).toBeGreaterThan(8);
    expect(stops.filter((s) => s.invisible).map((s) => `${s.label}: ${s.invisible}`)).toEqual([]);
    expect(stops.filter((s) => !s.inOrder).map((s) => s.label)).toEqual([]);

    // The header, in order: skip link, logo, search, the main navigation; then the page itself.
    expect(stops[0]?.label).toMatch(/^a\[href="#noi-dung"\]/);
    const header = stops.slice(
      1,
      stops.findIndex((s, i) => i > 0 && !s.inHeader),
    );
    expect(header[0]?.label).toMatch(/^a\[href="\/"\]/);
    expect(header.some((s) => s.label.startsWith('input#header-search'))).toBe(true);
    expect(header.filter((s) => /^a\[href="\/[a-z-]+\/"\]/.test(s.label)).length).toBeGreaterThanOrEqual(5);
    await page.close();
  });

  it('the skip link takes keyboard users past the header to the main content', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + path);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const after = await page.evaluate(() => {
      const el = document.activeElement;
      return { inHeader: !!el?.closest('body > header'), inMain: !!el?.closest('main'), inFooter: !!el?.closest('footer') };
    });
    expect(after.inHeader).toBe(false);
    expect(after.inMain || after.inFooter).toBe(true);
    await page.close();
  });
});
