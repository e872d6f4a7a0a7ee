/**
 * `npm run fonts`: makes the heading font from the Be Vietnam Pro package (@expo-google-fonts/be-vietnam-pro,
 * the one the share images use), so no binary in the repository is made by hand.
 *
 * - src/assets/fonts/be-vietnam-pro-600.woff2: SemiBold (the weight of h1–h3), cut with HarfBuzz
 *   (subset-font) to basic Latin, Latin-1, every Vietnamese letter with its tone marks (precomposed and
 *   combining), the đồng sign and common punctuation. Hinting is dropped (phones do not use it).
 * - src/styles/fonts.css: its @font-face (font-display: swap) and fallback faces on Arial Bold (or its
 *   metric twin Liberation Sans Bold) and Roboto, scaled with size-adjust and the ascent/descent/line-gap
 *   overrides so a heading in the fallback takes the room it will take in Be Vietnam Pro (no layout shift
 *   when the font arrives). The metrics are read from the font file (@capsizecss/unpack) and, for the
 *   system fonts, from @capsizecss/metrics, as Capsize and next/font do.
 *
 * src/lib/fonts.test.ts fails when either file differs from what this script makes now.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { fromBuffer } from '@capsizecss/unpack';
import arial from '@capsizecss/metrics/arial';
import roboto from '@capsizecss/metrics/roboto';

/**
 * Arial Bold: Arial's vertical metrics (the same in both weights) and its bold average width, 983/2048, as
 * Capsize measures it on Liberation Sans Bold, Arial Bold's metric twin (same advance widths by design).
 * A bold fallback face keeps the browser from widening a regular one with synthetic bold.
 */
const arialBold = { ...arial, xWidthAvg: 983 };

export const FONT_SOURCE = fileURLToPath(import.meta.resolve('@expo-google-fonts/be-vietnam-pro/600SemiBold/BeVietnamPro_600SemiBold.ttf'));
export const FONT_FILE = fileURLToPath(new URL('../src/assets/fonts/be-vietnam-pro-600.woff2', import.meta.url));
export const FONT_CSS = fileURLToPath(new URL('../src/styles/fonts.css', import.meta.url));

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');

/** Every character the font keeps. */
export const CHARACTERS = [
  range(0x20, 0x7e), // basic Latin
  range(0xa0, 0xff), // Latin-1: nbsp, « », °, ², à á â ã è é ê ì í ò ó ô õ ù ú ý …
  'ĂăĐđĨĩŨũƠơƯư', // the other Vietnamese letters
  range(0x1ea0, 0x1ef9), // Vietnamese letters with tone marks: Ạ ạ … ỹ
  '\u0300\u0301\u0303\u0309\u0323', // the five tone marks as combining characters (decomposed text)
  '\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2022\u2039\u203a\u20ab\u2212', // – — ‘ ’ “ ” … • ‹ › ₫ − (the font has no ′ ″ №)
].join('');

const round = (value: number) => `${(value * 100).toFixed(2).replace(/\.?0+$/, '')}%`;

interface Metrics {
  ascent: number;
  descent: number;
  lineGap: number;
  unitsPerEm: number;
  xWidthAvg: number;
}

/** A fallback face: `local()` fonts scaled to Be Vietnam Pro's average width and vertical metrics. */
function fallbackFace(name: string, locals: string[], weight: number, font: Metrics, fallback: Metrics): string {
  const sizeAdjust = font.xWidthAvg / font.unitsPerEm / (fallback.xWidthAvg / fallback.unitsPerEm);
  return `@font-face {
  font-family: '${name}';
  src: ${locals.map((local) => `local('${local}')`).join(', ')};
  font-weight: ${weight};
  size-adjust: ${round(sizeAdjust)};
  ascent-override: ${round(font.ascent / font.unitsPerEm / sizeAdjust)};
  descent-override: ${round(Math.abs(font.descent) / font.unitsPerEm / sizeAdjust)};
  line-gap-override: ${round(font.lineGap / font.unitsPerEm / sizeAdjust)};
}`;
}

export async function makeFonts(): Promise<{ woff2: Buffer; css: string }> {
  const ttf = readFileSync(FONT_SOURCE);
  const woff2 = await subsetFont(ttf, CHARACTERS, { targetFormat: 'woff2', noHinting: true });
  const metrics = await fromBuffer(ttf);
  const css = `/* Made by \`npm run fonts\` (scripts/fonts.ts) from @expo-google-fonts/be-vietnam-pro: do not edit. */
@font-face {
  font-family: 'Be Vietnam Pro';
  src: url('../assets/fonts/be-vietnam-pro-600.woff2') format('woff2');
  font-weight: 600;
  font-style: normal;
  font-display: swap;
}
${fallbackFace('Be Vietnam Pro fallback', ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold'], 600, metrics, arialBold)}
${fallbackFace('Be Vietnam Pro fallback Roboto', ['Roboto', 'Roboto-Regular'], 400, metrics, roboto)}
`;
  return { woff2: Buffer.from(woff2), css };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { woff2, css } = await makeFonts();
  writeFileSync(FONT_FILE, woff2);
  writeFileSync(FONT_CSS, css);
  console.log(`${FONT_FILE}: ${woff2.length} bytes; ${FONT_CSS} written`);
}
