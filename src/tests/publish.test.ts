/**
 * What the built site gives to feed readers, search engines and people who share or print a page:
 * the RSS feed, the sitemap, Open Graph/Twitter tags and their share images, JSON-LD, share links,
 * the copy-link script's weight, and the QR code on printed model profiles.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readContent } from '../lib/content-files.ts';
import { checkContent } from '../lib/integrity.ts';
import { facebookShareUrl, zaloShareUrl } from '../lib/share.ts';
import { htmlFiles, projectRoot, read } from './build-helpers.ts';

const outDir = inject('siteDir');
const { content } = checkContent(readContent(projectRoot), { production: true });
const published = {
  stories: content.articles.filter((a) => !a.data.draft),
  models: content.models.filter((m) => !m.data.draft),
};
const STORY = 'bai-viet/thach-ha-138-mo-hinh-dan-van-kheo-nam-2022/index.html';
const MODEL = 'mo-hinh/nha-luoi-rau-cu-qua-ho-van-ha/index.html';

let pages: string[] = [];
const html = new Map<string, HTMLElement>();
const page = (path: string) => {
  if (!html.has(path)) html.set(path, parse(read(join(outDir, path))));
  return html.get(path)!;
};
/** The built file an absolute URL of this site points to. */
const fileFor = (url: string) => {
  const path = decodeURIComponent(new URL(url).pathname);
  return join(outDir, path.endsWith('/') ? `${path}index.html` : path);
};
const meta = (doc: HTMLElement, key: string) =>
  doc.querySelector(`meta[property="${key}"]`)?.getAttribute('content') ??
  doc.querySelector(`meta[name="${key}"]`)?.getAttribute('content');
const canonical = (doc: HTMLElement) => doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
const jsonLd = (doc: HTMLElement) =>
  doc.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent) as Record<string, unknown>);

beforeAll(() => {
  pages = htmlFiles(outDir);
});

