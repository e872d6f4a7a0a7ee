/**
 * Which characters the share-image font (Be Vietnam Pro, src/lib/share-image.ts) can draw, read from
 * the font's own character map (the TrueType "cmap" table, formats 4 and 12). Satori leaves a blank gap
 * for any other character, such as an emoji; the content check names them instead.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const FONT = '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf';

/** Code point ranges [first, last] mapped to a glyph by the font's Unicode cmap subtables. */
export function cmapRanges(font: Buffer): [number, number][] {
  const tables = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    if (font.toString('latin1', record, record + 4) === 'cmap') cmap = font.readUInt32BE(record + 8);
  }
  if (cmap < 0) return [];
  const ranges: [number, number][] = [];
  const subtables = font.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const platform = font.readUInt16BE(cmap + 4 + i * 8);
    const offset = cmap + font.readUInt32BE(cmap + 4 + i * 8 + 4);
    if (platform !== 0 && platform !== 3) continue;
    const format = font.readUInt16BE(offset);
    if (format === 4) {
      const segments = font.readUInt16BE(offset + 6) / 2;
      const ends = offset + 14;
      const starts = ends + segments * 2 + 2;
      for (let s = 0; s < segments; s++) {
        const end = font.readUInt16BE(ends + s * 2);
        const start = font.readUInt16BE(starts + s * 2);
        if (start !== 0xffff) ranges.push([start, end]);
      }
    } else if (format === 12) {
      const groups = font.readUInt32BE(offset + 12);
      for (let g = 0; g < groups; g++) {
        const group = offset + 16 + g * 12;
        ranges.push([font.readUInt32BE(group), font.readUInt32BE(group + 4)]);
      }
    }
  }
  return ranges;
}

let ranges: [number, number][] | undefined;
const covered = (code: number) => (ranges ??= cmapRanges(readFileSync(require.resolve(FONT)))).some(([a, b]) => code >= a && code <= b);

/** Characters of `text` the share-image font cannot draw (spaces and joiners aside), each once. */
export function undrawable(text: string): string[] {
  const missing = new Set<string>();
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0)!;
    // Whitespace, zero-width joiners and variation selectors take no glyph of their own.
    if (/\s/.test(char) || code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f)) continue;
    if (!covered(code)) missing.add(char);
  }
  return [...missing];
}
