import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../schemas/stats.ts';
import { fieldComparison } from './compare.ts';

const all = readdirSync('content/stats').map((file) => ({
  id: file.replace(/\.json$/, ''),
  data: datasetSchema.parse(JSON.parse(readFileSync(`content/stats/${file}`, 'utf8'))),
}));

describe('fieldComparison', () => {
  const rows = fieldComparison(all);
  const row = (id: string) => rows.find((r) => r.dataset === id);

  it('takes every dataset that counts models by field, and only those', () => {
    expect(rows.map((r) => r.dataset).sort()).toEqual([
      'long-an-2024-mo-hinh-theo-linh-vuc-va-loai',
      'nam-tra-my-2010-2020-mo-hinh-theo-linh-vuc',
      'thach-ha-2022-mo-hinh-theo-linh-vuc',
    ]);
  });

  it('gives shares of each place’s own total, adding up to 100 (to rounding)', () => {
    for (const r of rows) {
      const sum = r.shares.reduce((s, x) => s + x.percent, 0);
      expect(Math.abs(sum - 100), r.dataset).toBeLessThanOrEqual(0.2);
    }
    expect(row('thach-ha-2022-mo-hinh-theo-linh-vuc')?.shares.find((s) => s.field === 'van-hoa-xa-hoi')?.percent).toBe(26.8);
  });

  it('makes the crosswalk explicit: Thạch Hà’s fifth field is outside the common four', () => {
    const thachHa = row('thach-ha-2022-mo-hinh-theo-linh-vuc');
    expect(thachHa?.extraFields).toEqual(['nong-thon-moi-do-thi-van-minh']);
    expect(thachHa?.commonTotal).toBe(110);
    expect(thachHa?.shares.find((s) => s.field === 'kinh-te')?.percentOfCommon).toBe(30.9);
    expect(thachHa?.shares.find((s) => s.field === 'quoc-phong-an-ninh')?.sourceLabel).toBe('An ninh – quốc phòng');
    expect(row('long-an-2024-mo-hinh-theo-linh-vuc-va-loai')?.extraFields).toEqual([]);
  });
});