describe('RSS feed', () => {
  // XML, not HTML: <link> has content here, so no tag is void.
  const xml = () => parse(read(join(outDir, 'rss.xml')), { lowerCaseTagName: false, voidTag: { tags: [] } });

  // The selector engine matches tag names in lower case; RSS spells this one in camel case.
  const pubDate = (item: HTMLElement) => /<pubDate>([^<]*)<\/pubDate>/.exec(item.toString())?.[1] ?? '';

  it('is RSS 2.0 in Vietnamese, with its own address', () => {
    const doc = xml();
    expect(doc.querySelector('rss')?.getAttribute('version')).toBe('2.0');
    const channel = doc.querySelector('channel')!;
    expect(channel.querySelector('title')?.text).toBe('Dân vận khéo');
    expect(channel.querySelector('description')?.text).toContain('mô hình');
    expect(channel.querySelector('language')?.text).toBe('vi');
    expect(channel.querySelector('atom\\:link')?.getAttribute('rel')).toBe('self');
    expect(read(join(outDir, 'rss.xml')).startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it('has one item per published story and per model with its date added, each linking to a built page', () => {
    const items = xml().querySelectorAll('item');
    const links = items.map((item) => item.querySelector('link')?.text ?? '');
    expect(links.filter((l) => l.includes('/bai-viet/')).length).toBe(published.stories.length);
    expect(links.filter((l) => l.includes('/mo-hinh/')).length).toBe(published.models.filter((m) => m.data.added).length);
    for (const item of items) {
      const link = item.querySelector('link')?.text ?? '';
      expect(existsSync(fileFor(link)), link).toBe(true);
      expect(item.querySelector('guid')?.text).toBe(link);
      expect(item.querySelector('title')?.text.trim()).toBeTruthy();
      expect(item.querySelector('description')?.text.trim()).toBeTruthy();
      // RFC 822 dates, as RSS 2.0 requires.
      expect(pubDate(item)).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    }
    const dates = items.map((item) => Date.parse(pubDate(item)));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('is announced on every page', () => {
    for (const path of pages) {
      expect(page(path).querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href'), path).toBe('/rss.xml');
    }
  });
});

describe('sitemap', () => {
  const locs = () =>
    parse(read(join(outDir, 'sitemap-0.xml')))
      .querySelectorAll('loc')
      .map((l) => l.text);

  it('lists every page except 404, and nothing that was not built', () => {
    const listed = locs();
    expect(listed.some((url) => url.includes('404'))).toBe(false);
    const expected = pages.filter((p) => p !== '404.html').map((p) => `/${p.replace(/index\.html$/, '')}`);
    expect(listed.map((url) => new URL(url).pathname).sort()).toEqual(expected.sort());
    expect(read(join(outDir, 'sitemap-index.xml'))).toContain('sitemap-0.xml');
  });

  it('is named in robots.txt', () => {
    expect(read(join(outDir, 'robots.txt'))).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  });
});

describe('Open Graph and Twitter tags', () => {
  it('every page has a title, description, canonical URL and its own 1200×630 share image', () => {
    const failures: string[] = [];
    const images = new Set<string>();
    for (const path of pages) {
      const doc = page(path);
      const image = meta(doc, 'og:image') ?? '';
      const problems = [
        meta(doc, 'og:title') ? '' : 'og:title',
        meta(doc, 'og:description') ? '' : 'og:description',
        // The not-found page answers at any missing address: it has neither a canonical URL nor og:url.
        (meta(doc, 'og:url') ?? '') === canonical(doc) ? '' : 'og:url',
        meta(doc, 'twitter:card') === 'summary_large_image' ? '' : 'twitter:card',
        // X falls back to og:title, og:description and og:image; a second copy that could differ is not sent.
        ['twitter:title', 'twitter:description', 'twitter:image'].every((name) => meta(doc, name) === undefined)
          ? ''
          : 'twitter: copy of og:',
        meta(doc, 'twitter:image:alt') === meta(doc, 'og:image:alt') ? '' : 'twitter:image:alt',
        meta(doc, 'og:image:alt') ? '' : 'og:image:alt',
        /^https?:\/\//.test(image) ? '' : 'og:image not absolute',
      ].filter(Boolean);
      if (image && existsSync(fileFor(image))) {
        const png = readFileSync(fileFor(image));
        if (png.readUInt32BE(16) !== 1200 || png.readUInt32BE(20) !== 630) problems.push('image size');
      } else {
        problems.push(`missing ${image}`);
      }
      if (images.has(image)) problems.push('shared image');
      images.add(image);
      if (problems.length) failures.push(`${path}: ${problems.join(', ')}`);
    }
    expect(failures).toEqual([]);
  });

  it('stories carry their dates', () => {
    for (const { entry, data } of published.stories) {
      const doc = page(`bai-viet/${entry.id}/index.html`);
      expect(meta(doc, 'og:type')).toBe('article');
      expect(meta(doc, 'article:published_time')).toBe(data.published);
    }
  });
});

describe('JSON-LD', () => {
  it('each story is a NewsArticle, based on its source with the author it names', () => {
    for (const { entry, data } of published.stories) {
      const doc = page(`bai-viet/${entry.id}/index.html`);
      const [article] = jsonLd(doc);
      expect(article).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: data.title,
        datePublished: data.published,
        url: canonical(doc),
        image: [meta(doc, 'og:image')],
        publisher: { '@type': 'Organization', name: 'Dân vận khéo' },
      });
      const source = content.sources.find((s) => s.data.id === data.source)!.data;
      const basedOn = article!.isBasedOn as Record<string, unknown>;
      expect(basedOn.name).toBe(source.title);
      if (source.author) expect(basedOn.author).toMatchObject({ '@type': 'Person', name: source.author });
    }
  });

  it('each place page is a Place named like its heading, inside its parents', () => {
    for (const { data } of content.places) {
      const doc = page(`dia-phuong/${data.id}/index.html`);
      const [place] = jsonLd(doc);
      expect(place).toMatchObject({ '@type': 'Place', name: doc.querySelector('h1')?.text.trim(), url: canonical(doc) });
      if (data.parent) expect((place!.containedInPlace as { url: string }).url).toContain(`/dia-phuong/${data.parent}/`);
    }
  });

  it('each source page names its author and their unit', () => {
    const doc = page('nguon/thach-ha-2022/index.html');
    expect(jsonLd(doc)[0]).toMatchObject({
      '@type': 'Article',
      author: {
        '@type': 'Person',
        name: 'Phan Thị Hương',
        affiliation: { '@type': 'Organization', name: 'Ban Tuyên giáo Huyện ủy Thạch Hà' },
      },
    });
  });
});

describe('sharing stories and model profiles', () => {
  it('links to Zalo and Facebook with the page address, and shows the address to copy', () => {
    for (const path of [
      ...published.stories.map((a) => `bai-viet/${a.entry.id}/index.html`),
      ...published.models.map((m) => `mo-hinh/${m.entry.id}/index.html`),
    ]) {
      const doc = page(path);
      const url = canonical(doc);
      const links = doc.querySelectorAll('section[aria-labelledby="chia-se"] a').map((a) => a.getAttribute('href'));
      expect(links, path).toEqual([zaloShareUrl(url), facebookShareUrl(url)]);
      const copy = doc.querySelector('copy-link');
      expect(copy?.querySelector('input')?.getAttribute('value'), path).toBe(url);
      // Without JavaScript the button would do nothing, so it starts hidden.
      expect(copy?.querySelector('button')?.hasAttribute('hidden'), path).toBe(true);
    }
  });

  it('ships at most 2 KB (gzip) of its own JavaScript on a story and a model page, and no inline script', () => {
    for (const path of [STORY, MODEL]) {
      const scripts = page(path).querySelectorAll('script');
      const inline = scripts.filter((s) => !s.getAttribute('src') && s.getAttribute('type') !== 'application/ld+json');
      expect(
        inline.map((s) => s.toString()),
        path,
      ).toEqual([]);
      const bytes = scripts
        .map((s) => s.getAttribute('src'))
        .filter((src): src is string => !!src && src.startsWith('/'))
        .reduce((sum, src) => sum + gzipSync(readFileSync(join(outDir, src))).length, 0);
      expect(bytes, path).toBeGreaterThan(0);
      expect(bytes, path).toBeLessThanOrEqual(2048);
    }
  });
});

describe('printed model profile', () => {
  it('carries a QR code, drawn at build time, that leads back to the page', async () => {
    for (const path of [MODEL, STORY]) {
      const doc = page(path);
      const figure = doc.querySelector('figure.print-qr');
      const url = canonical(doc);
      // Decoded from the page as a PNG reader would: one pixel per module of the code for this page's address.
      const src = figure?.querySelector('img')?.getAttribute('src') ?? '';
      expect(src).toMatch(/^data:image\/png;base64,/);
      const { data, info } = await sharp(Buffer.from(src.split(',')[1] ?? '', 'base64'))
        .greyscale()
        .raw()
        .toBuffer({ resolveWithObject: true });
      const { modules } = QRCode.create(url, { errorCorrectionLevel: 'L' });
      expect([info.width, info.height]).toEqual([modules.size, modules.size]);
      for (let y = 0; y < modules.size; y++)
        for (let x = 0; x < modules.size; x++) expect(data[y * info.width + x] === 0, `${path} ${x},${y}`).toBe(Boolean(modules.get(y, x)));
      expect(figure?.text).toContain(url);
      // Print-only: hidden on screen.
      expect(figure?.classList.contains('hidden')).toBe(true);
    }
  });
});
