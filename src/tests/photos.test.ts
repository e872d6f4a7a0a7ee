/**
 * Photos (issue 12): a photo uploaded beside a model and a story is served through Astro's image pipeline.
 * A fixture photo is made at test time (there are no real photos in the sources) in a copy of the project,
 * which is built once; the built pages must show a <picture> with AVIF and WebP sources and a JPEG
 * fallback, width and height set, copies no wider than a phone and the content column need, the alt text,
 * compressed files and never the original. Illustrations in public/minh-hoa/ stay as they were.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHOTO_SIZES, PHOTO_WIDTHS } from '../lib/photos.ts';
import { astroBuild, copyProject, read } from './build-helpers.ts';

const MODEL = 'hu-gao-tinh-thuong-long-huu';
const STORY = 'xa-long-huu-tong-ket-cong-tac-dan-van-nam-2020';
const MODEL_ALT = 'Ảnh thử nghiệm: dải màu dùng trong bài kiểm tra';
const STORY_ALT = 'Ảnh PNG thử nghiệm: dải màu';

/** A photo-like picture (smooth colours and grain, so it compresses like a photo), made here. */
async function fixturePhoto(width: number, height: number, format: 'jpeg' | 'png'): Promise<Buffer> {
  const data = Buffer.alloc(width * height * 3);
  let seed = 7;
  // A PNG keeps every grain: without it, the fixture stays under the upload limit.
  const amount = format === 'jpeg' ? 24 : 0;
  const grain = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff) * amount;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      data[i] = (x / width) * 200 + grain();
      data[i + 1] = (y / height) * 180 + 40 + grain();
      data[i + 2] = 120 + 80 * Math.sin(x / 60) * Math.cos(y / 45) + grain();
    }
  }
  const image = sharp(data, { raw: { width, height, channels: 3 } });
  // A phone writes where and with what a photo was taken (EXIF): the copies the site serves must not carry it.
  return format === 'jpeg'
    ? image
        .jpeg({ quality: 92 })
        .withExif({ IFD0: { Make: 'May chup thu', ImageDescription: 'Vi tri thu nghiem' } })
        .toBuffer()
    : image.png().toBuffer();
}

/** Sets `image:` in an MDX file's frontmatter. */
function setImage(file: string, line: string) {
  const text = readFileSync(file, 'utf8').replace(/^image: .*\n/m, '');
  writeFileSync(
    file,
    text.replace(/^---\n([\s\S]*?)\n---\n/, (_m, front: string) => `---\n${front}\n${line}\n---\n`),
  );
}

const widthsOf = (srcset: string | undefined) => (srcset ?? '').split(',').map((part) => Number(/\s(\d+)w$/.exec(part.trim())?.[1]));
const urlsOf = (srcset: string | undefined) => (srcset ?? '').split(',').map((part) => part.trim().split(/\s+/)[0] ?? '');

