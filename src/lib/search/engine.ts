/**
 * The search itself, over Pagefind's JavaScript API: it runs in the browser on /tim-kiem/ and, in
 * the bench and tests, in Chromium against the real built site. Pagefind finds the candidates; this
 * module adds what Vietnamese needs and Pagefind lacks:
 *
 * 1. d/đ: a word typed with "d" is also searched with "đ" (dVariants); a page keeps its best score.
 * 2. Phrases: Pagefind matches each word alone and as a prefix, so "nha luoi" also matches "nhân",
 *    "nhanh", "lười"… A second, exact-phrase search ("…" in Pagefind) finds pages where the words
 *    stand together; those come first.
 * 3. Titles: among the first RERANK_DEPTH results, a page whose title (or alias, or person's name)
 *    holds the whole phrase comes first, the closer the title is to the query the higher; then
 *    pages with the phrase in their text; then pages with more query words in the title.
 * 4. Precision: Pagefind also answers with pages that hold only the start of a word ("lan" finds
 *    "lăng"). A result must hold every query word as a whole word (the last one may be a prefix
 *    while the reader is still typing), the words near one another (nearWords). Each word is looked
 *    up on its own, as an exact term ("…") for the pages holding it whole and bare for its positions,
 *    so the check costs index lookups, not page downloads. Pages that fail it are not results; when
 *    nothing matches, the best of them are offered apart, as near pages.
 * 5. Abbreviations the sources use ("DVK", "BHYT") are searched both ways (abbreviations.ts).
 */
import { expandAbbreviations } from './abbreviations.ts';
import { containsPhrase, dVariants, queryTerms, wordsFound } from './text.ts';

/** The parts of Pagefind's JS API (pagefind.js) this module uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init?(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
export interface PagefindSearchOptions {
  filters?: Record<string, string | string[]>;
  sort?: Record<string, 'asc' | 'desc'>;
}
export interface PagefindSearch {
  results: PagefindResult[];
}
export interface PagefindResult {
  id: string;
  score: number;
  /** Positions, in the page's words, of the words that matched. */
  words?: number[];
  data(): Promise<PagefindData>;
}
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/**
 * Pagefind ranking options, tuned on the relevance set (scripts/bench/search-queries.json, see
 * README › Search):
 * - termFrequency 0: rank by how often (and how prominently) the words occur, not by their share of
 *   the page. Stories are long; a name said once in a story is no weaker than in a short profile.
 * - metaWeights 0 for place, type and when: these are shown in results, not searched. Otherwise
 *   every page inside a district matches the district's name through its metadata, and the
 *   shortest such page, not the district's own page, comes first.
 */
export const RANKING = { termFrequency: 0, metaWeights: { place: 0, type: 0, when: 0 } };

/**
 * How many of the first results are re-ordered by title and phrase. Their data (one small file
 * each) is loaded to read titles; the search page shows ten results at a time and loads those
 * anyway, so re-ranking ten costs no extra bytes. Twenty gave the same relevance here and cost
 * about 15 KB more on a first query.
 */
export const RERANK_DEPTH = 10;

export interface Hit {
  id: string;
  /** Pagefind's score (the best over the d/đ readings). */
  score: number;
  /** The words appear together, as typed, somewhere in the page. */
  phrase: boolean;
  /** The page's URL, title, excerpt and metadata (loads one small file, once). */
  data: () => Promise<PagefindData>;
}

export interface SearchRequest {
  query: string;
  /** The reader is still typing: the last word may be unfinished, so it matches as a prefix. */
  typing?: boolean;
  filters?: Record<string, string>;
  /** Newest first instead of most relevant first. */
  newest?: boolean;
}

export interface SearchResponse {
  terms: string[];
  /** Pages holding every word: the results, and what the count counts. */
  hits: Hit[];
  /** When no page holds every word: the pages nearest to the query, shown apart and labelled as near. */
  near: Hit[];
}

