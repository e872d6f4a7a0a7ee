/**
 * Search at scale (issue 5): the real engine on the real site plus 10.000 synthetic model pages
 * (scripts/bench/synthetic.ts). Reports index time and size, the relevance set on the bigger site (the
 * real pages are all still there, now among 10.000 others), and the bytes of a first and a follow-up
 * query. Goal: first query ≤ 250 KB at 10.000 pages. `BENCH_SEARCH_PAGES=1000` for a quicker run.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroBuild } from '../../src/tests/build-helpers.ts';
import { loadQueries, measureSearch } from './search.ts';
import { syntheticProject } from './synthetic.ts';
import type { BenchSection } from './types.ts';

const COUNT = Number(process.env.BENCH_SEARCH_PAGES ?? 10000);

function sizeOf(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

const kb = (bytes: number) => `${(bytes / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} KB`;
const pct = (share: number) => `${(share * 100).toFixed(1)}%`;

export async function run(): Promise<BenchSection> {
  const root = syntheticProject(COUNT);
  const out = mkdtempSync(join(tmpdir(), 'dvk-bench-search-'));
  try {
    const build = astroBuild(root, out);
    if (build.status !== 0) throw new Error(build.output);
    const indexMs = Number(/chỉ mục tìm kiếm xong \((\d+) ms\)/.exec(build.output)?.[1] ?? NaN);
    const index = sizeOf(join(out, 'pagefind'));
    const meta = readdirSync(join(out, 'pagefind')).find((name) => name.endsWith('.pf_meta'));
    const metaBytes = meta ? statSync(join(out, 'pagefind', meta)).size : 0;
    const m = await measureSearch(out, loadQueries());
    const heaviest = m.first.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
    const heaviestRaw = m.first.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    return {
      title: `Search on the real site plus ${COUNT.toLocaleString('vi-VN')} synthetic model pages`,
      columns: ['measure', 'value'],
      rows: [
        ['index time (Pagefind, in the build)', `${(indexMs / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} s`],
        ['index size (dist/pagefind)', `${kb(index.bytes)} in ${index.files.toLocaleString('vi-VN')} files`],
        ['pf_meta file (loaded by every first query)', kb(metaBytes)],
        ['relevance set on this site: success@1 / @3 / MRR', `${pct(m.successAt1)} / ${pct(m.successAt3)} / ${m.mrr.toFixed(3)}`],
        ...m.first.map((c) => [
          `first query “${c.query}” (gzip / as served)`,
          `${kb(c.gzipBytes)} / ${kb(c.bytes)}, ${c.requests} requests`,
        ]),
        [`follow-up query “${m.followUp.query}”`, `${kb(m.followUp.gzipBytes)} / ${kb(m.followUp.bytes)}`],
      ],
      goals: [
        {
          text: `first query ≤ 250 KB at ${COUNT.toLocaleString('vi-VN')} pages (heaviest: ${kb(heaviest.gzipBytes)} gzip)`,
          met: heaviest.gzipBytes <= 250 * 1024,
        },
        { text: `… also uncompressed, as \`npm start\` serves it (${kb(heaviestRaw.bytes)})`, met: heaviestRaw.bytes <= 250 * 1024 },
      ],
      notes: ['The real pages and queries are those of `npm run bench -- search`; the synthetic pages are there to crowd them.'],
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(root, { recursive: true, force: true });
  }
}
