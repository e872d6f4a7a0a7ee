/**
 * Search on the real built site, in Chromium: the index holds the right pages, Vietnamese queries
 * typed the ways people type them find the right page first, filters narrow, the URL carries the
 * search, the header box works from the keyboard, and without JavaScript the page says so.
 * Relevance over the whole query set and the cost of a query are measured by `npm run bench`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, searchSettled as settled, serve } from './browser.ts';
import { readContent } from '../lib/content-files.ts';
import { dateSortKey } from '../lib/dates.ts';
import { checkContent } from '../lib/integrity.ts';
import { htmlFiles, projectRoot, read } from './build-helpers.ts';

const siteDir = inject('siteDir');
const { content } = checkContent(readContent(projectRoot), { production: true });
const shots = new URL('./.output/', import.meta.url).pathname;
const RESULT_LINKS = 'dvk-search ol[data-list] > li h3 a';
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  server = await serve(siteDir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  server?.stop();
});

const paths = (page: Page) =>
  page.locator(RESULT_LINKS).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

async function searchFor(query: string, params = '') {
  const page = await browser.newPage();
  await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(query)}${params}`);
  await settled(page);
  return page;
}

describe('the search index', () => {
  it('holds exactly the models, stories, datasets and places, in one language', () => {
    const indexed = htmlFiles(siteDir).filter((path) => parse(read(join(siteDir, path))).querySelector('main[data-pagefind-body]'));
    const sections = new Set(indexed.map((path) => path.split('/')[0]));
    expect([...sections].sort()).toEqual(['bai-viet', 'dia-phuong', 'mo-hinh', 'so-lieu']);
    expect(indexed).not.toContain('mo-hinh/index.html');
    const entry = JSON.parse(readFileSync(join(siteDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['vi']);
    expect(entry.languages.vi?.page_count).toBe(indexed.length);
  });

  /**
   * Runs `body` in a page of the site with Pagefind's own API as `pagefind`, and returns what it returns. A
   * string, so the test runner does not rewrite the browser's import().
   */
  async function withPagefind<T>(body: string): Promise<T> {
    const page = await browser.newPage();
    await page.goto(`${server.url}/tim-kiem/`);
    const result = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      ${body}
    })()`)) as T;
    await page.close();
    return result;
  }

  type Indexed = { meta: Record<string, string>; filters: Record<string, string[]> };
  /** What Pagefind's own results say of each page [query, path] asks for (found by the query): metadata and filters. */
  async function indexed(wanted: [query: string, path: string][]): Promise<Indexed[]> {
    const data = await withPagefind<(Indexed | null)[]>(`
      const out = [];
      for (const [query, path] of ${JSON.stringify(wanted)}) {
        let found;
        for (const result of (await pagefind.search(query)).results) {
          const data = await result.data();
          if (new URL(data.url, location.href).pathname === path) { found = { meta: data.meta, filters: data.filters }; break; }
        }
        out.push(found ?? null);
      }
      return out;`);
    wanted.forEach(([query, path], i) => expect(data[i], `${query} → ${path}`).toBeTruthy());
    return data as Indexed[];
  }

  it('gives each page its type, place, filters, date and other names as Pagefind metadata, not left in the served page', async () => {
    const path = '/mo-hinh/hu-gao-tinh-thuong-long-huu/';
    const [{ meta, filters }] = (await indexed([['hũ gạo tình thương', path]])) as [Indexed];
    expect(filters.type).toEqual(['Mô hình']);
    expect([...(filters.field ?? [])].sort()).toEqual(['Kinh tế', 'Văn hóa – xã hội']);
    expect(filters.province).toEqual(['tỉnh Trà Vinh']);
    expect(filters.year).toEqual(['2020']);
    expect(meta.type).toBe('Mô hình');
    expect(meta.place).toBe('xã Long Hữu, thị xã Duyên Hải, tỉnh Trà Vinh');
    expect(meta.keywords).toBe('Hủ gạo tình thương');
    // Read at indexing, then taken out of the page (search-index.ts, withoutIndexMeta).
    expect(read(join(siteDir, path, 'index.html'))).not.toMatch(/data-pagefind-(meta|filter|sort)=/);
    // The sort key is read too: datasets, newest first, come in the order of their dates (asOf) in content/.
    const datasets = content.stats
      .map((d) => ({ path: `/so-lieu/${d.entry.id}/`, key: dateSortKey(d.data.asOf) }))
      .filter((d) => existsSync(join(siteDir, d.path, 'index.html')));
    expect(new Set(datasets.map((d) => d.key)).size, 'datasets of several dates, so that the order says something').toBeGreaterThan(2);
    const key = (path: string) => datasets.find((d) => d.path === path)?.key ?? '';
    const page = await searchFor('', '&loai=so-lieu&sap-xep=moi-nhat');
    const found = await paths(page);
    await page.close();
    expect(found.length).toBeGreaterThan(2);
    expect(key(found[0]!)).toBe(
      datasets
        .map((d) => d.key)
        .sort()
        .at(-1),
    );
    for (let i = 1; i < found.length; i++) expect(key(found[i - 1]!) >= key(found[i]!), `${found[i - 1]} before ${found[i]}`).toBe(true);
  });

  it('a story’s result carries its source article’s date, not the day it went up here', async () => {
    const stories = content.articles.filter((a) => existsSync(join(siteDir, 'bai-viet', a.entry.id, 'index.html')));
    expect(stories.length).toBeGreaterThan(3);
    const results = await indexed(stories.map((story) => [story.data.title, `/bai-viet/${story.entry.id}/`]));
    for (const [i, story] of stories.entries()) {
      const { meta } = results[i]!;
      const source = content.sources.find((s) => s.entry.id === story.data.source)?.data;
      expect(source, story.entry.id).toBeDefined();
      expect(meta.when, story.entry.id).toMatch(/^bài (ngày \d{2}\/\d{2}\/\d{4}|năm \d{4}|không ghi ngày, nói về .+)$/);
      if (source?.date && source.date.length === 10) expect(meta.when).toBe(`bài ngày ${source.date.split('-').reverse().join('/')}`);
    }
  });

  it('keeps breadcrumbs, navigation, the footer and links to other pages out of a page’s text', async () => {
    // Exact phrases from the chrome: breadcrumb, footer, the related-models list, the source citation's story link.
    const chrome = ['trang chủ', 'nguồn tư liệu', 'cc by', 'mô hình cùng lĩnh vực', 'bài viết trên trang'];
    const found = await withPagefind<number[]>(
      `return Promise.all(${JSON.stringify(chrome)}.map(async (phrase) => (await pagefind.search('"' + phrase + '"')).results.length));`,
    );
    expect(found).toEqual(chrome.map(() => 0));
  });
});

describe('Vietnamese queries', () => {
  it.each([
    ['nha luoi', '/mo-hinh/nha-luoi-rau-cu-qua-ho-van-ha/'],
    ['hu gao tinh thuong', '/mo-hinh/hu-gao-tinh-thuong-long-huu/'],
    ['Hủ gạo', '/mo-hinh/hu-gao-tinh-thuong-long-huu/'],
    ['Hũ gạo', '/mo-hinh/hu-gao-tinh-thuong-long-huu/'],
    ['doan vien phan dau tro thanh dang vien', '/mo-hinh/doan-vien-thanh-nien-phan-dau-tro-thanh-dang-vien-nam-tra-my/'],
    ['đoàn viên phấn đấu trở thành đảng viên', '/mo-hinh/doan-vien-thanh-nien-phan-dau-tro-thanh-dang-vien-nam-tra-my/'],
    ['thach dai', '/dia-phuong/thach-dai/'],
    ['ho van ha', '/mo-hinh/nha-luoi-rau-cu-qua-ho-van-ha/'],
  ])('“%s” puts %s first', async (query, expected) => {
    const page = await searchFor(query);
    expect((await paths(page))[0]).toBe(expected);
    await page.close();
  });

  it('highlights the real word when d is typed for đ', async () => {
    const page = await searchFor('dang vien');
    const marked = await page.locator('dvk-search ol[data-list] mark').allTextContents();
    expect(marked.map((text) => text.toLowerCase())).toContain('đảng');
    await page.screenshot({ path: `${shots}search-dang-vien-1280.png`, fullPage: true });
    await page.close();
  });
});

describe('precision, abbreviations and no match', () => {
  it('counts only pages holding every word whole: “hoa lan” is about orchids, not “lăng” or “hoạch”', async () => {
    const page = await searchFor('hoa lan');
    const found = await paths(page);
    expect(found[0]).toBe('/mo-hinh/trong-hoa-lan-pham-van-huy/');
    expect(found).not.toContain('/mo-hinh/to-tu-quan-khong-co-lang-quang-cho-moi/');
    expect(await page.locator('[data-status]').textContent()).toBe(`Có ${found.length} kết quả cho “hoa lan”.`);
    expect(found.length).toBeLessThan(6);
    await page.close();
  });

  it('says when no page holds the words, and offers near pages apart, labelled as near', async () => {
    // No page says "khuyến học"; some hold both words apart ("khuyến khích", "học tập"). A long story is served
    // in parts, so its words are spread over several pages: the query must be one a single page holds in part.
    const page = await searchFor('khuyen hoc');
    expect(await page.locator('[data-status]').textContent()).toMatch(/^Không trang nào chứa đủ các từ “khuyen hoc”\./);
    expect(await paths(page)).toEqual([]);
    const near = page.locator('[data-near]');
    await expect(near.isVisible()).resolves.toBe(true);
    expect(await near.locator('h3').first().textContent()).toContain('gần đúng');
    expect(await near.locator('ol[data-near-list] > li').count()).toBeGreaterThan(0);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.screenshot({ path: `${shots}search-no-match-360.png`, fullPage: true });
    await page.close();
  });

  // A story's address stands for any of its parts (…/phan-2/): the part that holds the words is the result.
  it.each([
    ['dvk', '/bai-viet/long-an-dan-van-kheo-va-bao-hiem-y-te-nam-2024/'],
    ['HĐND', '/bai-viet/cho-moi-dat-chi-tieu-thi-dua-dan-van-kheo-nam-2021/'],
    ['bhyt', '/mo-hinh/van-dong-mua-bhyt-cho-moi/'],
  ])('expands the abbreviation “%s” the sources use, finding %s', async (query, expected) => {
    const page = await searchFor(query);
    const found = await paths(page);
    const sameStory = (path: string) => path.startsWith(expected) && /^(phan-\d+\/)?$/.test(path.slice(expected.length));
    expect(found.some(expected.startsWith('/bai-viet/') ? sameStory : (path) => path === expected), found.join(', ')).toBe(true);
    await page.close();
  });

  it('lets the last word match as a prefix while it is being typed', async () => {
    const page = await searchFor('');
    await page.locator('#search-query').pressSequentially('hoa la', { delay: 20 });
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'hoa la');
    await settled(page);
    expect((await paths(page))[0]).toBe('/mo-hinh/trong-hoa-lan-pham-van-huy/');
    await page.close();
  });
});

describe('the search page', () => {
  it('reads ?q= on load, fills the box and announces the count', async () => {
    const page = await searchFor('nha luoi');
    await expect(page.locator('#search-query').inputValue()).resolves.toBe('nha luoi');
    const status = page.locator('[role="status"]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toMatch(/^Có \d+ kết quả cho “nha luoi”\.$/);
    expect(await page.locator('main ol[data-list] > li').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('narrows results with a filter, and the filter is in the URL', async () => {
    const page = await searchFor('long huu');
    const all = await paths(page);
    await page.locator('[data-filters] summary').click();
    await page.locator('select[name="loai"]').selectOption('so-lieu');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('loai') === 'so-lieu');
    await settled(page);
    const datasets = await paths(page);
    expect(datasets.length).toBeGreaterThan(0);
    expect(datasets.length).toBeLessThan(all.length);
    expect(datasets.every((path) => path.startsWith('/so-lieu/'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe('long huu');
    await page.close();
  });

  it('opens a shared URL with its filters applied', async () => {
    const page = await searchFor('', '&loai=dia-phuong&tinh=ha-tinh');
    const found = await paths(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((path) => path.startsWith('/dia-phuong/'))).toBe(true);
    await expect(page.locator('select[name="tinh"]').inputValue()).resolves.toBe('ha-tinh');
    await expect(page.locator('[data-filters]').getAttribute('open')).resolves.not.toBeNull();
    await page.close();
  });

  it('keeps the URL in step while typing', async () => {
    const page = await searchFor('');
    await page.locator('#search-query').fill('hoa lan');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'hoa lan');
    await settled(page);
    expect((await paths(page))[0]).toBe('/mo-hinh/trong-hoa-lan-pham-van-huy/');
    await page.close();
  });

  it('moves the keyboard to the first new result after “more”', async () => {
    const page = await searchFor('mo hinh');
    const more = page.locator('[data-more]');
    await expect(more.isVisible()).resolves.toBe(true);
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('dvk-search ol[data-list] > li').length > 10);
    const focused = await page.evaluate(() => document.activeElement?.closest('li'));
    expect(focused).not.toBeNull();
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('dvk-search ol[data-list] > li')].indexOf(document.activeElement!.closest('li')!),
      ),
    ).toBe(10);
    await page.close();
  });

  it('works under a strict Content Security Policy (no inline code or styles; WebAssembly allowed)', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => message.text().includes('Content Security Policy') && violations.push(message.text()));
    await page.route('**/tim-kiem/**', async (route) => {
      const response = await route.fetch();
      const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; worker-src 'self'; object-src 'none'";
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
    });
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent('nha luoi')}`);
    await settled(page);
    expect((await paths(page))[0]).toBe('/mo-hinh/nha-luoi-rau-cu-qua-ho-van-ha/');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('passes axe with results shown', async () => {
    const page = await searchFor('nha luoi');
    // Evaluated through DevTools: an injected <script> would be blocked by the page's CSP.
    await page.evaluate(readFileSync(join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run(document)).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('the header search box', () => {
  it('loads nothing while typing, then submits to /tim-kiem/?q= from the keyboard', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/mo-hinh/`);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.id === 'header-search')); i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search');
    await page.keyboard.type('nha luoi');
    expect(fetched.filter((path) => path.startsWith('/pagefind/') || path.endsWith('.js'))).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=nha\+luoi$/);
    await settled(page);
    expect((await paths(page))[0]).toBe('/mo-hinh/nha-luoi-rau-cu-qua-ho-van-ha/');
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('still submits, says search needs JavaScript and links to the directories', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/mo-hinh/`);
    await page.locator('#header-search').fill('nha luoi');
    await page.locator('#header-search').press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=nha\+luoi$/);
    const message = page.locator('main noscript + *, main p:has-text("cần JavaScript")').first();
    await expect(message.isVisible()).resolves.toBe(true);
    await expect(message.locator('a[href="/linh-vuc/"]').count()).resolves.toBe(1);
    await expect(message.locator('a[href="/dia-phuong/"]').count()).resolves.toBe(1);
    await expect(page.locator('[data-results]').isVisible()).resolves.toBe(false);
    await page.screenshot({ path: `${shots}search-no-js-320.png`, fullPage: true });
    await context.close();
  });
});
