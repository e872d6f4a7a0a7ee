import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetSchema, type Dataset } from '../schemas/stats.ts';
import { chartSpec } from './chart-spec.ts';

const load = (id: string): Dataset => datasetSchema.parse(JSON.parse(readFileSync(`content/stats/${id}.json`, 'utf8')));

const base = {
  title: 'Thử',
  summary: 'Thử',
  place: 'thach-ha',
  period: { from: '2022' },
  asOf: '2022',
  source: 'thach-ha-2022',
};

describe('chartSpec', () => {
  it('draws the parts of the relation by field, with the summary the issue asks for', () => {
    const spec = chartSpec(load('thach-ha-2022-mo-hinh-theo-linh-vuc'));
    expect(spec?.kind).toBe('bar');
    expect(spec?.items.map((i) => i.value)).toEqual([34, 28, 37, 20, 19]);
    expect(spec?.total?.value).toBe(138);
    expect(spec?.summary).toBe(
      'Biểu đồ cột: 138 mô hình, nhiều nhất lĩnh vực văn hóa – xã hội với 37, ít nhất lĩnh vực xây dựng Đảng, hệ thống chính trị với 19.',
    );
  });

  it('prefers the relation by field when a dataset declares several', () => {
    const spec = chartSpec(load('long-an-2024-mo-hinh-theo-linh-vuc-va-loai'));
    expect(spec?.items.map((i) => i.id)).toEqual(['kinh-te', 'van-hoa-xa-hoi', 'quoc-phong-an-ninh', 'xay-dung-he-thong-chinh-tri']);
  });

  it('describes parts of a whole with their shares', () => {
    const data = datasetSchema.parse({
      ...base,
      unit: 'mô hình',
      chart: 'doughnut',
      observations: [
        { id: 'tong', label: 'Tổng', value: 31, unit: 'mô hình' },
        { id: 'tap-the', label: 'Mô hình tập thể', value: 12, unit: 'mô hình' },
        { id: 'ca-nhan', label: 'Mô hình cá nhân', value: 19, unit: 'mô hình' },
      ],
      relations: [{ total: 'tong', parts: ['tap-the', 'ca-nhan'] }],
    });
    expect(chartSpec(data)?.summary).toBe(
      'Biểu đồ tròn: 31 mô hình, gồm mô hình tập thể 12 (38,7%, tính lại); mô hình cá nhân 19 (61,3%, tính lại).',
    );
  });

  it('names items as fields only in a breakdown by field', () => {
    const data = datasetSchema.parse({
      ...base,
      unit: 'hộ',
      chart: 'progress',
      observations: [
        {
          id: 'a',
          label: 'Hộ có nước sạch',
          value: 50,
          unit: 'hộ',
          field: 'nong-thon-moi-do-thi-van-minh',
          denominator: { value: 100, label: 'hộ' },
        },
        {
          id: 'b',
          label: 'Hộ có hàng rào',
          value: 60,
          unit: 'hộ',
          field: 'nong-thon-moi-do-thi-van-minh',
          denominator: { value: 100, label: 'hộ' },
        },
      ],
    });
    expect(chartSpec(data)?.summary).not.toContain('lĩnh vực');
  });

  it('draws rates as progress, from the stated percentage or the fraction', () => {
    const data = datasetSchema.parse({
      ...base,
      unit: 'hộ',
      chart: 'progress',
      observations: [
        { id: 'a', label: 'Hộ có nước sạch', value: 2148, unit: 'hộ', denominator: { value: 2614, label: 'tổng số hộ' } },
        { id: 'b', label: 'Hộ có hàng rào', value: 90, unit: 'hộ', denominator: { value: 100, label: 'hộ' }, statedPercent: 88 },
        { id: 'c', label: 'Số tiêu chí', value: 19, unit: 'tiêu chí' },
      ],
    });
    const spec = chartSpec(data);
    expect(spec?.items.map((i) => i.percent)).toEqual([82.2, 88]);
    expect(spec?.summary).toBe(
      'Biểu đồ mức đạt: 2 tỷ lệ, cao nhất hộ có hàng rào với 88%, thấp nhất hộ có nước sạch với 82,2% (tính lại).',
    );
  });

  it('names a chart of targets as targets, not as what was reached', () => {
    const data = datasetSchema.parse({
      ...base,
      unit: '%',
      chart: 'progress',
      observations: [
        { id: 'a', label: 'Tỷ lệ tổ tự quản đạt tiêu chí', value: 60, unit: '%', qualifier: 'atLeast', target: true },
        { id: 'b', label: 'Tỷ lệ xã có sản phẩm OCOP', value: 50, unit: '%', target: true },
      ],
    });
    expect(chartSpec(data)?.summary).toMatch(/^Biểu đồ chỉ tiêu \(mức phấn đấu, chưa phải kết quả\): 2 tỷ lệ/);
  });

  it('keeps "hơn" in the summary of a chart without a total', () => {
    const data = datasetSchema.parse({
      ...base,
      unit: 'đồng',
      observations: [
        { id: 'a', label: 'Khám bệnh miễn phí', value: 4e9, unit: 'đồng', qualifier: 'moreThan' },
        { id: 'b', label: 'Tặng thẻ', value: 1.2e9, unit: 'đồng' },
      ],
    });
    expect(chartSpec(data)?.summary).toBe(
      'Biểu đồ cột: 2 số liệu, nhiều nhất khám bệnh miễn phí với hơn 4 tỷ đồng, ít nhất tặng thẻ với 1,2 tỷ đồng.',
    );
  });

  it('draws nothing for chart "none", a single figure, or mixed units', () => {
    const one = { id: 'a', label: 'A', value: 1, unit: 'mô hình' };
    expect(
      chartSpec(datasetSchema.parse({ ...base, unit: 'mô hình', chart: 'none', observations: [one, { ...one, id: 'b' }] })),
    ).toBeNull();
    expect(chartSpec(datasetSchema.parse({ ...base, unit: 'mô hình', observations: [one] }))).toBeNull();
    const mixed = datasetSchema.parse({
      ...base,
      unit: 'mô hình',
      observations: [
        { ...one, id: 't', value: 3 },
        { ...one, id: 'b', value: 2 },
        { ...one, id: 'c', unit: 'hộ' },
      ],
      relations: [{ total: 't', parts: ['b', 'c'] }],
    });
    expect(chartSpec(mixed)).toBeNull();
  });
});
