import { describe, expect, it } from 'vitest';
import { dateSortKey, formatDate, formatDateLong, formatPeriod, parsePartialDate, sourceDateNote } from './dates.ts';

describe('sourceDateNote', () => {
  it('says when the source speaks, as precisely as it knows', () => {
    expect(sourceDateNote({ date: '2022-12-23', covers: { from: '2022' } })).toBe('bài ngày 23/12/2022');
    expect(sourceDateNote({ date: '2024', covers: { from: '2024' } })).toBe('bài năm 2024');
    expect(sourceDateNote({ covers: { from: '2010', to: '2020' } })).toBe('bài không ghi ngày, nói về 2010–2020');
  });
});

describe('formatPeriod of a running total', () => {
  it('says “đến” and no start year', () => {
    expect(formatPeriod({ from: '2024', cumulative: true })).toBe('đến 2024');
  });
});

describe('parsePartialDate', () => {
  it('accepts full and partial dates', () => {
    expect(parsePartialDate('2022-12-23')).toEqual({ year: 2022, month: 12, day: 23 });
    expect(parsePartialDate('2024-07')).toEqual({ year: 2024, month: 7 });
    expect(parsePartialDate('2024')).toEqual({ year: 2024 });
  });
  it('rejects impossible and malformed dates', () => {
    expect(parsePartialDate('2022-02-30')).toBeNull();
    expect(parsePartialDate('2023-02-29')).toBeNull();
    expect(parsePartialDate('2022-13')).toBeNull();
    expect(parsePartialDate('23/12/2022')).toBeNull();
    expect(parsePartialDate('')).toBeNull();
  });
  it('accepts 29 February in a leap year', () => {
    expect(parsePartialDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });
});

describe('formatDate', () => {
  it('writes dd/mm/yyyy', () => {
    expect(formatDate('2022-12-23')).toBe('23/12/2022');
    expect(formatDate('2021-01-02')).toBe('02/01/2021');
    expect(formatDate('2024-07')).toBe('07/2024');
    expect(formatDate('2024')).toBe('2024');
  });
  it('spells dates out for citations', () => {
    expect(formatDateLong('2022-12-23')).toBe('ngày 23 tháng 12 năm 2022');
    expect(formatDateLong('2024')).toBe('năm 2024');
  });
  it('formats periods', () => {
    expect(formatPeriod({ from: '2010', to: '2020' })).toBe('2010–2020');
    expect(formatPeriod({ from: '2022' })).toBe('2022');
  });
  it('sorts partial dates by their first day', () => {
    expect(dateSortKey('2024')).toBe('2024-01-01');
    expect(['2024', '2022-12-23', '2024-03'].sort((a, b) => dateSortKey(a).localeCompare(dateSortKey(b)))).toEqual([
      '2022-12-23',
      '2024',
      '2024-03',
    ]);
  });
});
