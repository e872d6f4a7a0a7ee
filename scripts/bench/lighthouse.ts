/**
 * Lighthouse per template (issue 7): the `lighthouse` package driving Debian's Chromium, default
 * mobile preset (emulated phone, simulated slow 4G and 4× CPU slowdown), 3 runs per template, the
 * median score of each category. Goal: 100 in performance, accessibility, best practices and SEO.
 * `LIGHTHOUSE_RUNS=1 npm run bench -- lighthouse` for a quicker look.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../src/tests/browser.ts';
import { namedTemplates } from '../../src/tests/templates.ts';
import type { BenchSection } from './types.ts';
import { servedSite } from './util.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const seconds = (ms: number | undefined) => `${((ms ?? 0) / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} s`;

/** The audits below full marks in a run, by category: what to look at first when a score drops. */
function losses(lhr: Result): string[] {
  return CATEGORIES.flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${id}: ${ref.id}`),
  );
}

/** One Lighthouse run; tried once more if Chromium fails to load the page (seen once here: an interstitial). */
async function audit(port: number, url: string, attempt = 1): Promise<Result> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  const error = result ? result.lhr.runtimeError?.message : 'no result';
  if (!error) return result!.lhr;
  if (attempt < 2) return audit(port, url, attempt + 1);
  throw new Error(`Lighthouse on ${url}: ${error}`);
}

export async function run(): Promise<BenchSection> {
  const { url, dir } = await servedSite();
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS], logLevel: 'silent' });
  const rows: (string | number)[][] = [];
  const goals: NonNullable<BenchSection['goals']> = [];
  const started = performance.now();
  try {
    for (const { name, template } of namedTemplates(dir)) {
      const runs: Result[] = [];
      for (let i = 0; i < RUNS; i++) {
        runs.push(await audit(chrome.port, url + template.path));
      }
      const scores = CATEGORIES.map((id) => Math.round(100 * median(runs.map((r) => r.categories[id]?.score ?? 0))));
      // The run whose performance score is the median one, for its metrics and audits.
      const middle = [...runs].sort((a, b) => (a.categories['performance']?.score ?? 0) - (b.categories['performance']?.score ?? 0))[
        Math.floor(runs.length / 2)
      ]!;
      rows.push([
        name,
        template.path,
        ...scores,
        seconds(middle.audits['first-contentful-paint']?.numericValue),
        seconds(middle.audits['largest-contentful-paint']?.numericValue),
        `${Math.round(middle.audits['total-blocking-time']?.numericValue ?? 0)} ms`,
        (middle.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3),
        losses(middle).join('; ') || '—',
      ]);
      CATEGORIES.forEach((id, i) => goals.push({ text: `${name}: ${id} 100 (${scores[i]})`, met: scores[i] === 100 }));
    }
  } finally {
    chrome.kill();
  }
  const minutes = (performance.now() - started) / 60000;
  return {
    title: `Lighthouse, mobile preset, median of ${RUNS}`,
    columns: ['template', 'page', ...CATEGORIES, 'FCP', 'LCP', 'TBT', 'CLS', 'audits below full marks (median run)'],
    rows,
    goals,
    notes: [
      `Lighthouse's default mobile settings: emulated Moto G Power, simulated slow 4G, 4× CPU slowdown; Debian Chromium headless. ${RUNS} runs per template took ${minutes.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} min here (2 cores, shared).`,
      'The site is served by scripts/serve.ts with the production headers, at http://localhost (which browsers and Lighthouse treat as a secure origin).',
    ],
  };
}
