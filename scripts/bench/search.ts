/**
 * Search, measured on a real built site in Chromium, through the real /tim-kiem/ page (its custom
 * element, the real pagefind.js, WebAssembly and index): relevance on the set in
 * search-queries.json (success@1, success@3, MRR), and what a first and a follow-up query cost in
 * bytes and time. `measureSearch(distDir, queries)` works on any built dist, e.g. a generated
 * 10.000-page site.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import { launchBrowser, serve } from '../../src/tests/browser.ts';
import { astroBuild, projectRoot } from '../../src/tests/build-helpers.ts';
import type { BenchSection } from './types.ts';

export interface RelevanceQuery {
  q: string;
  kind: string;
  /** Pages (paths) any of which is a right first answer. */
  expect: string[];
  /** Written after the ranking was tuned, and not used to tune it. */
  heldOut?: boolean;
  /** Every page judged relevant; precision@5 is reported for queries with at least PRECISION_MIN of them. */
  relevant?: string[];
  /** Pages judged not relevant: they should not be results. */
  notRelevant?: string[];
}

/** Precision@5 is measured where a query has at least this many relevant pages. */
export const PRECISION_MIN = 5;
/** Queries of this kind have no right page: the search must say nothing matched (expect is empty). */
export const NO_MATCH = 'no-match';

export interface QueryOutcome extends RelevanceQuery {
  /** The first ten result paths, in order. */
  results: string[];
  /** 1-based rank of the first expected page, 0 when it is not in the first ten. */
  rank: number;
  /** Pages offered apart as near (not matching) ones. */
  near: string[];
  ms: number;
}

export interface QueryCost {
  query: string;
  requests: number;
  /** Bytes as our static server sends them (no compression of text files). */
  bytes: number;
  /** Bytes with text files gzip-compressed, as static hosts (Netlify, Cloudflare Pages) serve them. */
  gzipBytes: number;
  ms: number;
  files: { url: string; bytes: number; gzipBytes: number }[];
}

export interface SearchMeasurement {
  outcomes: QueryOutcome[];
  successAt1: number;
  successAt3: number;
  mrr: number;
  /** Mean precision@5 over queries with at least PRECISION_MIN relevant pages (null without any). */
  precisionAt5: number | null;
  /** One fresh visit per query in FIRST_QUERIES. */
  first: QueryCost[];
  /** A second query typed on the page after the first of FIRST_QUERIES. */
  followUp: QueryCost;
}

/** First queries of different shapes: two words, d typed for đ (one more index chunk), four words. */
const FIRST_QUERIES = ['nha luoi', 'dang vien', 'hu gao tinh thuong'];
const FOLLOW_UP_QUERY = 'ho van ha';
const RESULTS = 'dvk-search ol[data-list] > li h3 a';
const NEAR_RESULTS = 'dvk-search ol[data-near-list] > li h3 a';

/** Share of the first five results judged relevant. */
export function precisionAt5(outcome: Pick<QueryOutcome, 'results' | 'relevant'>): number {
  return outcome.results.slice(0, 5).filter((path) => outcome.relevant?.includes(path)).length / 5;
}
const measuresPrecision = (o: QueryOutcome) => (o.relevant?.length ?? 0) >= PRECISION_MIN;

export const loadQueries = (): RelevanceQuery[] =>
  (JSON.parse(readFileSync(new URL('./search-queries.json', import.meta.url), 'utf8')) as { queries: RelevanceQuery[] }).queries;

/** Waits until the search element has answered the current query. */
async function settled(page: Page) {
  await page.waitForFunction(() => ['done', 'error'].includes(document.querySelector('dvk-search')?.getAttribute('data-state') ?? ''));
  const state = await page.locator('dvk-search').getAttribute('data-state');
  if (state !== 'done') throw new Error(`search failed: ${await page.locator('[data-status]').textContent()}`);
}

/** Records what the page fetches for search (our script, everything under /pagefind/). */
function recorder(page: Page) {
  const responses: Response[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/pagefind/') || (path.startsWith('/_astro/') && path.endsWith('.js'))) responses.push(response);
  });
  return {
    reset: () => responses.splice(0),
    async cost(query: string, ms: number): Promise<QueryCost> {
      const files = await Promise.all(
        responses.splice(0).map(async (response) => {
          const body = await response.body();
          const compressible = /javascript|json|css|text/.test(response.headers()['content-type'] ?? '');
          return {
            url: new URL(response.url()).pathname,
            bytes: body.length,
            gzipBytes: compressible ? gzipSync(body, { level: 9 }).length : body.length,
          };
        }),
      );
      const sum = (key: 'bytes' | 'gzipBytes') => files.reduce((total, file) => total + file[key], 0);
      return { query, requests: files.length, bytes: sum('bytes'), gzipBytes: sum('gzipBytes'), ms, files };
    },
  };
}

