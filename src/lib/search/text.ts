/**
 * Vietnamese text handling for search, shared by the browser (the search page) and Node (tests,
 * bench). No DOM, no Pagefind: plain functions over strings.
 *
 * Pagefind ≥ 1.5 already matches toneless queries ("nha luoi" finds "nhà lưới"), because it strips
 * combining marks. "đ" is a letter of its own, not d plus a mark, so "dang" never finds "Đảng".
 * In Vietnamese, đ only ever starts a syllable, so a typed word beginning with "d" has exactly one
 * other reading, with "đ": the search runs both readings (see dVariants).
 */

/** Lower case, tone and vowel marks removed, đ → d: the form two spellings are compared in. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

const WORD = /[\p{L}\p{N}]+(?:[.,][\p{N}]+)*/gu;

/** The words of a query, lower case, in typing order; punctuation and quotes dropped. */
export function queryTerms(query: string): string[] {
  return (query.normalize('NFC').toLowerCase().match(WORD) ?? []).slice(0, 12);
}

/** Most readings tried for one query; each costs a search (in memory, the index is shared). */
export const MAX_VARIANTS = 8;

/**
 * The readings of a query when "d" may stand for "đ": "dan van kheo" → ["dan van kheo",
 * "đan van kheo"]. The query as typed comes first. Words already containing đ, or not starting
 * with d, have one reading. Capped at MAX_VARIANTS, earlier words varied first.
 */
export function dVariants(terms: string[]): string[][] {
  let variants: string[][] = [[]];
  for (const term of terms) {
    const readings = term.startsWith('d') ? [term, `đ${term.slice(1)}`] : [term];
    const next = variants.flatMap((variant) => readings.map((reading) => [...variant, reading]));
    variants = next.length <= MAX_VARIANTS ? next : variants.map((variant) => [...variant, term]);
  }
  return variants;
}

/** Words of a text, folded, for comparing with folded query terms. */
export const foldedWords = (text: string) => fold(text).match(WORD) ?? [];

/**
 * True when the terms occur one after another in `text` (folded), the last one possibly
 * unfinished, as someone still typing: "nha lu" is in "Nhà lưới".
 */
export function containsPhrase(text: string, terms: string[]): boolean {
  if (terms.length === 0) return false;
  const words = foldedWords(text);
  const wanted = terms.map(fold);
  const last = wanted.length - 1;
  for (let start = 0; start + wanted.length <= words.length; start++) {
    if (wanted.every((term, i) => (i === last ? words[start + i]!.startsWith(term) : words[start + i] === term))) return true;
  }
  return false;
}

/** How many terms appear in `text` as whole words (folded), the last one possibly unfinished. */
export function wordsFound(text: string, terms: string[]): number {
  const words = new Set(foldedWords(text));
  const last = terms.length - 1;
  return terms.filter((term, i) => {
    const folded = fold(term);
    return words.has(folded) || (i === last && [...words].some((word) => word.startsWith(folded)));
  }).length;
}

export interface TextPart {
  text: string;
  mark: boolean;
}

/**
 * Splits `text` into parts, marking the words that match a term, folded ("dang" marks "Đảng"):
 * the whole word, or for the last term, still being typed, its start. For titles, which Pagefind
 * does not highlight.
 */
export function highlight(text: string, terms: string[]): TextPart[] {
  const folded = terms.map(fold).filter(Boolean);
  const last = folded.length - 1;
  const matches = (word: string) => folded.some((term, i) => word === term || (i === last && word.startsWith(term)));
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(WORD)) {
    if (!matches(fold(match[0]))) continue;
    if (match.index > at) parts.push({ text: text.slice(at, match.index), mark: false });
    parts.push({ text: match[0], mark: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * Pagefind's excerpt is HTML: the page text with entities encoded and matches in <mark>. This
 * turns it into parts, so the page builds text nodes instead of parsing HTML.
 */
export function excerptParts(excerpt: string): TextPart[] {
  const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter(Boolean)
    .map((chunk) =>
      chunk.startsWith('<mark>')
        ? { text: decode(chunk.slice(6, -7)), mark: true }
        : { text: decode(chunk.replace(/<[^>]*>/g, '')), mark: false },
    );
}
