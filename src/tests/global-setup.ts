/**
 * Builds the site once, before any whole-site or browser test, into a temporary folder: the project as it is,
 * copied, plus a draft story and a draft model (which must appear nowhere in the output; src/tests/drafts.test.ts
 * also serves that copy with `astro dev`). Tests read the paths with inject('siteDir') and inject('draftsProject').
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { addDrafts, astroBuild, copyProject } from './build-helpers.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    draftsProject: string;
  }
}

export default function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), 'dvk-site-'));
  const copy = copyProject();
  addDrafts(copy);
  const build = astroBuild(copy, outDir);
  if (build.status !== 0) throw new Error(`Không build được trang:\n${build.output}`);
  project.provide('siteDir', outDir);
  project.provide('draftsProject', copy);
  return () => {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(copy, { recursive: true, force: true });
  };
}
