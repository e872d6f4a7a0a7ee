import { describe, expect, it } from 'vitest';
import { percentAgrees, reconcile } from './reconcile.ts';
import type { Observation } from '../schemas/stats.ts';

const obs = (id: string, value: number, extra: Partial<Observation> = {}): Observation => ({
  id,
  label: id,
  value,
  unit: 'mô hình',
  qualifier: 'exact',
  target: false,
  ...extra,
});

describe('reconcile', () => {
  it('confirms parts that add up to their total', () => {
    const result = reconcile({
      observations: [obs('tong', 138), obs('a', 34), obs('b', 28), obs('c', 37), obs('d', 20), obs('e', 19)],
      relations: [{ total: 'tong', parts: ['a', 'b', 'c', 'd', 'e'] }],
    });
    expect(result.relations[0]?.ok).toBe(true);
    expect(result.relations[0]?.equation).toBe('34 + 28 + 37 + 20 + 19 = 138');
  });
  it('flags parts that do not add up', () => {
    const result = reconcile({
      observations: [obs('tong', 990), obs('a', 949), obs('b', 40)],
      relations: [{ total: 'tong', parts: ['a', 'b'] }],
    });
    expect(result.relations[0]?.ok).toBe(false);
    expect(result.relations[0]?.sum).toBe(989);
    expect(result.relations[0]?.equation).toBe('949 + 40 ≠ 990');
  });
  it('treats a "hơn" total as a lower bound', () => {
    const parts = [obs('a', 2), obs('b', 18), obs('c', 198), obs('d', 890)];
    const ok = reconcile({
      observations: [obs('tong', 1000, { qualifier: 'moreThan' }), ...parts],
      relations: [{ total: 'tong', parts: ['a', 'b', 'c', 'd'] }],
    });
    expect(ok.relations[0]?.ok).toBe(true);
    expect(ok.relations[0]?.equation).toBe('2 + 18 + 198 + 890 > 1.000');
    const bad = reconcile({
      observations: [obs('tong', 2000, { qualifier: 'moreThan' }), ...parts],
      relations: [{ total: 'tong', parts: ['a', 'b', 'c', 'd'] }],
    });
    expect(bad.relations[0]?.ok).toBe(false);
  });
  it('reports ids a relation names that do not exist', () => {
    const result = reconcile({ observations: [obs('tong', 3), obs('a', 3)], relations: [{ total: 'tong', parts: ['a', 'x'] }] });
    expect(result.missing).toEqual([{ relation: 0, field: 'parts', id: 'x' }]);
    expect(result.relations).toHaveLength(0);
  });
  it('checks stated percentages against their fraction', () => {
    const result = reconcile({
      observations: [
        obs('hang-rao', 1673, { unit: 'hộ', denominator: { value: 2614, label: 'hộ' }, statedPercent: 64 }),
        obs('ho-xi', 2148, { unit: 'hộ', denominator: { value: 2614, label: 'hộ' }, statedPercent: 82.17 }),
        obs('nha-o', 2522, { unit: 'hộ', denominator: { value: 2614, label: 'hộ' }, statedPercent: 96.4 }),
      ],
      relations: [],
    });
    expect(result.percents.map((p) => p.ok)).toEqual([true, true, false]);
    expect(result.percents[2]?.computed).toBe(96.48);
  });
});

describe('percentAgrees', () => {
  it('allows half a unit of the last stated digit', () => {
    expect(percentAgrees(79.4, 79.42)).toBe(true);
    expect(percentAgrees(64, 64.4)).toBe(true);
    expect(percentAgrees(64, 64.6)).toBe(false);
    expect(percentAgrees(96.4, 96.48)).toBe(false);
  });
});
