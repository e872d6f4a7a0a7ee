/**
 * The keyboard gate's walk (used by crawl.browser.test.ts on each template's first sample page): every focusable
 * element reached with Tab, checking that focus is visible and follows the reading order.
 */
import type { Page } from 'playwright-core';

export interface Stop {
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
 * taken before the walk (or, for elements added since, by blurring it and focusing it again). Each stop is
 * described in the page as focus lands on it (a focusin listener), and the keys are pressed in batches with
 * one read per batch: a round trip per key, not two.
 */
export async function keyboardWalk(page: Page, limit = 600): Promise<Stop[]> {
  await page.evaluate(() => {
    const look = (el: Element) => {
      const s = getComputedStyle(el);
      return {
        outline: s.outlineStyle === 'none' ? 'none' : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
        outlineWidth: s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth),
        boxShadow: s.boxShadow,
        background: s.backgroundColor,
        border: `${s.borderTopColor} ${s.borderBottomColor} ${s.borderTopWidth} ${s.borderBottomWidth}`,
      };
    };
    const w = window as unknown as { __stops: (Stop | null)[] };
    const unfocused = new Map([...document.querySelectorAll('*')].map((el) => [el, look(el)]));
    let last: Element | undefined;
    let refocusing = false;
    w.__stops = [];
    (document.activeElement as HTMLElement | null)?.blur();
    document.addEventListener(
      'focusin',
      () => {
        if (refocusing) return;
        const el = document.activeElement;
        if (!el || el === document.body || el === document.documentElement) return;
        const focused = look(el);
        let before = unfocused.get(el);
        if (!before) {
          refocusing = true;
          (el as HTMLElement).blur();
          before = look(el);
          (el as HTMLElement).focus();
          refocusing = false;
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
        const inOrder = !last || !!(last.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
        // Back at the skip link after the last control: the walk is over (null marks the end).
        const wrapped = last !== undefined && !inOrder && el === document.querySelector('a.skip-link');
        last = el;
        const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('href') ? `[href="${el.getAttribute('href')}"]` : ''} "${((el as HTMLElement).innerText || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`;
        w.__stops.push(
          wrapped ? null : { label, inHeader: !!el.closest('body > header'), inMain: !!el.closest('main'), inOrder, invisible },
        );
      },
      true,
    );
  });
  const stops: Stop[] = [];
  for (let pressed = 0; pressed < limit;) {
    for (let i = 0; i < 20; i++, pressed++) await page.keyboard.press('Tab');
    const batch = await page.evaluate(() => (window as unknown as { __stops: (Stop | null)[] }).__stops.splice(0));
    const end = batch.indexOf(null);
    stops.push(...((end === -1 ? batch : batch.slice(0, end)) as Stop[]));
    if (end !== -1) break;
  }
  return stops;
}

/**
 * What the keyboard gate finds wrong on the loaded page, one line each: a stop without a visible focus change,
 * focus out of reading order, a header not in the order skip link, logo, search, main navigation, and a skip
 * link that does not take focus past the header. Focus moves; nothing else on the page changes.
 */
export async function keyboardProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const stops = await keyboardWalk(page);
  if (stops.length <= 8) problems.push(`only ${stops.length} stops`);
  problems.push(...stops.filter((s) => s.invisible).map((s) => `focus not visible on ${s.label}: ${s.invisible}`));
  problems.push(...stops.filter((s) => !s.inOrder).map((s) => `focus out of reading order at ${s.label}`));

  // The header, in order: skip link, logo, search, the main navigation; then the page itself.
  if (!/^a\[href="#noi-dung"\]/.test(stops[0]?.label ?? '')) problems.push(`first stop is not the skip link: ${stops[0]?.label}`);
  const header = stops.slice(
    1,
    stops.findIndex((s, i) => i > 0 && !s.inHeader),
  );
  if (!/^a\[href="\/"\]/.test(header[0]?.label ?? '')) problems.push(`the header does not start with the logo: ${header[0]?.label}`);
  if (!header.some((s) => s.label.startsWith('input#header-search'))) problems.push('the header search box is not reached');
  if (header.filter((s) => /^a\[href="\/[a-z-]+\/"\]/.test(s.label)).length < 5)
    problems.push('fewer than 5 navigation links in the header');

  // The skip link (the first stop, as checked above), followed, takes the next Tab past the header.
  await page.locator('a.skip-link').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const after = await page.evaluate(() => {
    const el = document.activeElement;
    return { inHeader: !!el?.closest('body > header'), inMain: !!el?.closest('main'), inFooter: !!el?.closest('footer') };
  });
  if (after.inHeader || !(after.inMain || after.inFooter)) problems.push('after the skip link, Tab does not land in the main content');
  return problems;
}
