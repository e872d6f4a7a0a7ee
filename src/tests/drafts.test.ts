/**
 * Drafts show in `npm run dev` only: a copy of the project with a draft story and a draft model is
 * built (neither appears anywhere in the output) and served by `astro dev` (both appear).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, astroEnv, copyProject, htmlFiles, projectRoot } from './build-helpers.ts';

const STORY = 'bai-nhap-thu-nghiem';
const MODEL = 'mo-hinh-nhap-thu-nghiem';
let project = '';
let outDir = '';
let build = { status: 0 as number | null, output: '' };

beforeAll(() => {
  project = copyProject();
  writeFileSync(
    join(project, 'content/articles', `${STORY}.mdx`),
    [
      '---',
      'title: Bài nháp thử nghiệm',
      'summary: Một bài chưa xuất bản.',
      "published: '2026-11-23'",
      'author: Ban biên tập',
      'source: thach-ha-2022',
      'places: [thach-ha]',
      `models: [nha-luoi-rau-cu-qua-ho-van-ha, ${MODEL}]`,
      'draft: true',
      '---',
      'Nội dung nháp, nhắc tới <Figure of="thach-ha-2022-mo-hinh-theo-linh-vuc#tong-so" />.',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(project, 'content/models', `${MODEL}.mdx`),
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
  outDir = mkdtempSync(join(tmpdir(), 'dvk-drafts-'));
  build = astroBuild(project, outDir);
});

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

describe('a build with a draft story and a draft model', () => {
  it('succeeds: drafts may link to anything', () => {
    expect(build.status, build.output).toBe(0);
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
      const timer = setTimeout(() => reject(new Error('astro dev did not start')), 60_000);
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
