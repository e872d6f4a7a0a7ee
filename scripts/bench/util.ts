/**
 * Shared by the page-weight and Lighthouse sections: one build of the real site, served by the
 * `npm start` server at a localhost address the build knows as its own (so canonical URLs match).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroBuild, projectRoot } from '../../src/tests/build-helpers.ts';
import { freePort, serve } from '../../src/tests/browser.ts';

export interface ServedSite {
  dir: string;
  url: string;
}

let site: Promise<ServedSite> | undefined;

async function buildAndServe(): Promise<ServedSite> {
  const dir = mkdtempSync(join(tmpdir(), 'dvk-bench-site-'));
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const env = { SITE_URL: process.env.SITE_URL, DVK_SOURCEMAP: process.env.DVK_SOURCEMAP };
  Object.assign(process.env, { SITE_URL: url, DVK_SOURCEMAP: '1' });
  const build = astroBuild(projectRoot, dir);
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
  const server = await serve(dir, port);
  process.on('exit', () => {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return { dir, url };
}

/** The site, built and served once per `npm run bench`, whichever section asks first. */
export function servedSite(): Promise<ServedSite> {
  site ??= buildAndServe();
  return site;
}

export const kb = (bytes: number) => `${(bytes / 1024).toLocaleString('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} KB`;
