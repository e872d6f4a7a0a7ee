import { describe, expect, it } from 'vitest';
import type { Dataset, Observation } from '../schemas/stats.ts';
import { committedChangeProblems, datasetVersions, versionProblems } from './versions.ts';

const obs = (id: string, value: number, extra: Partial<Observation> = {}): Observation => ({
  id,
  label: id,
  value,
  unit: '%',
  qualifier: 'exact',
  target: false,
  ...extra,
});

type Versioned = Pick<Dataset, 'observations' | 'version' | 'changes' | 'published'>;
const v1: Versioned = { observations: [obs('a', 96.48), obs('b', 10)], version: 1, changes: [], published: '2026-11-23' };
const v3: Versioned = {
  observations: [obs('a', 96.4), obs('c', 5)],
  version: 3,
  published: '2026-11-23',
  changes: [
    { version: 2, date: '2026-11-25', summary: 'sửa 96,48% thành giá trị nguồn ghi 96,4%', previous: [{ id: 'a', value: 96.48 }] },
    {
      version: 3,
      date: '2026-11-26',
      summary: 'thêm c, bỏ b',
      previous: [
        { id: 'c', added: true },
        { id: 'b', removed: obs('b', 10) },
      ],
    },
  ],
};

describe('datasetVersions', () => {
  it('rebuilds every earlier version from the current figures and the log', () => {
    const versions = datasetVersions(v3);
    expect(versions.map((v) => [v.version, v.date])).toEqual([
      [1, '2026-11-23'],
      [2, '2026-11-25'],
      [3, '2026-11-26'],
    ]);
    expect(versions[0]!.observations.map((o) => [o.id, o.value])).toEqual([
      ['a', 96.48],
      ['b', 10],
    ]);
    expect(versions[1]!.observations.map((o) => [o.id, o.value])).toEqual([
      ['a', 96.4],
      ['b', 10],
    ]);
  });
});

describe('versionProblems', () => {
  it('accepts a consistent log and names the field of an inconsistent one', () => {
    expect(versionProblems(v3)).toEqual([]);
    expect(versionProblems({ ...v3, version: 2 }).map((p) => p.field)).toEqual(['version']);
    const wrongId = { ...v3, changes: [{ ...v3.changes[0]!, previous: [{ id: 'x', value: 1 }] }, v3.changes[1]!] };
    expect(versionProblems(wrongId).map((p) => p.field)).toEqual(['changes.0.previous.0.id']);
  });
});

describe('committedChangeProblems', () => {
  it('refuses a changed figure without a new version, naming the field', () => {
    const changed = { ...v1, observations: [obs('a', 96.4), obs('b', 10)] };
    const problems = committedChangeProblems(v1, changed);
    expect(problems.map((p) => p.field)).toEqual(['observations.0.value']);
    expect(problems[0]!.message).toContain('từ 96.48 thành 96.4');
  });
  it('accepts a new version whose log rebuilds the committed figures, refuses one that does not', () => {
    const fixed: Versioned = { ...v3, observations: [obs('a', 96.4), obs('b', 10)], version: 2, changes: [v3.changes[0]!] };
    expect(committedChangeProblems(v1, fixed)).toEqual([]);
    const wrong = { ...fixed, changes: [{ ...v3.changes[0]!, previous: [{ id: 'a', value: 96 }] }] };
    expect(committedChangeProblems(v1, wrong).map((p) => p.field)).toEqual(['changes']);
  });
});
