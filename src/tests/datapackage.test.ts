/**
 * The machine-readable CSV files and /du-lieu/datapackage.json, checked with the Frictionless Data
 * JavaScript library (`datapackage`, the reference implementation of the specs on npm): the package
 * descriptor validates against its profile, and every CSV resource reads back against its Table
 * Schema (header names, types, required values, enums, primary key) with no cast error.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Package } from 'datapackage';
import { describe, expect, inject, it } from 'vitest';
import { readContent } from '../lib/content-files.ts';
import { checkContent } from '../lib/integrity.ts';
import { datasetVersions } from '../lib/versions.ts';
import { projectRoot } from './build-helpers.ts';

const siteDir = inject('siteDir');
const { content } = checkContent(readContent(projectRoot), { production: true });

describe('CSV for machines', () => {
  it('is UTF-8 without a byte-order mark, comma-separated with CRLF rows and dot decimals', () => {
    for (const { entry } of content.stats) {
      const bytes = readFileSync(join(siteDir, 'du-lieu', `${entry.id}.csv`));
      expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), entry.id).toBe(false);
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      expect(text.startsWith('dataset,id,label,value,'), entry.id).toBe(true);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replaceAll('\r\n', '')).not.toMatch(/(?<!")\r(?!\n)/);
    }
  });
});

describe('/du-lieu/datapackage.json (Frictionless)', () => {
  const descriptorPath = join(siteDir, 'du-lieu', 'datapackage.json');

  it('validates against the tabular data package profile and covers every CSV the site serves', async () => {
    const pkg = await Package.load(descriptorPath);
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    const paths = pkg.resources.map((r) => r.descriptor.path as string).sort();
    const expected = content.stats.flatMap(({ entry, data }) => [
      `${entry.id}.csv`,
      ...datasetVersions(data).map((v) => `${entry.id}/v${v.version}.csv`),
    ]);
    expect(paths).toEqual(expected.sort());
    for (const path of paths) expect(existsSync(join(siteDir, 'du-lieu', path)), path).toBe(true);
  });

  it('every resource reads back against its Table Schema with no error, figures as numbers', async () => {
    const pkg = await Package.load(descriptorPath);
    for (const resource of pkg.resources) {
      expect(resource.errors.map(String), resource.name).toEqual([]);
      const rows = await resource.read({ keyed: true, forceCast: true });
      const errors = rows.filter((row) => row instanceof Error);
      expect(errors.map((e) => `${resource.name}: ${String(e)} ${JSON.stringify((e as { errors?: unknown }).errors ?? '')}`)).toEqual([]);
      const id = resource.name.replace(/-v\d+$/, '');
      const dataset = content.stats.find((s) => s.entry.id === id)!;
      const version = /-v(\d+)$/.exec(resource.name)?.[1];
      const observations = version
        ? datasetVersions(dataset.data).find((v) => v.version === Number(version))!.observations
        : dataset.data.observations;
      expect(rows.map((r) => [(r as Record<string, unknown>).id, (r as Record<string, unknown>).value])).toEqual(
        observations.map((o) => [o.id, o.value]),
      );
      expect(rows.every((r) => typeof (r as Record<string, unknown>).value === 'number')).toBe(true);
    }
  });

  it('the same file with a byte-order mark fails the check (so the check can fail)', async () => {
    const pkg = await Package.load(descriptorPath);
    const first = pkg.resources[0]!;
    const dir = mkdtempSync(join(tmpdir(), 'dvk-bom-'));
    writeFileSync(join(dir, 'bom.csv'), `\uFEFF${readFileSync(join(siteDir, 'du-lieu', first.descriptor.path as string), 'utf8')}`);
    const { bytes: _bytes, hash: _hash, ...descriptor } = first.descriptor;
    const broken = await Package.load(
      { profile: 'tabular-data-package', resources: [{ ...descriptor, path: 'bom.csv' }] },
      { basePath: dir },
    );
    const rows = await broken.resources[0]!.read({ keyed: true, forceCast: true });
    rmSync(dir, { recursive: true, force: true });
    expect(rows.some((r) => r instanceof Error && /header/.test(String(r)))).toBe(true);
  });
});
