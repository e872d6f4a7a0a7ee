/**
 * Originality check: finds runs of consecutive words that our text shares with a source article.
 *
 * Facts carry over from the sources; sentences do not. Texts are compared as word sequences after
 * normalisation (NFC, lower case, tone marks folded so "hoà" and "hòa" compare equal, punctuation,
 * Markdown and MDX tags removed, every number or figure component reduced to "#"). A source is held
 * as a fingerprint: the set of hashes of its n-word sequences (n-grams), so the check can run without
 * the source text itself. A shared run is a maximal stretch of our words covered by n-grams that
 * occur in the source; overlapping n-grams from two places in the source can join into one run,
 * which errs on the side of reporting.
 */
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from './content-files.ts';
import { foldVietnamese } from './slugify.ts';

/** One word of a text, as written and as compared. */
export interface Token {
  /** The word in lower case (NFC), as shown in reports. */
  word: string;
  /** The comparison key: tone marks folded, đ → d; "#" for any number or figure. */
  key: string;
  /** True when the word stands inside quotation marks (“…” or "…") in our text. */
  quoted: boolean;
}

/** A phrase that may be shared with a source, and why. */
export interface Exemption {
  /** The phrase, e.g. an official name; matched as a word sequence after normalisation. */
  text: string;
  /** Why it may be copied (official name, title, quotation…). */
  why: string;
  /** Only exempt where our text puts it inside quotation marks (for quotations). */
  quotedOnly?: boolean;
}

/** A stretch of our text that a source also contains. */
export interface SharedRun {
  /** The words of the run, as written in our text (normalised). */
  text: string;
  /** Number of words in the run. */
  length: number;
  /** Words in the run that no exemption covers: the figure the thresholds apply to. */
  counted: number;
}

/** Where a figure component (<Figure />, <Fact />) stands in prose: it reads like a number. */
const FIGURE_PLACEHOLDER = ' 0 ';
/** Breaks the text where a block component stands, so no run crosses it. */
const SEGMENT_BREAK = '\n\u0000\n';

const OPENING_QUOTES = new Set(['“', '«']);
const CLOSING_QUOTES = new Set(['”', '»']);
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Splits a text into tokens. Runs of digits (with their separators, as in "4.200" or "1,2") become one
 * "#" token, so "4.200 m²" and "4200 m²" compare equal and a figure component matches any number.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const normalised = text.normalize('NFC').toLowerCase();
  let quoted = false;
  let straightQuoted = false;
  let last = 0;
  const flipQuotes = (between: string) => {
    for (const char of between) {
      if (OPENING_QUOTES.has(char)) quoted = true;
      else if (CLOSING_QUOTES.has(char)) quoted = false;
      else if (char === '"') straightQuoted = !straightQuoted;
    }
  };
  for (const match of normalised.matchAll(WORD)) {
    const between = normalised.slice(last, match.index);
    flipQuotes(between);
    last = match.index + match[0].length;
    const word = match[0];
    const isNumber = /^\p{N}+$/u.test(word);
    const previous = tokens.at(-1);
    // "4.200", "1,2", "2010-2020": digits joined by one separator stay one number.
    if (isNumber && previous?.key === '#' && /^[.,]$/.test(between)) {
      previous.word += between + word;
      continue;
    }
    tokens.push({ word, key: isNumber ? '#' : foldVietnamese(word), quoted: quoted || straightQuoted });
  }
  return tokens;
}

/** 32-bit FNV-1a hash of an n-gram's keys, in base 36: short, stable, enough for a few thousand n-grams. */
export function hashGram(keys: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const char of keys.join(' ')) {
    const code = char.codePointAt(0) ?? 0;
    hash ^= code & 0xff;
    hash = Math.imul(hash, 0x01000193);
    if (code > 0xff) {
      hash ^= code >>> 8;
      hash = Math.imul(hash, 0x01000193);
    }
  }
  return (hash >>> 0).toString(36);
}

/** The hashes of every n-word sequence of a text (segments separated by block breaks are not joined). */
export function fingerprint(text: string, n: number): Set<string> {
  const hashes = new Set<string>();
  for (const segment of text.split(SEGMENT_BREAK)) {
    const keys = tokenize(segment).map((t) => t.key);
    for (let i = 0; i + n <= keys.length; i++) hashes.add(hashGram(keys.slice(i, i + n)));
  }
  return hashes;
}

/** A text split into segments, each with its tokens, its n-gram hashes and which words are exempt. */
export interface PreparedText {
  n: number;
  segments: { tokens: Token[]; grams: string[]; exempt: boolean[] }[];
}

/** Exemptions indexed by their first word, for a quick scan of long texts. */
function indexExemptions(exemptions: readonly Exemption[]): Map<string, { keys: string[]; quotedOnly: boolean }[]> {
  const index = new Map<string, { keys: string[]; quotedOnly: boolean }[]>();
  for (const exemption of exemptions) {
    const keys = tokenize(exemption.text).map((t) => t.key);
    const first = keys[0];
    if (first === undefined) continue;
    index.set(first, [...(index.get(first) ?? []), { keys, quotedOnly: exemption.quotedOnly ?? false }]);
  }
  return index;
}