/** A fresh browser (empty cache) opens /tim-kiem/?q=…; with `then`, a second query is typed afterwards. */
async function visit(browser: Browser, url: string, query: string, then?: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const record = recorder(page);
  let started = performance.now();
  await page.goto(`${url}/tim-kiem/?q=${encodeURIComponent(query)}`);
  await settled(page);
  const first = await record.cost(query, Math.round(performance.now() - started));
  let followUp: QueryCost | undefined;
  if (then) {
    const input = page.locator('#search-query');
    await input.fill(then);
    started = performance.now();
    await input.press('Enter');
    await page.waitForFunction((q) => new URL(location.href).searchParams.get('q') === q, then);
    await settled(page);
    followUp = await record.cost(then, Math.round(performance.now() - started));
  }
  await context.close();
  return { first, followUp };
}

async function measureCost(browser: Browser, url: string): Promise<{ first: QueryCost[]; followUp: QueryCost }> {
  const first: QueryCost[] = [];
  let followUp: QueryCost | undefined;
  for (const [i, query] of FIRST_QUERIES.entries()) {
    const visited = await visit(browser, url, query, i === 0 ? FOLLOW_UP_QUERY : undefined);
    first.push(visited.first);
    followUp ??= visited.followUp;
  }
  return { first, followUp: followUp! };
}

async function measureRelevance(browser: Browser, url: string, queries: RelevanceQuery[]): Promise<QueryOutcome[]> {
  const page = await browser.newPage();
  const outcomes: QueryOutcome[] = [];
  for (const query of queries) {
    const started = performance.now();
    await page.goto(`${url}/tim-kiem/?q=${encodeURIComponent(query.q)}`);
    await settled(page);
    const ms = Math.round(performance.now() - started);
    const paths = (selector: string) =>
      page.locator(selector).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const results = (await paths(RESULTS)).slice(0, 10);
    const near = await paths(NEAR_RESULTS);
    const rank = results.findIndex((path) => query.expect.includes(path)) + 1;
    outcomes.push({ ...query, results, rank, near, ms });
  }
  await page.close();
  return outcomes;
}