describe('an uploaded photo, built', () => {
  let project = '';
  let dist = '';
  let status: number | null = null;
  let output = '';
  let original = 0;
  const page = (path: string) => parse(read(join(dist, path, 'index.html')));

  beforeAll(async () => {
    project = copyProject();
    dist = mkdtempSync(join(tmpdir(), 'dvk-photos-dist-'));
    for (const folder of ['models', 'articles']) mkdirSync(join(project, 'content', folder, 'anh'), { recursive: true });
    const jpeg = await fixturePhoto(2400, 1600, 'jpeg');
    original = jpeg.length;
    writeFileSync(join(project, 'content/models/anh/anh-thu.jpg'), jpeg);
    writeFileSync(join(project, 'content/articles/anh/anh-thu.png'), await fixturePhoto(1200, 900, 'png'));
    setImage(join(project, `content/models/${MODEL}.mdx`), `image: { src: anh/anh-thu.jpg, alt: '${MODEL_ALT}', illustration: false }`);
    // The story leaves `illustration` out: an uploaded photo is then a photo, with no "Hình minh họa" caption.
    setImage(join(project, `content/articles/${STORY}.mdx`), `image: { src: anh/anh-thu.png, alt: '${STORY_ALT}' }`);
    ({ status, output } = astroBuild(project, dist));
  });
  afterAll(() => {
    rmSync(project, { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
  });

  it('builds', () => {
    expect(status, output.slice(-4000)).toBe(0);
  });

  describe.each([
    ['the model page (JPEG photo)', `mo-hinh/${MODEL}`, MODEL_ALT],
    ['the story page (PNG photo)', `bai-viet/${STORY}`, STORY_ALT],
  ])('%s', (_name, path, alt) => {
    let picture: HTMLElement;
    let img: HTMLElement;
    beforeAll(() => {
      picture = page(path).querySelector('main picture')!;
      img = picture?.querySelector('img') as HTMLElement;
    });

    it('shows a <picture> with AVIF and WebP sources sized for a phone and the content column', () => {
      expect(picture, 'no <picture> in main').toBeTruthy();
      const sources = picture.querySelectorAll('source');
      expect(sources.map((s) => s.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
      for (const source of sources) {
        expect(source.getAttribute('sizes')).toBe(PHOTO_SIZES);
        expect(widthsOf(source.getAttribute('srcset'))).toEqual([...PHOTO_WIDTHS]);
      }
      // 360 px phone at 1×, the same at 2×, the 28rem column at 2×: never the 2.400 px original.
      expect(Math.max(...PHOTO_WIDTHS)).toBeLessThanOrEqual(2 * 28 * 16);
      expect(Math.min(...PHOTO_WIDTHS)).toBeLessThanOrEqual(360);
    });

    it('falls back to a JPEG <img> with width, height, srcset, alt and eager loading at the top', () => {
      expect(img.getAttribute('alt')).toBe(alt);
      const width = Number(img.getAttribute('width'));
      const height = Number(img.getAttribute('height'));
      expect(width).toBe(Math.max(...PHOTO_WIDTHS));
      expect(Math.abs(width / height - (path.startsWith('mo-hinh') ? 1.5 : 4 / 3))).toBeLessThan(0.01);
      expect(img.getAttribute('src')).toMatch(/\.jpg$/);
      expect(widthsOf(img.getAttribute('srcset'))).toEqual([...PHOTO_WIDTHS]);
      expect(img.getAttribute('sizes')).toBe(PHOTO_SIZES);
      expect(img.getAttribute('loading')).toBe('eager');
    });

    it('serves every copy from this site, compressed, and the modern formats smaller than the fallback', () => {
      const urls = [
        ...picture.querySelectorAll('source').flatMap((s) => urlsOf(s.getAttribute('srcset'))),
        ...urlsOf(img.getAttribute('srcset')),
      ];
      const bytes = new Map(urls.map((url) => [url, statSync(join(dist, url)).size]));
      for (const [url, size] of bytes) {
        // img-src 'self': same-origin files only.
        expect(url).toMatch(/^\/_astro\/anh-thu\.[\w-]+\.(avif|webp|jpg)$/);
        expect(size, url).toBeLessThan(150 * 1024);
      }
      const largest = (ext: string) => Math.max(...[...bytes].filter(([url]) => url.endsWith(ext)).map(([, size]) => size));
      expect(largest('.avif')).toBeLessThan(largest('.jpg'));
      expect(largest('.webp')).toBeLessThan(largest('.jpg'));
    });

    it('has no "Hình minh họa" caption: it is a photo', () => {
      expect(picture.closest('figure')).toBeNull();
    });
  });

  it('never copies the original photo into the site', () => {
    const files = readdirSync(join(dist, '_astro')).filter((name) => name.startsWith('anh-thu.'));
    expect(files.length).toBe(2 * 3 * PHOTO_WIDTHS.length);
    for (const name of files) expect(statSync(join(dist, '_astro', name)).size, name).toBeLessThan(original / 10);
  });

  it('drops the photo’s metadata (EXIF: camera, place) from every copy', async () => {
    expect((await sharp(join(project, 'content/models/anh/anh-thu.jpg')).metadata()).exif).toBeDefined();
    for (const name of readdirSync(join(dist, '_astro')).filter((n) => n.startsWith('anh-thu.'))) {
      const bytes = readFileSync(join(dist, '_astro', name));
      expect((await sharp(bytes).metadata()).exif, name).toBeUndefined();
      expect(bytes.includes('Vi tri thu nghiem'), name).toBe(false);
    }
  });

  it('shows the photo on model cards as decoration, lazily, from the same copies', () => {
    const card = page('mo-hinh')
      .querySelectorAll('article.card')
      .find((c) => c.querySelector(`a[href="/mo-hinh/${MODEL}/"]`))!;
    const img = card.querySelector('picture img')!;
    expect(img.getAttribute('alt')).toBe('');
    expect(img.getAttribute('loading')).toBe('lazy');
    const modelImg = page(`mo-hinh/${MODEL}`).querySelector('main picture img')!;
    expect(img.getAttribute('srcset')).toBe(modelImg.getAttribute('srcset'));
  });

  it('ships no script for the photo', () => {
    const scripts = (path: string) => page(path).querySelectorAll('script[src]').length;
    expect(scripts(`mo-hinh/${MODEL}`)).toBe(scripts('mo-hinh/nha-luoi-rau-cu-qua-ho-van-ha'));
  });

  it('keeps the illustrations in public/minh-hoa/ as they were, captioned "Hình minh họa"', () => {
    const figure = page('mo-hinh/nha-luoi-rau-cu-qua-ho-van-ha')
      .querySelectorAll('main figure')
      .find((f) => f.querySelector('img[src^="/minh-hoa/"]'))!;
    expect(figure.querySelector('img')?.getAttribute('src')).toBe('/minh-hoa/nha-luoi.svg');
    expect(figure.querySelector('img')?.getAttribute('alt')).toBeTruthy();
    expect(figure.querySelector('figcaption')?.text).toBe('Hình minh họa');
    expect(existsSync(join(dist, 'minh-hoa/nha-luoi.svg'))).toBe(true);
  });
});
