import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber, formatQualified, formatValue, percentOf, moneyScale } from './format.ts';

describe('formatNumber', () => {
  it('uses Vietnamese separators', () => {
    expect(formatNumber(4200)).toBe('4.200');
    expect(formatNumber(92.1)).toBe('92,1');
    expect(formatNumber(1329000000)).toBe('1.329.000.000');
    expect(formatNumber(0)).toBe('0');
  });
});

describe('formatMoney', () => {
  it('uses tỷ and triệu when nothing is lost', () => {
    expect(formatMoney(1_200_000_000)).toBe('1,2 tỷ đồng');
    expect(formatMoney(632_000_000)).toBe('632 triệu đồng');
    expect(formatMoney(50_000_000_000)).toBe('50 tỷ đồng');
    expect(formatMoney(1_722_000_000)).toBe('1.722 triệu đồng');
  });
  it('falls back to a smaller step, then to the exact amount', () => {
    expect(formatMoney(2_525_900_000)).toBe('2.525,9 triệu đồng');
    expect(formatMoney(1_329_000_000)).toBe('1.329 triệu đồng');
    expect(formatMoney(39_809_000)).toBe('39.809.000 đồng');
    expect(formatMoney(123_456)).toBe('123.456 đồng');
  });
});

describe('moneyScale', () => {
  it('picks one scale that writes every amount of a table exactly', () => {
    expect(moneyScale([50_000_000_000, 15_000_000_000, 500_000_000, 50_000_000])).toBe('triệu');
    expect(moneyScale([1_200_000_000, 4_000_000_000])).toBe('tỷ');
    expect(moneyScale([39_809_000, 254_600_000])).toBe('đồng');
    expect(formatMoney(500_000_000, 'triệu')).toBe('500 triệu đồng');
    expect(formatMoney(50_000_000_000, 'triệu')).toBe('50.000 triệu đồng');
  });
});

describe('formatValue and formatQualified', () => {
  it('formats units', () => {
    expect(formatValue(4200, 'm²')).toBe('4.200 m²');
    expect(formatValue(82.17, '%')).toBe('82,17%');
    expect(formatValue(138, 'mô hình')).toBe('138 mô hình');
  });
  it('words qualifiers as the sources do', () => {
    expect(formatQualified(4_000_000_000, 'đồng', 'moreThan')).toBe('hơn 4 tỷ đồng');
    expect(formatQualified(92.1, '%', 'atLeast')).toBe('từ 92,1% trở lên');
    expect(formatQualified(632_000_000, 'đồng', 'estimate')).toBe('khoảng 632 triệu đồng');
  });
});

describe('percentOf', () => {
  it('rounds to the requested decimals', () => {
    expect(percentOf(2148, 2614)).toBe(82.17);
    expect(percentOf(2522, 2614, 1)).toBe(96.5);
    expect(percentOf(1673, 2614, 0)).toBe(64);
  });
});
