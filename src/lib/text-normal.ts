/**
 * Text as typed in a web form may arrive decomposed (NFD: "ệ" as e + U+0323 + U+0302), which looks
 * the same but compares, sorts and searches differently. Content is normalised to NFC on read, and
 * the check says where a file was not; values that still look like an allowed one are shown with
 * their code points.
 */

/** `value` with every string (keys included) in NFC, and the dotted paths of the strings that changed. */
export function nfcDeep(value: unknown, path = ''): { value: unknown; changed: string[] } {
  const at = (key: string | number) => (path ? `${path}.${key}` : String(key));
  if (typeof value === 'string') {
    const nfc = value.normalize('NFC');
    return { value: nfc, changed: nfc === value ? [] : [path] };
  }
  if (Array.isArray(value)) {
    const items = value.map((item, i) => nfcDeep(item, at(i)));
    return { value: items.map((i) => i.value), changed: items.flatMap((i) => i.changed) };
  }
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    const changed: string[] = [];
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const nfcKey = key.normalize('NFC');
      if (nfcKey !== key) changed.push(at(key));
      const inner = nfcDeep(item, at(nfcKey));
      // defineProperty, not assignment: a key "__proto__" stays a plain key.
      Object.defineProperty(out, nfcKey, { value: inner.value, enumerable: true, writable: true, configurable: true });
      changed.push(...inner.changed);
    }
    return { value: out, changed };
  }
  return { value, changed: [] };
}

/** The key two names share when they are "the same name": NFC, then Unicode case folding. */
export const nameKey = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

/** "đ (U+0111) a (U+0061)…": each character of `text` with its code point. */
export function codePoints(text: string): string {
  return [...text].map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}

/** True when `a` and `b` differ but a reader could not tell them apart (same after NFKC, case, or look-alike letters). */
export function looksAlike(a: string, b: string): boolean {
  if (a === b) return false;
  const fold = (text: string) =>
    [...text.normalize('NFKD')]
      .map((char) => CONFUSABLES[char] ?? char)
      .join('')
      .normalize('NFKC')
      .toLowerCase();
  return fold(a) === fold(b);
}

/** Cyrillic and Greek letters that look like Latin ones, and "ð" for "đ". */
const CONFUSABLES: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ѕ: 's',
  ј: 'j',
  һ: 'h',
  ο: 'o',
  α: 'a',
  ν: 'v',
  ι: 'i',
  ð: 'đ',
  Ð: 'Đ',
  '\u00a0': ' ',
  '\u200b': '',
  '\u200c': '',
  '\u200d': '',
  '\u2060': '',
  '\ufeff': '',
};

/** Where two look-alike strings differ: `ký tự thứ 2 gõ vào là "а" U+0430, đúng là "a" U+0061`. */
export function describeDifference(typed: string, expected: string): string {
  const a = [...typed];
  const b = [...expected];
  if (a.length === b.length) {
    const diffs = a.flatMap((char, i) =>
      char === b[i] ? [] : [`ký tự thứ ${i + 1} gõ vào là "${char}" ${codePoints(char)}, đúng là "${b[i]}" ${codePoints(b[i]!)}`],
    );
    return diffs.join('; ');
  }
  return `gõ vào là ${codePoints(typed)}; đúng là ${codePoints(expected)}`;
}