/**
 * How far (in words) from the first query word the others may stand and still count as one mention:
 * 10 words for a two-word query, 26 for six. Words scattered over a long page ("quý" in one section,
 * "khuyến" and "học" in others) do not make it a match; a title and the place named after it do.
 * Tuned on the relevance set (npm run bench -- search).
 */
export function nearWords(terms: number): number {
  return 2 + 4 * terms;
}

/** How many near pages are offered when nothing matches. */
export const NEAR_COUNT = 5;

/** Sets the ranking options; call once after importing pagefind.js. */
export async function configure(pagefind: Pagefind, ranking: Record<string, unknown> = RANKING): Promise<void> {
  await pagefind.options({ ranking, excerptLength: 24, noWorker: true });
}

const once = <T>(load: () => Promise<T>) => {
  let promise: Promise<T> | undefined;
  return () => (promise ??= load());
};

/** Runs every reading of the query, merges them, then ranks as described above. */
export async function search(pagefind: Pagefind, request: SearchRequest, depth = RERANK_DEPTH): Promise<SearchResponse> {
  const terms = queryTerms(request.query);
  const options: PagefindSearchOptions = request.filters ? { filters: request.filters } : {};
  if (terms.length === 0) return { terms, hits: await browse(pagefind, options), near: [] };
  const readings = expandAbbreviations(terms);
  const variants = readings.flatMap((reading) => dVariants(reading.join(' ').split(' ')));
  const matching = matchingPages(pagefind, readings, options, request.typing === true);

  const [plain, phrases] = await Promise.all([
    Promise.all(variants.map((variant) => pagefind.search(variant.join(' '), options))),
    terms.length > 1 ? Promise.all(variants.map((variant) => pagefind.search(`"${variant.join(' ')}"`, options))) : [],
  ]);
  const phraseIds = new Set(phrases.flatMap((found) => found?.results.map((r) => r.id) ?? []));
  const byId = new Map<string, Hit>();
  for (const result of plain.flatMap((found) => found?.results ?? [])) {
    const known = byId.get(result.id);
    if (known && known.score >= result.score) continue;
    byId.set(result.id, { id: result.id, score: result.score, phrase: phraseIds.has(result.id), data: once(() => result.data()) });
  }
  const candidates = [...byId.values()].sort((a, b) => Number(b.phrase) - Number(a.phrase) || b.score - a.score);
  const matched = await matching;
  let hits = candidates.filter((hit) => matched.has(hit.id));
  if (hits.length === 0) return { terms, hits, near: candidates.slice(0, NEAR_COUNT) };

  if (request.newest) return { terms, hits: await newestFirst(pagefind, hits, options), near: [] };
  const top = hits.slice(0, depth);
  const keys = await Promise.all(top.map(async (hit) => titleKey(await hit.data(), terms)));
  const ranked = top
    .map((hit, i) => ({ hit, key: keys[i]! }))
    .sort(
      (a, b) =>
        b.key.coverage - a.key.coverage ||
        Number(b.key.words === terms.length) - Number(a.key.words === terms.length) ||
        Number(b.hit.phrase) - Number(a.hit.phrase) ||
        b.key.words - a.key.words ||
        b.hit.score - a.hit.score,
    )
    .map(({ hit }) => hit);
  hits = [...ranked, ...hits.slice(depth)];
  return { terms, hits, near: [] };
}

/**
 * Ids of the pages that hold every word of some reading of the query, as whole words (the last as
 * a prefix while typing), all within nearWords() of one another.
 */
