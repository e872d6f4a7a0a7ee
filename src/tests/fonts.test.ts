/**
 * The heading font (scripts/fonts.ts, issue 13): the committed files are exactly what the script makes from
 * the Be Vietnam Pro package today, and the font draws every Vietnamese letter with every tone mark.
 */
import { readFileSync } from 'node:fs';
import { create } from 'fontkitten';
import { describe, expect, it } from 'vitest';
import { CHARACTERS, FONT_CSS, FONT_FILE, makeFonts } from '../../scripts/fonts.ts';
import { FONT_BUDGET } from './weight.ts';

/** Every Vietnamese letter, upper and lower case, with each of the five tone marks and none. */
function vietnameseLetters(): string[] {
  const bases = 'aăâeêioôơuưy'.split('');
  const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
  const letters = bases.flatMap((base) => tones.map((tone) => `${base}${tone}`.normalize('NFC')));
  letters.push('đ');
  return [...letters, ...letters.map((letter) => letter.toUpperCase())];
}

describe('heading font', () => {
  it('is what `npm run fonts` makes now (run it after changing the script or the font package)', async () => {
    const made = await makeFonts();
    expect(readFileSync(FONT_CSS, 'utf8')).toBe(made.css);
    expect(readFileSync(FONT_FILE).equals(made.woff2), `${FONT_FILE} is stale: run npm run fonts`).toBe(true);
  }, 60_000);

  it('draws every Vietnamese letter with its tone marks, basic Latin and the listed punctuation', () => {
    const font = create(readFileSync(FONT_FILE));
    if (!('hasGlyphForCodePoint' in font)) throw new Error(`${FONT_FILE} is a font collection, not one font`);
    expect(font.type).toBe('WOFF2');
    const letters = vietnameseLetters();
    expect(letters).toHaveLength(146);
    const missing = [...letters, ...CHARACTERS]
      .flatMap((text) => [...text])
      .filter((char) => !font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0));
    expect(missing).toEqual([]);
  });

  it('fits the font budget', () => {
    expect(readFileSync(FONT_FILE).length).toBeLessThanOrEqual(FONT_BUDGET);
  });
});
