/**
 * Cost of the share images drawn at build time (src/integrations/share-images.ts): one card per
 * page, from the real titles and summaries in content/, drawn cold (empty cache, as in CI) and warm
 * (every SVG seen before, as in a rebuild).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ui } from '../../src/i18n/vi.ts';
import { drawShareImages, type ShareJob } from '../../src/integrations/share-images.ts';
import { readContent } from '../../src/lib/content-files.ts';
import type { BenchSection } from './types.ts';

const root = new URL('../..', import.meta.url).pathname;
const PAGES = 150;
const GOAL_SECONDS = 10;

export async function run(): Promise<BenchSection> {
  const records = readContent(root).map((entry) => {
    const data = (entry.data ?? {}) as Record<string, unknown>;
    const title = String(data.title ?? data.name ?? entry.id);
    const description = String(data.summary ?? data.description ?? title);
    return { section: entry.collection, title, description };
  });
  const out = mkdtempSync(join(tmpdir(), 'dvk-bench-share-'));
  const jobs: ShareJob[] = Array.from({ length: PAGES }, (_, i) => {
    const record = records[i % records.length]!;
    return {
      target: join(out, 'img', `${i}.png`),
      // The index keeps every card distinct, as every page is.
      card: {
        site: ui.siteName,
        section: record.section,
        title: `${record.title} ${i}`,
        description: record.description,
        host: 'example.org',
        tagline: ui.share.imageTagline,
      },
    };
  });
  const cache = join(out, 'cache');
  const time = async () => {
    const started = performance.now();
    const { cached } = await drawShareImages(jobs, cache);
    return { seconds: (performance.now() - started) / 1000, cached };
  };
  const cold = await time();
  const warm = await time();
  rmSync(out, { recursive: true, force: true });
  const row = (name: string, r: { seconds: number; cached: number }) => [
    name,
    PAGES,
    r.cached,
    r.seconds.toFixed(2),
    ((r.seconds * 1000) / PAGES).toFixed(0),
  ];
  return {
    title: 'Share images (Open Graph), drawn at build time',
    columns: ['run', 'images', 'from cache', 'total (s)', 'per image (ms)'],
    rows: [row('cold: empty cache (CI, first build)', cold), row('warm: unchanged pages (rebuild)', warm)],
    goals: [{ text: `${PAGES} share images in ≤ ${GOAL_SECONDS} s on a cold cache`, met: cold.seconds <= GOAL_SECONDS }],
    notes: [
      'Satori (layout, text to paths) one card at a time, resvg (PNG) four at a time on the thread pool; the cache key is the hash of the SVG.',
    ],
  };
}
