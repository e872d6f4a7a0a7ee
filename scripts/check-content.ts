/**
 * npm run check:content — validates every file in content/ and lists every problem.
 * Exits 1 when there is any. `--dev` treats drafts as visible (as `npm run dev` does); `--root=<dir>`
 * checks the content/ folder of another copy of the site.
 */
import { contentReport } from '../src/lib/content-report.ts';

const rootArgument = process.argv.find((a) => a.startsWith('--root='));
const root = rootArgument ? rootArgument.slice('--root='.length) : new URL('..', import.meta.url).pathname;
const { exitCode, stdout, stderr } = contentReport(root, { production: !process.argv.includes('--dev') });
process.stderr.write(stderr);
process.stdout.write(stdout);
process.exitCode = exitCode;
