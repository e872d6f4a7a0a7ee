/**
 * The sitemap gives every page a <lastmod> from content dates and dataset versions (src/lib/lastmod.ts),
 * not the build time.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readContent } from '../lib/content-files.ts';
import { checkContent } from '../lib/integrity.ts';
import { pageDates } from '../lib/lastmod.ts';
import { versionDate } from '../lib/versions.ts';
import { projectRoot, read } from './build-helpers.ts';

const siteDir = inject('siteDir');
const { content } = checkContent(readContent(projectRoot), { production: true });

describe('sitemap lastmod', () => {
  it('every page has a lastmod taken from content, dataset pages from their current version', () => {
    const files = readdirSync(siteDir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    const xml = files.map((f) => read(join(siteDir, f))).join('\n');
    const entries = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => ({
      loc: m[1]!,
      lastmod: m[2],
    }));
    expect(entries.length).toBeGreaterThan(50);
    const { byPath, site } = pageDates(content);
    const contentDates = new Set([...byPath.values(), site].map((d) => new Date(d!).toISOString()));
    for (const { loc, lastmod } of entries) {
      expect(lastmod, loc).toBeDefined();
      expect(contentDates.has(new Date(lastmod!).toISOString()), `${loc} ${lastmod}`).toBe(true);
    }
    for (const { entry, data } of content.stats) {
      const found = entries.find((e) => new URL(e.loc).pathname === `/so-lieu/${entry.id}/`);
      expect(found?.lastmod, entry.id).toBe(new Date(versionDate(data) ?? data.asOf).toISOString());
    }
  });
});
