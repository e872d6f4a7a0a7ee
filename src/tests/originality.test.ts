/**
 * Facts carry over from the source articles; sentences do not. No prose in content/ (stories, model
 * profiles, frontmatter and dataset texts) may share a run of 8 or more words with a source article,
 * names and the short allowlist in src/lib/originality-content.ts aside.
 * `node scripts/originality.ts` lists the runs; `--min 6` looks closer.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent, type RawEntry } from '../lib/content-files.ts';
import { contentProse, findSharedRuns, fingerprintSeeds, loadSeedFingerprints, ALLOWLIST } from '../lib/originality-content.ts';
import { tokenize } from '../lib/originality.ts';
import { projectRoot } from './build-helpers.ts';

const entries = readContent(projectRoot);
const seeds = loadSeedFingerprints();
/** The source texts, where this machine has them (they are not part of the repository). */
const seedsDir = process.env.DVK_SEEDS_DIR ?? '/work/shared/seeds';

describe('originality of content/', () => {
  it('holds the fingerprints of exactly the five source articles named in sources.json', () => {
    // Legal texts (kind "văn bản pháp luật") have no archived file and no fingerprint.
    const files = entries.filter((e) => e.collection === 'sources').flatMap((e) => (e.data as { file?: string }).file ?? []);
    expect([...seeds.keys()].sort()).toEqual(files.sort());
    for (const [name, hashes] of seeds) expect(hashes.size, name).toBeGreaterThan(500);
  });

  it('shares no run of 8 or more words with any source article', () => {
    const findings = findSharedRuns(entries, seeds);
    const report = findings.flatMap(({ file, seed, runs }) => runs.map((run) => `${file} ↔ ${seed}: [${run.counted}] ${run.text}`));
    expect(report, `Viết lại các đoạn này bằng lời của mình:\n${report.join('\n')}`).toEqual([]);
  });

  it('catches a sentence copied from a source, even with its figures changed', () => {
    // A sentence of the Thạch Hà article, pasted into a profile with one number altered.
    const copied: RawEntry = {
      collection: 'models',
      file: 'content/models/ban-sao.mdx',
      id: 'ban-sao',
      data: { summary: 'Mô hình thử.' },
      body: 'Đến nay, toàn huyện đã xây dựng được 140 mô hình “Dân vận khéo” (vượt 03 mô hình so với đăng kí ban đầu).',
    };
    const findings = findSharedRuns([...entries, copied], seeds).filter((f) => f.file === copied.file);
    expect(findings.map((f) => f.seed)).toEqual(['001_f50d93ef42a2abc5.txt']);
    expect(findings[0]?.runs[0]?.counted).toBeGreaterThanOrEqual(12);
  });

  it('allowlists only phrases that content/ actually uses', () => {
    const prose = [...contentProse(entries).values()]
      .map(
        (text) =>
          ` ${tokenize(text)
            .map((t) => t.key)
            .join(' ')} `,
      )
      .join('\n');
    const unused = ALLOWLIST.filter(
      (item) =>
        !prose.includes(
          ` ${tokenize(item.text)
            .map((t) => t.key)
            .join(' ')} `,
        ),
    ).map((item) => item.text);
    expect(unused).toEqual([]);
  });

  it.skipIf(!existsSync(seedsDir))('keeps src/lib/originality-seeds.json in step with the source texts', () => {
    const texts = new Map(
      readdirSync(seedsDir)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => [name, readFileSync(join(seedsDir, name), 'utf8')]),
    );
    const fresh = fingerprintSeeds(texts);
    const stored = JSON.parse(readFileSync(join(projectRoot, 'src/lib/originality-seeds.json'), 'utf8')) as unknown;
    expect(stored, 'chạy: node scripts/originality.ts --write <thư mục bài gốc>').toEqual(fresh);
  });
});
