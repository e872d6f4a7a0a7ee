import { QUALIFIERS, type Qualifier } from './vocabulary.ts';

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** Vietnamese number: 4200 → "4.200", 92.1 → "92,1". */
export function formatNumber(value: number, maximumFractionDigits = 2): string {
  if (maximumFractionDigits === 2) return numberFormat.format(value);
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits }).format(value);
}

const MONEY_STEPS = [
  { size: 1e9, word: 'tỷ' },
  { size: 1e6, word: 'triệu' },
] as const;

/**
 * Money in đồng, in the words a Vietnamese reader expects: 1200000000 → "1,2 tỷ đồng",
 * 632000000 → "632 triệu đồng", 39809000 → "39.809.000 đồng" (kept exact when it does not round cleanly).
 */
export function formatMoney(dong: number): string {
  for (const step of MONEY_STEPS) {
    if (dong >= step.size) {
      const scaled = dong / step.size;
      // Only use the short form when it loses nothing (at most three decimals, as sources write them).
      if (Math.abs(Math.round(scaled * 1000) - scaled * 1000) < 1e-6) {
        return `${formatNumber(scaled, 3)} ${step.word} đồng`;
      }
    }
  }
  return `${formatNumber(dong)} đồng`;
}

/** A value with its unit: "4.200 m²", "92,1%", "1,2 tỷ đồng", "138 mô hình". */
export function formatValue(value: number, unit: string): string {
  if (unit === 'đồng') return formatMoney(value);
  if (unit === '%') return `${formatNumber(value)}%`;
  return `${formatNumber(value)} ${unit}`;
}

/** Value with its qualifier: "hơn 4 tỷ đồng", "từ 92,1%". */
export function formatQualified(value: number, unit: string, qualifier: Qualifier = 'exact'): string {
  const prefix = QUALIFIERS.find((q) => q.id === qualifier)?.prefix ?? '';
  const suffix = qualifier === 'atLeast' ? ' trở lên' : '';
  return `${prefix}${formatValue(value, unit)}${suffix}`;
}

/** Percentage of a whole, to the given decimals: (2148, 2614) → 82.17. */
export function percentOf(part: number, whole: number, decimals = 2): number {
  const factor = 10 ** decimals;
  return Math.round((part / whole) * 100 * factor) / factor;
}
