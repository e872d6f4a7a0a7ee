/**
 * Checks the HTML every page of the real site ships (built once by global-setup.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readContent } from '../lib/content-files.ts';
import { checkContent } from '../lib/integrity.ts';
import { htmlFiles, projectRoot, read, TEST_SITE } from './build-helpers.ts';

const outDir = inject('siteDir');
const { content } = checkContent(readContent(projectRoot), { production: true });
let pages: string[] = [];

beforeAll(() => {
  pages = htmlFiles(outDir);
});

const page = (path: string) => parse(read(join(outDir, path)));

describe('every built page', () => {
  it('builds a reasonable number of pages', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it('has lang="vi", a title, a description, one h1 and an absolute canonical URL', () => {
    const failures: string[] = [];
    for (const path of pages) {
      const html = page(path);
      const problems = [
        html.querySelector('html')?.getAttribute('lang') === 'vi' ? '' : 'lang',
        html.querySelector('title')?.text.trim() ? '' : 'title',
        html.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ? '' : 'description',
        html.querySelectorAll('h1').length === 1 ? '' : `h1×${html.querySelectorAll('h1').length}`,
        // The not-found page answers at any missing address, so it has no canonical one.
        path === '404.html' || /^https?:\/\/[^/]+\/.*/.test(html.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '')
          ? ''
          : 'canonical',
      ].filter(Boolean);
      if (problems.length) failures.push(`${path}: ${problems.join(', ')}`);
    }
    expect(failures).toEqual([]);
  });

  it('has a skip link to the main region', () => {
    for (const path of pages) {
      const html = page(path);
      expect(html.querySelector('a.skip-link')?.getAttribute('href'), path).toBe('#noi-dung');
      expect(html.querySelector('main#noi-dung'), path).not.toBeNull();
    }
  });

  it('loads nothing from another host', () => {
    for (const path of pages) {
      const html = page(path);
      const external = html
        .querySelectorAll('script[src], link[href], img[src], iframe[src], source[src]')
        .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '')
        .filter((url) => /^(https?:)?\/\//.test(url) && !url.startsWith(TEST_SITE.SITE_URL));
      expect(external, path).toEqual([]);
    }
  });
});

describe('every content entry produced its page', () => {
  it('stories, models, datasets, places and sources', () => {
    const expected = [
      ...content.articles.filter((a) => !a.data.draft).map((a) => `bai-viet/${a.entry.id}/index.html`),
      ...content.models.filter((m) => !m.data.draft).map((m) => `mo-hinh/${m.entry.id}/index.html`),
      ...content.stats.map((s) => `so-lieu/${s.entry.id}/index.html`),
      ...content.places.map((p) => `dia-phuong/${p.data.id}/index.html`),
      ...content.sources.map((s) => `nguon/${s.data.id}/index.html`),
    ];
    expect(expected.filter((path) => !existsSync(join(outDir, path)))).toEqual([]);
  });

  it('leaves drafts out of the built site', () => {
    const drafts = content.articles.filter((a) => a.data.draft).map((a) => `bai-viet/${a.entry.id}/index.html`);
    expect(drafts.filter((path) => existsSync(join(outDir, path)))).toEqual([]);
  });

  it('has the fixed pages', () => {
    for (const path of [
      'index.html',
      '404.html',
      'gioi-thieu/index.html',
      'mo-hinh/index.html',
      'bai-viet/index.html',
      'so-lieu/index.html',
      'dia-phuong/index.html',
      'linh-vuc/index.html',
    ]) {
      expect(existsSync(join(outDir, path)), path).toBe(true);
    }
  });
});

describe('figures on pages match content/', () => {
  it('each dataset page shows every observation with its exact value', () => {
    for (const { entry, data } of content.stats) {
      const html = page(`so-lieu/${entry.id}/index.html`);
      for (const observation of data.observations) {
        const cell = html.querySelector(`tr[id="${observation.id}"] td[data-value]`);
        expect(cell?.getAttribute('data-value'), `${entry.id}#${observation.id}`).toBe(String(observation.value));
      }
    }
  });

  it('each model page shows its own facts', () => {
    for (const { entry, data } of content.models.filter((m) => !m.data.draft)) {
      const html = page(`mo-hinh/${entry.id}/index.html`);
      for (const fact of data.facts.filter((f) => f.value !== undefined)) {
        expect(html.querySelector(`tr[id="${fact.id}"] td[data-value]`)?.getAttribute('data-value'), `${entry.id}#${fact.id}`).toBe(
          String(fact.value),
        );
      }
    }
  });

  it('the output folder holds no stray files from the source tree', () => {
    expect(readdirSync(outDir)).not.toContain('src');
  });
});

describe('model pages date what they report', () => {
  it('every status and every period shown on a model page has the source date next to it', () => {
    const models = content.models.filter((m) => !m.data.draft).map((m) => m.entry);
    expect(models.length).toBeGreaterThan(50);
    const problems: string[] = [];
    let shown = 0;
    for (const model of models) {
      const html = page(`mo-hinh/${model.id}/index.html`);
      for (const dt of html.querySelectorAll('#thong-tin ~ dl dt')) {
        if (!/^(Thời gian|Tình trạng)/.test(dt.text.trim())) continue;
        shown++;
        const dd = dt.nextElementSibling;
        const date = dd?.querySelector('[data-source-date]')?.text ?? '';
        if (!/theo bài (ngày \d{2}\/\d{2}\/\d{4}|năm \d{4}|không ghi ngày, nói về \d{4})/.test(date))
          problems.push(`${model.id}: ${dt.text.trim()} — ${dd?.text.trim()}`);
      }
    }
    expect(shown).toBeGreaterThan(60);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('Báo lỗi (report an error)', () => {
  it('every page offers it: a mailto: naming the page, or, without SITE_CONTACT_EMAIL, a note and no link', () => {
    const problems: string[] = [];
    for (const path of pages) {
      const main = page(path).querySelector('main');
      const mailtos = main?.querySelectorAll('a[href^="mailto:"]') ?? [];
      const offered = main?.text.includes('Báo lỗi') ?? false;
      if (!offered) problems.push(`${path}: không có “Báo lỗi”`);
      for (const a of mailtos) {
        const href = a.getAttribute('href') ?? '';
        if (!/^mailto:[^?\s@]+@[^?\s]+(\?subject=[^\s&]+&body=[^\s&]+)?$/.test(href)) problems.push(`${path}: ${href}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
