/**
 * Lists the runs of words that content/ shares with the five source articles.
 *
 *   node scripts/originality.ts                  runs of 8+ words, from the committed fingerprints
 *   node scripts/originality.ts --min 6          a stricter look: runs of 6+ words
 *   node scripts/originality.ts --seeds <dir>    compare with the source texts in <dir> instead
 *   node scripts/originality.ts --write <dir>    rebuild src/lib/originality-seeds.json from the texts in <dir>
 *
 * The same check runs in the tests (src/tests/originality.test.ts), which fail on any run of 8+ words.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readContent } from '../src/lib/content-files.ts';
import { findSharedRuns, fingerprintSeeds, loadSeedFingerprints, MAX_SHARED_WORDS, seedSets } from '../src/lib/originality-content.ts';

const { values } = parseArgs({
  options: { min: { type: 'string' }, seeds: { type: 'string' }, write: { type: 'string' } },
});

function readSeedTexts(dir: string): Map<string, string> {
  const names = readdirSync(dir).filter((name) => name.endsWith('.txt'));
  return new Map(names.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

if (values.write) {
  const stored = fingerprintSeeds(readSeedTexts(values.write));
  writeFileSync(new URL('../src/lib/originality-seeds.json', import.meta.url), `${JSON.stringify(stored, null, 2)}\n`);
  console.log(`Đã ghi dấu vân tay của ${Object.keys(stored.seeds).length} bài gốc.`);
  process.exit(0);
}

const seeds = values.seeds ? seedSets(fingerprintSeeds(readSeedTexts(values.seeds))) : loadSeedFingerprints();
const minLength = Number(values.min ?? MAX_SHARED_WORDS);
const findings = findSharedRuns(readContent(process.cwd()), seeds, minLength);

for (const { file, seed, runs } of findings) {
  console.log(`${file}  ↔  ${seed}`);
  for (const run of runs) console.log(`  [${run.counted} từ] ${run.text}`);
}
const runs = findings.flatMap((f) => f.runs);
const words = runs.reduce((sum, run) => sum + run.counted, 0);
const files = new Set(findings.map((f) => f.file)).size;
console.log(`\n${runs.length} đoạn trùng từ ${minLength} từ trở lên (${words} từ) trong ${files} tệp.`);
process.exitCode = runs.length > 0 ? 1 : 0;
