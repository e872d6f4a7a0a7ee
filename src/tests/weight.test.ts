/**
 * Weight gate (issue 13): every story and model page of the built site fits 13 KB gzip of HTML + screen CSS,
 * and the web fonts it may fetch fit 30 KB and come from the site itself. Bytes, not timings. The same
 * figures are in `npm run bench` (scripts/bench/weight.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { FONT_BUDGET, PAGE_BUDGET, storyAndModelWeights } from './weight.ts';

const outDir = inject('siteDir');

describe('story and model pages', () => {
  const pages = storyAndModelWeights(outDir);

  it('are all measured, story parts included', () => {
    expect(pages.length).toBeGreaterThan(40);
    // Long stories are served in parts (src/lib/story-parts.ts): each part is a story page with the same budget.
    expect(pages.some((page) => /^\/bai-viet\/[^/]+\/phan-2\/$/.test(page.path))).toBe(true);
    for (const page of pages) expect(page.html, page.path).toBeGreaterThan(1000);
    for (const page of pages) expect(page.css, page.path).toBeGreaterThan(1000);
  });

  it(`weigh at most ${PAGE_BUDGET / 1024} KB gzip of HTML + CSS`, () => {
    const failures = pages
      .filter(({ html, css }) => html + css > PAGE_BUDGET)
      .map(({ path, html, css }) => `${path}: ${html + css} B > ${PAGE_BUDGET} B (HTML ${html}, CSS ${css})`);
    expect(failures).toEqual([]);
  });

  it(`fetch at most ${FONT_BUDGET / 1024} KB of fonts, all from the site`, () => {
    for (const { path, fonts, fontFiles } of pages) {
      expect(fontFiles.length, path).toBeGreaterThan(0);
      expect(fonts, path).toBeLessThanOrEqual(FONT_BUDGET);
      for (const font of fontFiles) {
        expect(font, path).toMatch(/^\/_astro\/[^/]+\.woff2$/);
        expect(existsSync(join(outDir, font)), font).toBe(true);
      }
    }
  });
});
