/**
 * Abbreviations the source articles themselves use, with the full form they stand for there
 * (DVK is how the Long An article writes “Dân vận khéo”). A query word is searched as written and
 * as its other form, both ways: "dvk" also finds "dân vận khéo", "bảo hiểm y tế" also finds "BHYT".
 * Only forms a source uses belong here, so a search never expands into words no page contains.
 */
import { fold, queryTerms } from './text.ts';

export interface Abbreviation {
  short: string;
  full: string;
  /** The source article (sources.json id) that writes it, or writes the full form of a name the site abbreviates. */
  source: string;
}

export const ABBREVIATIONS: readonly Abbreviation[] = [
  { short: 'DVK', full: 'Dân vận khéo', source: 'long-an-2024' },
  { short: 'MTTQ', full: 'Mặt trận Tổ quốc', source: 'long-an-2024' },
  { short: 'UBMTTQ', full: 'Ủy ban Mặt trận Tổ quốc', source: 'cho-moi-2021' },
  { short: 'KT-XH', full: 'kinh tế - xã hội', source: 'long-an-2024' },
  { short: 'BHYT', full: 'bảo hiểm y tế', source: 'long-an-2024' },
  { short: 'BHXH', full: 'bảo hiểm xã hội', source: 'thach-ha-2022' },
  { short: 'HĐND', full: 'Hội đồng nhân dân', source: 'cho-moi-2021' },
  { short: 'UBND', full: 'Ủy ban nhân dân', source: 'cho-moi-2021' },
  { short: 'LHPN', full: 'Liên hiệp Phụ nữ', source: 'nam-tra-my-2010-2020' },
  { short: 'HVPN', full: 'Hội viên phụ nữ', source: 'nam-tra-my-2010-2020' },
  { short: 'TNCS', full: 'Thanh niên Cộng sản', source: 'nam-tra-my-2010-2020' },
  { short: 'PCI', full: 'chỉ số năng lực cạnh tranh cấp tỉnh', source: 'long-an-2024' },
  { short: 'PAPI', full: 'chỉ số hiệu quả quản trị và hành chính công', source: 'long-an-2024' },
];

const asTerms = (text: string) => queryTerms(text);
const same = (a: string[], b: string[]) => a.length === b.length && a.every((w, i) => fold(w) === fold(b[i]!));
const sameReading = (a: string[], b: string[]) => same(a.join(' ').split(' '), b.join(' ').split(' '));

/** Most readings of one query: the query as typed first, then each form swapped (one at a time). */
export const MAX_READINGS = 4;

/**
 * The readings of a query: as typed, then with one abbreviation swapped for its full form or a full
 * form for its abbreviation. A full form stays one item, words joined by spaces, because it must be
 * found as a phrase ("hội viên và nhân dân" is not "Hội đồng nhân dân"):
 * ["dvk", "long", "an"] → [["dvk", "long", "an"], ["dân vận khéo", "long", "an"]].
 */
export function expandAbbreviations(terms: string[]): string[][] {
  const readings: string[][] = [terms];
  for (const { short, full } of ABBREVIATIONS) {
    for (const [from, to] of [
      [asTerms(short), asTerms(full)],
      [asTerms(full), asTerms(short)],
    ] as const) {
      for (let at = 0; at + from.length <= terms.length; at++) {
        if (!same(terms.slice(at, at + from.length), from)) continue;
        const reading = [...terms.slice(0, at), to.join(' '), ...terms.slice(at + from.length)];
        if (!readings.some((r) => sameReading(r, reading))) readings.push(reading);
      }
    }
  }
  return readings.slice(0, MAX_READINGS);
}
