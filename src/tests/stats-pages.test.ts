/**
 * Dataset pages and the comparison view, read from the built HTML: every figure a chart, a citation or
 * JSON-LD carries comes from content/ (issue 4).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { chartSpec } from '../lib/chart-spec.ts';
import { sourceTitle } from '../lib/citation.ts';
import { fieldComparison } from '../lib/compare.ts';
import { readContent } from '../lib/content-files.ts';
import { checkContent } from '../lib/integrity.ts';
import { projectRoot, read } from './build-helpers.ts';

const outDir = inject('siteDir');
const { content } = checkContent(readContent(projectRoot), { production: true });
const datasets = content.stats.map(({ entry, data }) => ({ id: entry.id, data }));
const page = (path: string) => parse(read(join(outDir, path, 'index.html')));

describe('dataset pages', () => {
  it('draw a chart from exactly the data, with the summary as its caption, where the data asks for one', () => {
    for (const { id, data } of datasets) {
      const html = page(`so-lieu/${id}`);
      const element = html.querySelector('dvk-chart');
      const spec = chartSpec(data);
      if (!spec) {
        expect(element, id).toBeNull();
        continue;
      }
      const payload = JSON.parse(element?.getAttribute('data-spec') ?? 'null');
      expect(payload.spec, id).toEqual(spec);
      expect(html.querySelector('figure.chart figcaption')?.text.trim(), id).toContain(spec.summary);
      // Space is reserved before the chart draws: the canvas sits in a box with a fixed height class.
      expect(element?.querySelector('canvas')?.parentNode?.getAttribute('class'), id).toMatch(/(^|\s)h-(\d+|\[\d+rem\])(\s|$)/);
    }
  });

  it('give each figure an anchor and a permalink to it', () => {
    for (const { id, data } of datasets) {
      const html = page(`so-lieu/${id}`);
      for (const o of data.observations) {
        const row = html.querySelector(`tr#${o.id}`);
        expect(row, `${id}#${o.id}`).not.toBeNull();
        expect(row?.querySelector('a.permalink')?.getAttribute('href'), `${id}#${o.id}`).toBe(`#${o.id}`);
      }
    }
  });

  it('offer a short and a full citation naming the page, the source and a place for the access date', () => {
    for (const { id, data } of datasets) {
      const html = page(`so-lieu/${id}`);
      const short = html.querySelector('#trich-dan-ngan')?.text ?? '';
      const full = html.querySelector('#trich-dan-day-du')?.text ?? '';
      expect(short, id).toContain(`/so-lieu/${id}/`);
      expect(short, id).toContain('truy cập ngày [ngày truy cập]');
      const source = content.sources.find((s) => s.data.id === data.source)?.data;
      if (source) expect(full, id).toContain(sourceTitle(source));
      if (source?.author) expect(full, id).toContain(source.author);
      // The cited version and its stable file, so a later correction can be told apart.
      expect(short, id).toContain(`phiên bản ${data.version}`);
      expect(full, id).toContain(`/du-lieu/${id}/v${data.version}.csv`);
    }
    // Place as named at the time, nearest unit first.
    expect(page('so-lieu/thach-ha-2022-mo-hinh-theo-linh-vuc').querySelector('#trich-dan-day-du')?.text).toContain(
      '[bộ số liệu, phiên bản 1 (23/11/2026)], huyện Thạch Hà, tỉnh Hà Tĩnh, thời kỳ 2022',
    );
  });

  it('describe themselves as a schema.org Dataset whose downloads exist', () => {
    for (const { id, data } of datasets) {
      const script = page(`so-lieu/${id}`).querySelector('script[type="application/ld+json"]');
      const ld = JSON.parse(script?.text ?? '{}');
      expect(ld['@type'], id).toBe('Dataset');
      expect(ld.name, id).toBe(data.title);
      expect(
        ld.variableMeasured.map((v: { value: number }) => v.value),
        id,
      ).toEqual(data.observations.map((o) => o.value));
      for (const file of ld.distribution) expect(existsSync(join(outDir, new URL(file.contentUrl).pathname)), file.contentUrl).toBe(true);
      // Identifier, keywords, dates, version, catalogue and citation; a creator from the source (or this site, which compiled it).
      expect(ld.identifier, id).toBe(id);
      expect(ld.keywords, id).toContain('Dân vận khéo');
      expect(ld.version, id).toBe(String(data.version));
      expect(ld.datePublished, id).toBe(data.published);
      expect(ld.dateModified, id).toBe(data.changes.at(-1)?.date ?? data.published);
      expect(ld.includedInDataCatalog['@type'], id).toBe('DataCatalog');
      expect(ld.citation, id).toContain(`phiên bản ${data.version}`);
      const source = content.sources.find((s) => s.data.id === data.source)?.data;
      expect(ld.creator.name, id).toBe(source?.author ?? source?.authorUnit ?? 'Trang Dân vận khéo');
    }
  });
});

describe('comparison by field', () => {
  it('shows every computed share, linked to its figure', () => {
    const html = page('so-lieu/so-sanh-linh-vuc');
    const rows = fieldComparison(datasets);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      for (const share of row.shares) {
        const link = html.querySelector(`a[href="/so-lieu/${row.dataset}/#${share.observation}"]`);
        expect(link?.parentNode?.getAttribute('data-value'), `${row.dataset}#${share.observation}`).toBe(String(share.percent));
      }
    }
  });
});

describe('open data list', () => {
  it('lists every dataset with its CSV and JSON, and the rows carry what the filters need', () => {
    const html = page('du-lieu');
    for (const { id, data } of datasets) {
      const row = html.querySelector(`a[href="/so-lieu/${id}/"]`)?.closest('tr');
      expect(row, id).not.toBeNull();
      expect(row?.querySelector(`a[href="/du-lieu/${id}.csv"]`), id).not.toBeNull();
      expect(row?.querySelector(`a[href="/du-lieu/${id}.json"]`), id).not.toBeNull();
      expect(row?.getAttribute('data-places')?.split(' '), id).toContain(data.place);
      expect(row?.getAttribute('data-years')?.split(' '), id).toContain(data.period.from.slice(0, 4));
    }
  });
});
