/** axe-core in a Playwright page, for the browser gates. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

// WCAG 2.0–2.2 A and AA, plus axe's best practices (heading order, unique landmarks…), which
// Lighthouse's accessibility score counts too.
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe in the page (evaluated through DevTools, so the page's CSP does not block it); one line per failing node. */
export async function axeViolations(page: Page, options: RunOptions = { runOnly: { type: 'tag', values: AXE_TAGS } }): Promise<string[]> {
  await page.evaluate(axeSource);
  // Only violations are read: axe then skips listing every passing node (every node of a violation is kept).
  options = { ...options, resultTypes: ['violations'] };
  const results = await page.evaluate(
    (runOptions) =>
      (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<AxeResults> } }).axe.run(document, runOptions),
    options as object,
  );
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (node) => `${v.id} (${v.impact}): ${v.help}\n    at ${node.target.join(' ')}\n    ${node.failureSummary?.replaceAll('\n', '\n    ')}`,
    ),
  );
}
