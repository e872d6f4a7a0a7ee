/**
 * Drafts show in `npm run dev` only: the shared test build, of a copy of the project with a draft story and a
 * draft model, has neither anywhere in its output; `astro dev` on that copy shows both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { astroEnv, DRAFT_MODEL, DRAFT_STORY, htmlFiles, projectRoot } from './build-helpers.ts';

const STORY = DRAFT_STORY;
const MODEL = DRAFT_MODEL;
// The shared test build (global-setup.ts) is of a copy of the project with a draft story and a draft model
// added: every whole-site test checks a site with drafts in its content, and no second build is needed here.
const project = inject('draftsProject');
const outDir = inject('siteDir');

describe('a build with a draft story and a draft model', () => {
  it('succeeds: drafts may link to anything (the shared build had both drafts)', () => {
    expect(existsSync(join(project, 'content/articles', `${STORY}.mdx`))).toBe(true);
    expect(existsSync(join(project, 'content/models', `${MODEL}.mdx`))).toBe(true);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
  });

  it('has no page, share image, feed item or sitemap entry for them, and no page links to them', () => {
    for (const path of [`bai-viet/${STORY}/index.html`, `mo-hinh/${MODEL}/index.html`, `anh-chia-se/bai-viet/${STORY}.png`]) {
      expect(existsSync(join(outDir, path)), path).toBe(false);
    }
    const everything = [
      readFileSync(join(outDir, 'rss.xml'), 'utf8'),
      readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8'),
      ...htmlFiles(outDir).map((path) => readFileSync(join(outDir, path), 'utf8')),
    ].join('\n');
    expect(everything).not.toContain(STORY);
    expect(everything).not.toContain(MODEL);
    expect(everything).not.toContain('nháp thử nghiệm');
  });
});

describe('npm run dev', () => {
  let dev: ChildProcess | undefined;
  let base = '';

  beforeAll(async () => {
    dev = spawn(
      process.execPath,
      [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--root', project, '--port', '0', '--host', '127.0.0.1'],
      {
        env: astroEnv('development'),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    base = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('astro dev did not start')), 180_000);
      dev!.stdout?.on('data', (chunk: Buffer) => {
        const url = /http:\/\/127\.0\.0\.1:\d+/.exec(chunk.toString())?.[0];
        if (url) {
          clearTimeout(timer);
          resolve(url);
        }
      });
    });
  });
  afterAll(() => {
    dev?.kill();
  });

  it('shows the draft story and model, and lists them', async () => {
    const story = await fetch(`${base}/bai-viet/${STORY}/`);
    expect(story.status).toBe(200);
    expect(await story.text()).toContain('Bài nháp thử nghiệm');
    const model = await fetch(`${base}/mo-hinh/${MODEL}/`);
    expect(model.status).toBe(200);
    expect(await (await fetch(`${base}/bai-viet/`)).text()).toContain(`/bai-viet/${STORY}/`);
  });
});