async function matchingPages(
  pagefind: Pagefind,
  readings: string[][],
  options: PagefindSearchOptions,
  typing: boolean,
): Promise<Set<string>> {
  const matched = new Set<string>();
  for (const reading of readings) {
    const last = reading.length - 1;
    // For each word: page id → positions of the word in the page. A quoted search ("lan") says which
    // pages hold the whole word but gives only its first position; a bare one (lan) gives every
    // position of every word it begins ("lăng" too). Pages come from the first, positions from the second.
    const perWord = await Promise.all(
      reading.map(async (term, i) => {
        // An expanded abbreviation ("hội đồng nhân dân") is one item: found as a phrase, positions and all.
        const phrase = term.includes(' ');
        const spellings = dVariants(term.split(' ')).map((words) => words.join(' '));
        const prefix = typing && i === last && !phrase;
        const [whole, all] = await Promise.all([
          Promise.all(spellings.map((spelling) => pagefind.search(prefix ? spelling : `"${spelling}"`, options))),
          phrase ? Promise.resolve([]) : Promise.all(spellings.map((spelling) => pagefind.search(spelling, options))),
        ]);
        if (phrase) return new Map(whole.flatMap((f) => f?.results ?? []).map((result) => [result.id, result.words ?? []]));
        const holding = new Set(whole.flatMap((f) => f?.results.map((r) => r.id) ?? []));
        const positions = new Map<string, number[]>();
        for (const result of all.flatMap((f) => f?.results ?? [])) {
          if (holding.has(result.id)) positions.set(result.id, [...(positions.get(result.id) ?? []), ...(result.words ?? [])]);
        }
        return positions;
      }),
    );
    const [first, ...others] = perWord;
    const span = nearWords(reading.join(' ').split(' ').length);
    for (const [id, anchors] of first ?? []) {
      const near = (positions: number[] | undefined) => (at: number) => positions?.some((p) => Math.abs(p - at) <= span);
      if (
        others.every((word) => word.has(id)) &&
        (others.length === 0 || anchors.some((at) => others.every((word) => near(word.get(id))(at))))
      ) {
        matched.add(id);
      }
    }
  }
  return matched;
}

/**
 * How well a page's title, aliases and names answer the query: `coverage` is the share of the
 * field's words the phrase takes up (1 = the title is the query), 0 when no field holds it;
 * `words` counts the query words present in those fields.
 */
export function titleKey(data: PagefindData, terms: string[]): { coverage: number; words: number } {
  const fields = [data.meta.title ?? '', ...(data.meta.keywords ?? '').split(' · ')].filter(Boolean);
  let coverage = 0;
  for (const field of fields) {
    if (!containsPhrase(field, terms)) continue;
    const length = field.match(/[\p{L}\p{N}]+/gu)?.length ?? 1;
    coverage = Math.max(coverage, Math.min(1, terms.length / length));
  }
  return { coverage, words: wordsFound(fields.join(' '), terms) };
}

/** No words, only filters: every page that passes them, newest first, then the undated ones. */
async function browse(pagefind: Pagefind, options: PagefindSearchOptions): Promise<Hit[]> {
  if (Object.keys(options.filters ?? {}).length === 0) return [];
  const [dated, all] = await Promise.all([pagefind.search(null, { ...options, sort: { date: 'desc' } }), pagefind.search(null, options)]);
  const results = [...(dated?.results ?? []), ...(all?.results ?? [])];
  const seen = new Set<string>();
  return results
    .filter((r) => !seen.has(r.id) && seen.add(r.id))
    .map((r) => ({ id: r.id, score: r.score, phrase: false, data: once(() => r.data()) }));
}

/** Orders hits by the pages' date sort key, newest first; pages without a date go last. */
async function newestFirst(pagefind: Pagefind, hits: Hit[], options: PagefindSearchOptions): Promise<Hit[]> {
  const all = await pagefind.search(null, { ...options, sort: { date: 'desc' } });
  const order = new Map(all?.results.map((r, i) => [r.id, i]) ?? []);
  const position = (hit: Hit) => order.get(hit.id) ?? Number.MAX_SAFE_INTEGER;
  return [...hits].sort((a, b) => position(a) - position(b) || b.score - a.score);
}
