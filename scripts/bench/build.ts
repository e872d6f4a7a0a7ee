/**
 * Build scaling (issue 7): time and peak memory of the full build (Astro + content guard + search index)
 * next to a bare Astro build of the same pages, in the same run, at 1.000 and 10.000 synthetic model
 * profiles. Goals: full ≤ 1,5× bare; peak ≤ 2 GB; time per page roughly constant from 1.000 to 10.000.
 * `BENCH_SIZES=1000 npm run bench -- build` runs fewer sizes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { htmlFiles } from '../../src/tests/build-helpers.ts';
import { syntheticProject } from './synthetic.ts';
import type { BenchSection } from './types.ts';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);

interface Measure {
  seconds: number;
  peakMb: number;
  pages: number;
  bytes: number;
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    total += stat.isDirectory() ? folderBytes(path) : stat.size;
  }
  return total;
}

/** Runs `astro build` under GNU time: wall seconds and the largest resident set of the process tree. */
function build(root: string, bare: boolean): Measure {
  const outDir = mkdtempSync(join(tmpdir(), 'dvk-bench-out-'));
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-v', process.execPath, astro, 'build', '--root', root, '--outDir', outDir], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', DVK_BARE_BUILD: bare ? '1' : '0' },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`build failed (${bare ? 'bare' : 'full'}):\n${result.stdout}\n${result.stderr}`);
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1] ?? 0);
  const measure = { seconds, peakMb: kb / 1024, pages: htmlFiles(outDir).length, bytes: folderBytes(outDir) };
  rmSync(outDir, { recursive: true, force: true });
  return measure;
}

const fmt = (n: number, digits = 1) => n.toLocaleString('vi-VN', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export async function run(): Promise<BenchSection> {
  const rows: (string | number)[][] = [];
  const goals: NonNullable<BenchSection['goals']> = [];
  const perPage: number[] = [];
  for (const size of SIZES) {
    const root = syntheticProject(size);
    try {
      // Alternate bare and full so drift on a noisy machine hits both alike.
      const bare = build(root, true);
      const full = build(root, false);
      const ratio = full.seconds / bare.seconds;
      perPage.push((full.seconds * 1000) / full.pages);
      rows.push([
        fmt(size, 0),
        fmt(full.pages, 0),
        `${fmt(bare.seconds)} s`,
        `${fmt(full.seconds)} s`,
        `${fmt(ratio, 2)}×`,
        `${fmt((full.seconds * 1000) / full.pages)} ms`,
        `${fmt(bare.peakMb, 0)} MB`,
        `${fmt(full.peakMb, 0)} MB`,
        `${fmt(full.bytes / 1024 / 1024)} MB`,
      ]);
      goals.push({ text: `${fmt(size, 0)} models: full build ≤ 1,5× bare (${fmt(ratio, 2)}×)`, met: ratio <= 1.5 });
      goals.push({ text: `${fmt(size, 0)} models: peak memory ≤ 2 GB (${fmt(full.peakMb, 0)} MB)`, met: full.peakMb <= 2048 });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  if (perPage.length >= 2) {
    const growth = (perPage.at(-1) ?? 0) / (perPage[0] ?? 1);
    goals.push({ text: `time per page roughly constant across sizes (×${fmt(growth, 2)} from smallest to largest)`, met: growth <= 1.5 });
  }
  return {
    title: 'Build scaling with synthetic model profiles',
    columns: [
      'models added',
      'pages',
      'bare Astro',
      'full build',
      'ratio',
      'full, per page',
      'bare peak RSS',
      'full peak RSS',
      'dist size',
    ],
    rows,
    goals,
    notes: [
      'Synthetic models (scripts/bench/synthetic.ts) are added to a copy of the real content; both builds render the same pages.',
      'Bare = Astro with MDX only (DVK_BARE_BUILD=1); full = what `npm run build` runs (content guard, and the search index when enabled).',
      'Peak RSS is GNU time’s maximum resident set size: the largest single process of the build, not a sum.',
    ],
  };
}
