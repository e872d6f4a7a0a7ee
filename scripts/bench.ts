/**
 * `npm run bench`: measures what the tests must not time. Each module in scripts/bench/ measures one
 * thing and returns a section of the report; this runner prints the report as Markdown and writes it
 * to bench-report.md (git-ignored). `npm run bench -- search weight` runs only the named sections.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchSection } from './bench/types.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const dir = join(here, 'bench');
const wanted = process.argv.slice(2);
const modules = readdirSync(dir)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !['types.ts', 'util.ts'].includes(name))
  .sort()
  .filter((name) => wanted.length === 0 || wanted.includes(name.replace(/\.ts$/, '')));

function table(section: BenchSection): string {
  const head = `| ${section.columns.join(' | ')} |\n| ${section.columns.map(() => '---').join(' | ')} |`;
  const rows = section.rows.map((row) => `| ${row.join(' | ')} |`).join('\n');
  return `${head}\n${rows}`;
}

const parts = [`# Benchmark report\n\n${new Date().toISOString()} · Node ${process.version} · ${process.platform}\n`];
let failedGoals = 0;
for (const name of modules) {
  const mod = (await import(pathToFileURL(join(dir, name)).href)) as { run: () => Promise<BenchSection | BenchSection[]> };
  console.error(`bench: ${name}…`);
  const sections = [await mod.run()].flat();
  for (const section of sections) {
    const missed = section.goals?.filter((goal) => !goal.met) ?? [];
    failedGoals += missed.length;
    const goals = (section.goals ?? []).map((goal) => `- ${goal.met ? '✓' : '✗'} ${goal.text}`).join('\n');
    const text = [`## ${section.title}`, table(section), goals, section.notes?.map((note) => `> ${note}`).join('\n')]
      .filter(Boolean)
      .join('\n\n');
    parts.push(text);
    console.log(`${text}\n`);
  }
}
writeFileSync('bench-report.md', `${parts.join('\n\n')}\n`);
console.error(`bench: report written to bench-report.md; ${failedGoals} goal(s) missed`);
// Sections may share a served site (bench/util.ts); exiting stops its server and removes the build.
process.exit(0);
