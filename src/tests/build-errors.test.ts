/**
 * The build itself must stop on broken content, naming file and field: Astro alone exits 0 on a
 * dangling reference and drops a duplicate id silently.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, copyProject } from './build-helpers.ts';

let project = '';
let result = { status: 0 as number | null, output: '' };

beforeAll(() => {
  project = copyProject();
  const stats = join(project, 'content/stats/thach-ha-2022-mo-hinh-theo-linh-vuc.json');
  const dataset = JSON.parse(readFileSync(stats, 'utf8')) as { place: string; observations: { id: string; value: number }[] };
  // 1. A dangling reference.
  dataset.place = 'thach-haa';
  // 2. A wrong total: 35 + 28 + 37 + 20 + 19 ≠ 138.
  dataset.observations.find((o) => o.id === 'kinh-te')!.value = 35;
  writeFileSync(stats, JSON.stringify(dataset));
  // 3. A duplicate id: a second place with an id already used.
  const placesPath = join(project, 'content/places.json');
  const places = JSON.parse(readFileSync(placesPath, 'utf8')) as { id: string }[];
  places.push({ ...places.find((p) => p.id === 'thach-lac')! });
  writeFileSync(placesPath, JSON.stringify(places));
  result = astroBuild(project, mkdtempSync(join(tmpdir(), 'dvk-broken-')));
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('a build with broken content', () => {
  it('fails', () => {
    expect(result.status).not.toBe(0);
  });
  it('names the dangling reference with file, field and a suggestion', () => {
    expect(result.output).toContain('content/stats/thach-ha-2022-mo-hinh-theo-linh-vuc.json › place: không có địa phương "thach-haa"');
    expect(result.output).toContain('có phải "thach-ha"?');
  });
  it('names the wrong total with file, field and the sum', () => {
    expect(result.output).toContain(
      'content/stats/thach-ha-2022-mo-hinh-theo-linh-vuc.json › relations.0: các thành phần không khớp với tổng',
    );
    expect(result.output).toContain('35 + 28 + 37 + 20 + 19 ≠ 138');
  });
  it('names the duplicate id with file and field', () => {
    expect(result.output).toContain('content/places.json › thach-lac.id: trùng mã (duplicate id) "thach-lac"');
  });
});
