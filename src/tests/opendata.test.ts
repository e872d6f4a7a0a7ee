/**
 * The downloads round-trip: every CSV and JSON file in the built site parses back to exactly the
 * figures in content/.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readContent } from '../lib/content-files.ts';
import { checkContent } from '../lib/integrity.ts';
import { CSV_COLUMNS, parseCsv } from '../lib/opendata.ts';
import { projectRoot, read } from './build-helpers.ts';

const siteDir = inject('siteDir');
const { content } = checkContent(readContent(projectRoot), { production: true });

describe('open data files', () => {
  it('each dataset CSV holds every observation, values as plain numbers', () => {
    for (const { entry, data } of content.stats) {
      const [header, ...rows] = parseCsv(read(join(siteDir, 'du-lieu', `${entry.id}.csv`)));
      expect(header).toEqual([...CSV_COLUMNS]);
      expect(rows.map((r) => [r[1], Number(r[3]), r[4]])).toEqual(data.observations.map((o) => [o.id, o.value, o.unit]));
    }
  });

  it('each dataset JSON matches content/ and carries its source and licence', () => {
    for (const { entry, data } of content.stats) {
      const json = JSON.parse(read(join(siteDir, 'du-lieu', `${entry.id}.json`))) as {
        observations: { id: string; value: number; unit: string }[];
        source: { id: string };
        license: { id: string };
      };
      expect(json.observations.map((o) => [o.id, o.value, o.unit])).toEqual(data.observations.map((o) => [o.id, o.value, o.unit]));
      expect(json.source.id).toBe(data.source);
      expect(json.license.id).toBe('CC-BY-4.0');
    }
  });

  it('the catalogue lists every dataset with the required keys', () => {
    const catalog = JSON.parse(read(join(siteDir, 'du-lieu', 'index.json'))) as { datasets: Record<string, unknown>[] };
    expect(catalog.datasets.map((d) => d.id).sort()).toEqual(content.stats.map((s) => s.entry.id).sort());
    for (const dataset of catalog.datasets) {
      for (const key of ['id', 'title', 'place', 'period', 'unit', 'source', 'observations']) expect(dataset, key).toHaveProperty(key);
      expect(dataset.place).toHaveProperty('level');
      expect(dataset.source).toHaveProperty('publisher');
    }
  });

  it('the catalogue says what it is and where every file is, and each download URL exists', () => {
    const catalog = JSON.parse(read(join(siteDir, 'du-lieu', 'index.json'))) as Record<string, unknown> & {
      datasets: {
        id: string;
        version: number;
        downloads: { xlsx: string; csv: string; json: string; versions: { version: number; csv: string }[] };
      }[];
    };
    for (const key of ['title', 'publisher', 'language', 'issued', 'modified', 'homepage']) expect(catalog[key], key).toBeTruthy();
    for (const dataset of catalog.datasets) {
      const { xlsx, csv, json, versions } = dataset.downloads;
      expect(versions.map((v) => v.version)).toEqual(Array.from({ length: dataset.version }, (_, i) => i + 1));
      for (const url of [xlsx, csv, json, ...versions.map((v) => v.csv)]) {
        expect(existsSync(join(siteDir, new URL(url).pathname)), url).toBe(true);
      }
    }
  });

  it('mo-hinh.json lists every published model with its facts and sources', () => {
    const { models } = JSON.parse(read(join(siteDir, 'du-lieu', 'mo-hinh.json'))) as {
      models: { id: string; facts: unknown[]; sources: unknown[] }[];
    };
    const published = content.models.filter((m) => !m.data.draft);
    expect(models.map((m) => m.id).sort()).toEqual(published.map((m) => m.entry.id).sort());
    for (const model of published) {
      const out = models.find((m) => m.id === model.entry.id)!;
      expect(out.facts).toHaveLength(model.data.facts.length);
      expect(out.sources).toEqual(model.data.sources);
    }
  });
});