/** Marks the tokens an exemption covers (where its words appear in sequence, and quoted if it must be). */
function exemptMask(tokens: readonly Token[], index: ReturnType<typeof indexExemptions>): boolean[] {
  const mask = tokens.map(() => false);
  tokens.forEach((token, i) => {
    for (const { keys, quotedOnly } of index.get(token.key) ?? []) {
      const span = tokens.slice(i, i + keys.length);
      if (span.length !== keys.length || !keys.every((key, k) => span[k]?.key === key)) continue;
      if (quotedOnly && !span.every((t) => t.quoted)) continue;
      for (let k = 0; k < keys.length; k++) mask[i + k] = true;
    }
  });
  return mask;
}

/** Tokenises a text once, so it can be checked against many sources. */
export function prepare(text: string, n: number, exemptions: readonly Exemption[] = []): PreparedText {
  const index = indexExemptions(exemptions);
  return {
    n,
    segments: text.split(SEGMENT_BREAK).map((segment) => {
      const tokens = tokenize(segment);
      const keys = tokens.map((t) => t.key);
      const grams: string[] = [];
      for (let i = 0; i + n <= keys.length; i++) grams.push(hashGram(keys.slice(i, i + n)));
      return { tokens, grams, exempt: exemptMask(tokens, index) };
    }),
  };
}

export interface RunOptions {
  /** Length of the n-grams the fingerprint holds. */
  n: number;
  /** Report runs with at least this many counted (non-exempt) words. Defaults to n. */
  minLength?: number;
  /** Phrases that may be shared. */
  exemptions?: readonly Exemption[];
}

/**
 * Every run of our text that also appears in the source behind `seed`, longest first. Give a prepared
 * text (with `prepare`) to check one text against several sources.
 */
export function sharedRuns(text: string | PreparedText, seed: ReadonlySet<string>, options: RunOptions): SharedRun[] {
  const prepared = typeof text === 'string' ? prepare(text, options.n, options.exemptions) : text;
  const { n } = prepared;
  const minLength = options.minLength ?? n;
  const runs: SharedRun[] = [];
  for (const { tokens, grams, exempt } of prepared.segments) {
    const covered = tokens.map(() => false);
    grams.forEach((gram, i) => {
      if (seed.has(gram)) for (let k = i; k < i + n; k++) covered[k] = true;
    });
    for (let start = 0; start < tokens.length; start++) {
      if (!covered[start]) continue;
      let end = start;
      while (end + 1 < tokens.length && covered[end + 1]) end++;
      const span = tokens.slice(start, end + 1);
      const counted = span.filter((_, k) => !exempt[start + k]).length;
      if (counted >= minLength) runs.push({ text: span.map((t) => t.word).join(' '), length: span.length, counted });
      start = end;
    }
  }
  return runs.sort((a, b) => b.counted - a.counted);
}

/** How many n-grams of our text occur in the source (a rough overlap figure, exemptions ignored). */
export function sharedGramCount(text: string | PreparedText, seed: ReadonlySet<string>, n: number): number {
  const prepared = typeof text === 'string' ? prepare(text, n) : text;
  return prepared.segments.reduce((sum, segment) => sum + segment.grams.filter((gram) => seed.has(gram)).length, 0);
}

/**
 * The prose of an MDX body: import/export lines, comments, expressions and tags removed, links reduced to
 * their text. Figure components become a number; other components break the text, so no run crosses them.
 */
export function mdxProse(body: string): string {
  return body
    .replace(/^(?:import|export)\s.*$/gm, '')
    .replace(/<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<(?:Figure|Fact)\b[^>]*\/>/g, FIGURE_PLACEHOLDER)
    .replace(/<\/?[A-Za-z][^>]*>/g, SEGMENT_BREAK)
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:#{1,6}|[-*+]|\d+\.|>)\s+/gm, '')
    .replace(/[*_`~]+/g, ' ')
    .replace(/\n\s*\n/g, SEGMENT_BREAK);
}

/** Keys whose values are identifiers, paths or dates, never prose. */
const NON_PROSE_KEYS = new Set(['id', 'ref', 'source', 'place', 'places', 'models', 'datasets', 'fields', 'src', 'file', 'parent', 'into']);

/** Every prose string in structured data (frontmatter, JSON), each its own segment. */
export function dataProse(data: unknown): string {
  const strings: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (NON_PROSE_KEYS.has(key)) return;
    // A value without a space (an id, a date, a unit) cannot hold a run of words.
    if (typeof value === 'string' && /\s/.test(value.trim())) strings.push(value);
    else if (Array.isArray(value)) for (const item of value) walk(item, key);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(data, '');
  return strings.join(SEGMENT_BREAK);
}

/** The whole prose of an MDX file: the strings of its frontmatter, then its body. */
export function fileProse(source: string): string {
  const parts = splitFrontmatter(source);
  if (!parts) return mdxProse(source);
  return joinProse([dataProse(parseYaml(parts.frontmatter)), mdxProse(parts.body)]);
}

/** Joins prose parts so that no run crosses from one to the next. */
export function joinProse(parts: readonly string[]): string {
  return parts.join(SEGMENT_BREAK);
}
