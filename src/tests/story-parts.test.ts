/**
 * Long stories served in parts (src/lib/story-parts.ts), read from the built site: every part is there
 * and says which it is, the parts together hold the whole text (every section heading once, in order;
 * every figure the MDX names), each part links to every other, and what follows the text (places,
 * datasets, models) is on the last part only.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { readContent } from '../lib/content-files.ts';
import { checkContent } from '../lib/integrity.ts';
import { bodySections, partCount, partPath, sectionHeading } from '../lib/story-parts.ts';
import { projectRoot, read } from './build-helpers.ts';

const outDir = inject('siteDir');
const { content } = checkContent(readContent(projectRoot), { production: true });
const stories = content.articles.filter((a) => !a.data.draft);

const fileOf = (path: string) => join(outDir, path, 'index.html');
const doc = (path: string): HTMLElement => parse(read(fileOf(path)));
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each(stories.map((story) => [story.entry.id, story] as const))('%s', (id, story) => {
  const body = story.entry.body ?? '';
  const count = partCount(body, story.data);
  const paths = Array.from({ length: count }, (_, i) => partPath(id, i + 1));
  const parts = paths.map(doc);

  it('is built as the parts its length needs, and no more', () => {
    for (const path of paths) expect(existsSync(fileOf(path)), path).toBe(true);
    expect(existsSync(fileOf(partPath(id, count + 1))), 'one part too many').toBe(false);
  });

  it('holds every section of the text once, in order, across its parts', () => {
    const written = bodySections(body)
      .slice(1)
      .map((section) => clean(sectionHeading(section).replace(/[*_`]/g, '')));
    const shown = parts.flatMap((part) => part.querySelectorAll('.prose > h2').map((h) => clean(h.textContent)));
    expect(shown).toEqual(written);
  });

  it('shows every figure its text names, each on a part', () => {
    const named = [...body.matchAll(/<Figure\s+of="([^"#]+)#([^"]+)"/g)].map(([, dataset, figure]) => `/so-lieu/${dataset}/#${figure}`);
    const linked = new Set(parts.flatMap((part) => part.querySelectorAll('.prose a.figure-ref').map((a) => a.getAttribute('href'))));
    expect(named.filter((href) => !linked.has(href))).toEqual([]);
  });

  it('lets a reader go from each part to every other, and marks where they are', () => {
    if (count === 1) {
      expect(parts[0]!.querySelector('#cac-phan')).toBeNull();
      return;
    }
    parts.forEach((part, i) => {
      const links = part.querySelectorAll('nav[aria-labelledby="cac-phan"] a').map((a) => a.getAttribute('href'));
      expect(links, paths[i]).toEqual(paths);
      const current = part.querySelectorAll('nav[aria-labelledby="cac-phan"] a[aria-current="page"]');
      expect(
        current.map((a) => a.getAttribute('href')),
        paths[i],
      ).toEqual([paths[i]]);
      expect(part.querySelector('a[rel="next"]')?.getAttribute('href'), paths[i]).toBe(paths[i + 1]);
      expect(part.querySelector('a[rel="prev"]')?.getAttribute('href'), paths[i]).toBe(paths[i - 1]);
      // Each part is a page of its own: its own address, title and heading say which part it is.
      expect(part.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`${paths[i]}$`));
      if (i > 0) {
        expect(part.querySelector('title')?.textContent).toContain(`(phần ${i + 1}/${count})`);
        expect(clean(part.querySelector('h1')!.textContent)).toBe(`${story.data.title} Phần ${i + 1}/${count}`);
      }
    });
  });

  it('carries its source on every part, and its lists on the last one only', () => {
    parts.forEach((part, i) => {
      expect(part.querySelector('#nguon-bai'), paths[i]).not.toBeNull();
      const lists = ['#dia-phuong-bai', '#so-lieu-bai', '#mo-hinh-bai'].filter((selector) => part.querySelector(selector));
      if (i < count - 1) expect(lists, paths[i]).toEqual([]);
      else if (story.data.datasets.length > 0) expect(lists, paths[i]).toContain('#so-lieu-bai');
    });
  });

  it('loads the chart script on the part that shows a chart', () => {
    for (const [i, part] of parts.entries()) {
      const charts = part.querySelectorAll('dvk-chart').length;
      const script = part.querySelectorAll('script[type="module"]').some((s) => /Chart/.test(s.getAttribute('src') ?? ''));
      expect(script, paths[i]).toBe(charts > 0);
    }
  });
});

it('serves at least one long story in parts', () => {
  expect(stories.some((story) => partCount(story.entry.body ?? '', story.data) > 1)).toBe(true);
});
