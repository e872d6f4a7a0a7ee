/**
 * Builds the real site once, before any whole-site or browser test, into a temporary folder.
 * Tests read its path with inject('siteDir').
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, projectRoot } from './build-helpers.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}

export default function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), 'dvk-site-'));
  const build = astroBuild(projectRoot, outDir);
  if (build.status !== 0) throw new Error(`Không build được trang:\n${build.output}`);
  project.provide('siteDir', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