export async function measureSearch(distDir: string, queries: RelevanceQuery[]): Promise<SearchMeasurement> {
  const server = await serve(distDir);
  const browser = await launchBrowser();
  try {
    const outcomes = await measureRelevance(browser, server.url, queries);
    const { first, followUp } = await measureCost(browser, server.url);
    // A no-match query has no right page: it counts in its own row, not in success@k.
    const ranked = outcomes.filter((o) => o.kind !== NO_MATCH);
    const share = (hit: (rank: number) => boolean) => ranked.filter((o) => hit(o.rank)).length / ranked.length;
    const judged = outcomes.filter(measuresPrecision);
    return {
      outcomes,
      successAt1: share((rank) => rank === 1),
      successAt3: share((rank) => rank >= 1 && rank <= 3),
      mrr: ranked.reduce((total, o) => total + (o.rank ? 1 / o.rank : 0), 0) / ranked.length,
      precisionAt5: judged.length ? judged.reduce((total, o) => total + precisionAt5(o), 0) / judged.length : null,
      first,
      followUp,
    };
  } finally {
    await browser.close();
    server.stop();
  }
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function sections(m: SearchMeasurement): BenchSection[] {
  const kinds = [...new Set(m.outcomes.map((o) => o.kind))];
  const row = (label: string, all: QueryOutcome[]) => {
    const outcomes = all.filter((o) => o.kind !== NO_MATCH);
    const n = outcomes.length;
    const at = (k: number) => outcomes.filter((o) => o.rank >= 1 && o.rank <= k).length / n;
    const mrr = outcomes.reduce((t, o) => t + (o.rank ? 1 / o.rank : 0), 0) / n;
    const judged = all.filter(measuresPrecision);
    const p5 = judged.length ? percent(judged.reduce((t, o) => t + precisionAt5(o), 0) / judged.length) : '—';
    return n ? [label, n, percent(at(1)), percent(at(3)), mrr.toFixed(3), p5, judged.length] : [label, 0, '—', '—', '—', p5, judged.length];
  };
  const misses = m.outcomes.filter((o) => o.rank !== 1 && o.kind !== NO_MATCH);
  const noMatch = m.outcomes.filter((o) => o.kind === NO_MATCH);
  const noMatchSaid = noMatch.filter((o) => o.results.length === 0);
  const badResults = m.outcomes.flatMap((o) =>
    o.results
      .slice(0, 5)
      .filter((path) => o.notRelevant?.includes(path))
      .map((path) => `“${o.q}” → ${path}`),
  );
  const costRow = (label: string, c: QueryCost) => [label, `“${c.query}”`, c.requests, kb(c.bytes), kb(c.gzipBytes), `${c.ms} ms`];
  const heaviest = m.first.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
  const files = (c: QueryCost) => c.files.map((f) => `${f.url.replace(/^\/pagefind\//, '')} ${kb(f.bytes)}`).join(', ') || 'none';
  return [
    {
      title: 'Search relevance (real site, Chromium, /tim-kiem/)',
      columns: ['queries', 'n', 'success@1', 'success@3', 'MRR', `precision@5 (≥${PRECISION_MIN} relevant)`, 'n (precision)'],
      rows: [
        row('all', m.outcomes),
        row(
          'tuning set',
          m.outcomes.filter((o) => !o.heldOut),
        ),
        row(
          'held out (not used for tuning)',
          m.outcomes.filter((o) => o.heldOut),
        ),
        ...kinds.map((kind) =>
          row(
            kind,
            m.outcomes.filter((o) => o.kind === kind),
          ),
        ),
      ],
      goals: [
        { text: `success@3 = 100% (${percent(m.successAt3)})`, met: m.successAt3 === 1 },
        {
          text: `precision@5 ≥ 80% where ≥${PRECISION_MIN} pages are relevant (${m.precisionAt5 === null ? 'no such query' : percent(m.precisionAt5)})`,
          met: m.precisionAt5 !== null && m.precisionAt5 >= 0.8,
        },
        {
          text: `no-match queries answered “nothing matches” (${noMatchSaid.length}/${noMatch.length})`,
          met: noMatchSaid.length === noMatch.length,
        },
      ],
      notes: [
        'Relevance set: scripts/bench/search-queries.json. Each query is typed into the real search page; a hit is an expected page among the results. precision@5 = share of the first five results judged relevant (a page not judged counts as not relevant).',
        `Judged not relevant yet among the first five results: ${badResults.join('; ') || 'none'}.`,
        ...noMatch.map((o) => `no-match “${o.q}”: ${o.results.length} results; offered as near: ${o.near.join(', ') || 'none'}`),
        ...misses.map((o) => `not first: “${o.q}” → expected at rank ${o.rank || '>10'}; got ${o.results.slice(0, 3).join(', ')}`),
      ],
    },
    {
      title: 'Search cost (real site, Chromium)',
      columns: [
        'query',
        'text',
        'requests',
        'bytes (as served by scripts/serve.ts)',
        'bytes (text gzipped, as static hosts serve)',
        'time',
      ],
      rows: [...m.first.map((c) => costRow('first query', c)), costRow('follow-up query', m.followUp)],
      goals: [
        {
          text: `first query ≤ 150 KB transferred (heaviest: “${heaviest.query}”, ${kb(heaviest.gzipBytes)} with text gzipped; ${kb(heaviest.bytes)} uncompressed)`,
          met: heaviest.gzipBytes <= 150 * 1024,
        },
      ],
      notes: [
        'First query: a fresh browser (empty cache) opens /tim-kiem/?q=…; counted are the search script and every file under /pagefind/, not the page’s HTML and CSS. Follow-up: a second query typed on the same page.',
        'Transferred = text files (JavaScript, JSON) gzip-compressed as static hosts send them; Pagefind’s index, fragment and WebAssembly files are already gzip files and count as they are. scripts/serve.ts does not compress, hence the uncompressed column.',
        `Heaviest first query fetched: ${files(heaviest)}`,
        `Follow-up fetched: ${files(m.followUp)}`,
      ],
    },
  ];
}

export async function run(): Promise<BenchSection[]> {
  const dist = mkdtempSync(join(tmpdir(), 'dvk-bench-search-'));
  try {
    const build = astroBuild(projectRoot, dist);
    if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
    return sections(await measureSearch(dist, loadQueries()));
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
}
