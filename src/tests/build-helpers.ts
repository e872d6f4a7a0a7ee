/** Shared by the whole-site tests: build a project root into a folder and read what came out. */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const astroBin = join(projectRoot, 'node_modules/astro/bin/astro.mjs');

/**
 * The environment for running Astro from a test. Vitest sets NODE_ENV=test and mirrors Vite's
 * import.meta.env into process.env (DEV=1, MODE=test…); Astro would read them back and build as in
 * development, drafts included. They are removed, and NODE_ENV set for the command.
 */
export function astroEnv(nodeEnv: 'production' | 'development'): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(VITEST.*|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL|TEST)$/.test(key)),
  );
  return { ...env, NODE_ENV: nodeEnv, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
}

/**
 * The public address and contact address every test build uses: a test build is a production build (CI=true,
 * NODE_ENV=production), which refuses to run without them. Nothing in the built site may name localhost.
 */
export const TEST_SITE = { SITE_URL: 'https://dvk.example.vn', SITE_CONTACT_EMAIL: 'bandanvan@dvk.example.vn' };

/**
 * The `astro build` command for `root` into `outDir`, with the pinned Node that runs the tests, as a release
 * build at TEST_SITE (the benches pass their own SITE_URL with DVK_LOCAL_PREVIEW=1 through `env`).
 */
function buildCommand(root: string, outDir: string, env: NodeJS.ProcessEnv = {}) {
  return {
    args: [astroBin, 'build', '--root', root, '--outDir', outDir],
    // Run inside the project: Astro puts some build files (.astro/.prerender) under the working directory,
    // and two builds sharing one would overwrite each other's.
    options: { cwd: root, env: { ...astroEnv('production'), ...TEST_SITE, ...env } },
  };
}

/** Runs buildCommand and waits for it. */
export function astroBuild(root: string, outDir: string, env: NodeJS.ProcessEnv = {}, options: { timeout?: number } = {}) {
  const command = buildCommand(root, outDir, env);
  const result = spawnSync(process.execPath, command.args, {
    ...command.options,
    encoding: 'utf8',
    // A 10.000-page build logs megabytes; past the default 1 MB, Node would kill it.
    maxBuffer: 512 * 1024 * 1024,
    // A build that must end in time is killed after `timeout` ms (its status is then null).
    ...(options.timeout ? { timeout: options.timeout, killSignal: 'SIGKILL' as const } : {}),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * astroBuild without blocking the test's process: for a test that serves pages or an admin from that process
 * while the build runs (as `npm run cms` keeps answering while a build runs beside it).
 */
export function astroBuildAsync(root: string, outDir: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const command = buildCommand(root, outDir);
    const child = spawn(process.execPath, command.args, command.options);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** A throwaway copy of the project (node_modules linked), for builds that must fail. */
export function copyProject(): string {
  const copy = mkdtempSync(join(tmpdir(), 'dvk-project-'));
  for (const name of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(projectRoot, name), join(copy, name), { recursive: true, filter: (path) => !path.includes(`${join('src', 'tests')}`) });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return copy;
}

/** Every .html file under `dir`, as paths relative to it. */
export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

export const read = (path: string) => readFileSync(path, 'utf8');

export const DRAFT_STORY = 'bai-nhap-thu-nghiem';
export const DRAFT_MODEL = 'mo-hinh-nhap-thu-nghiem';

/** Adds a draft story (linking a draft model and a figure) and a draft model to a copy of the project. */
export function addDrafts(project: string): void {
  writeFileSync(
    join(project, 'content/articles', `${DRAFT_STORY}.mdx`),
    [
      '---',
      'title: Bài nháp thử nghiệm',
      'summary: Một bài chưa xuất bản.',
      "published: '2026-11-23'",
      'author: Ban biên tập',
      'source: thach-ha-2022',
      'places: [thach-ha]',
      `models: [nha-luoi-rau-cu-qua-ho-van-ha, ${DRAFT_MODEL}]`,
      'draft: true',
      '---',
      'Nội dung nháp, nhắc tới <Figure of="thach-ha-2022-mo-hinh-theo-linh-vuc#tong-so" />.',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(project, 'content/models', `${DRAFT_MODEL}.mdx`),
    [
      '---',
      'name: Mô hình nháp thử nghiệm',
      'summary: Một mô hình chưa xuất bản.',
      'kind: khong-ro',
      'fields: [kinh-te]',
      'place: thach-lac',
      'sources:',
      '  - { source: thach-ha-2022, says: Thử nghiệm. }',
      "added: '2026-11-23'",
      'draft: true',
      '---',
      'Nội dung nháp.',
      '',
    ].join('\n'),
  );
}
