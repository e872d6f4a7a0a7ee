import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ui } from '../i18n/vi.ts';
import { sectionOf } from '../lib/share.ts';
import { undrawable } from '../lib/font-coverage.ts';
import { codePoints } from '../lib/text-normal.ts';
import { renderShareImage, shareSvg, type ShareCard } from '../lib/share-image.ts';

/** Section labels on share images, by the first segment of a page's path. */
const SECTIONS: Record<string, string> = {
  'mo-hinh': ui.nav.models,
  'bai-viet': ui.nav.articles,
  'so-lieu': ui.nav.stats,
  'dia-phuong': ui.nav.places,
  'linh-vuc': ui.nav.fields,
  nguon: ui.source.title,
  'gioi-thieu': ui.nav.about,
  'tim-kiem': ui.search.label,
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '');
const meta = (html: string, property: string) =>
  decode(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1] ?? '');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

export interface ShareJob {
  /** File to write. */
  target: string;
  card: ShareCard;
}

/**
 * Draws every card into its target file. Satori lays out one card at a time (synchronous work);
 * resvg rasterises on libuv's thread pool, four at a time. A PNG whose SVG was drawn before is
 * copied from `cacheDir`.
 */
export async function drawShareImages(jobs: ShareJob[], cacheDir: string): Promise<{ cached: number }> {
  mkdirSync(cacheDir, { recursive: true });
  let cached = 0;
  const pending = new Set<Promise<void>>();
  for (const { target, card } of jobs) {
    const svg = await shareSvg(card);
    const cacheFile = join(cacheDir, `${createHash('sha256').update(svg).digest('hex').slice(0, 32)}.png`);
    mkdirSync(dirname(target), { recursive: true });
    if (existsSync(cacheFile)) {
      writeFileSync(target, readFileSync(cacheFile));
      cached++;
      continue;
    }
    const job = renderShareImage(card, svg).then((png) => {
      writeFileSync(target, png);
      writeFileSync(cacheFile, png);
    });
    pending.add(job);
    void job.finally(() => pending.delete(job));
    if (pending.size >= 4) await Promise.race(pending);
  }
  await Promise.all(pending);
  return { cached };
}

/**
 * After the build, draws the share image every page asks for in its `og:image` tag (Base.astro
 * sets one per page), from the page's own title and description. Images are cached by the hash of
 * their SVG, so an unchanged page costs only its layout on the next build.
 */
export function shareImages(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'dan-van-kheo:share-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'share-images');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const jobs = htmlFiles(out).flatMap((file): ShareJob[] => {
          const html = readFileSync(file, 'utf8');
          const image = meta(html, 'og:image');
          if (!image) return [];
          const target = join(out, decodeURIComponent(new URL(image).pathname));
          const page = `/${relative(out, file).replace(/index\.html$/, '')}`;
          const title = meta(html, 'og:title');
          const description = meta(html, 'og:description');
          const home = title === ui.siteName;
          const card: ShareCard = {
            site: ui.siteName,
            section: sectionOf(page, SECTIONS),
            title: home ? ui.siteTagline : title,
            description: home ? '' : description,
            host: new URL(image).host,
            tagline: ui.share.imageTagline,
          };
          return [{ target, card }];
        });

        // The content check refuses such characters in content; this names any that came from elsewhere.
        for (const { target, card } of jobs) {
          const missing = undrawable(`${card.title} ${card.description} ${card.section}`);
          if (missing.length > 0) {
            logger.warn(
              `${relative(out, target)}: phông chữ không vẽ được ${missing.map((c) => `"${c}" ${codePoints(c)}`).join(', ')}; ảnh để trống chỗ đó`,
            );
          }
        }
        const { cached } = await drawShareImages(jobs, cacheDir);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${jobs.length} ảnh chia sẻ (share images) trong ${seconds} s, ${cached} lấy lại từ bộ nhớ đệm`);
      },
    },
  };
}
