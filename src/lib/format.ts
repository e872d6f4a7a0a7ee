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

export type MoneyScale = (typeof MONEY_STEPS)[number]['word'] | 'đồng';

/** True when `dong` reads exactly in this step with at most one decimal ("1,2 tỷ", "254,6 triệu"). */
function fitsStep(dong: number, size: number): boolean {
  const scaled = (dong / size) * 10;
  return Math.abs(Math.round(scaled) - scaled) < 1e-6;
}

/**
 * Money in đồng, in the words a Vietnamese reader expects: 1200000000 → "1,2 tỷ đồng",
 * 632000000 → "632 triệu đồng", 1329000000 → "1.329 triệu đồng", 39809000 → "39.809.000 đồng".
 * A short form keeps at most one decimal: "1,329 tỷ" or "39,809 triệu" read as thousands to many.
 * `scale` forces one step, so that a table uses one scale throughout (see moneyScale).
 */
export function formatMoney(dong: number, scale?: MoneyScale): string {
  if (scale === 'đồng') return `${formatNumber(dong)} đồng`;
  for (const step of MONEY_STEPS) {
    if (scale !== undefined && step.word !== scale) continue;
    if ((scale !== undefined || dong >= step.size) && fitsStep(dong, step.size)) {
      return `${formatNumber(dong / step.size, 1)} ${step.word} đồng`;
    }
  }
  return `${formatNumber(dong)} đồng`;
}

/** The one scale that writes every amount of a table exactly: the largest step all of them fit. */
export function moneyScale(amounts: number[]): MoneyScale {
  if (amounts.length === 0) return 'đồng';
  for (const step of MONEY_STEPS) {
    if (amounts.every((dong) => dong >= step.size / 10 && fitsStep(dong, step.size))) return step.word;
  }
  return 'đồng';
}

/** A value with its unit: "4.200 m²", "92,1%", "1,2 tỷ đồng", "138 mô hình". */
export function formatValue(value: number, unit: string, scale?: MoneyScale): string {
  if (unit === 'đồng') return formatMoney(value, scale);
  if (unit === '%') return `${formatNumber(value)}%`;
  return `${formatNumber(value)} ${unit}`;
}

/** Value with its qualifier: "hơn 4 tỷ đồng", "từ 92,1%". */
export function formatQualified(value: number, unit: string, qualifier: Qualifier = 'exact', scale?: MoneyScale): string {
  const prefix = QUALIFIERS.find((q) => q.id === qualifier)?.prefix ?? '';
  const suffix = qualifier === 'atLeast' ? ' trở lên' : '';
  return `${prefix}${formatValue(value, unit, scale)}${suffix}`;
}

/** Percentage of a whole, to the given decimals: (2148, 2614) → 82.17. */
export function percentOf(part: number, whole: number, decimals = 2): number {
  const factor = 10 ** decimals;
  return Math.round((part / whole) * 100 * factor) / factor;
}
