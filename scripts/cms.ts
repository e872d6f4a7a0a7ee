/**
 * npm run cms — the preview site and the admin at /quan-tri/ (one office, one computer): Decap CMS
 * editing the files in content/ directly, with no account. Stop it with Ctrl+C.
 * Extra arguments go to `astro dev` (e.g. `npm run cms -- --port 4400`).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const child = spawn(process.execPath, [astro, 'dev', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, DVK_CMS: '1' },
});
child.on('exit', (code) => process.exit(code ?? 0));
// Ctrl+C or a kill stops the dev server too.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
