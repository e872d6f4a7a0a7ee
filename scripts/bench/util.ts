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
  // A local preview build (DVK_LOCAL_PREVIEW=1): its address is this machine's, on purpose.
  const build = astroBuild(projectRoot, dir, { SITE_URL: url, DVK_SOURCEMAP: '1', DVK_LOCAL_PREVIEW: '1', CI: undefined });
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
