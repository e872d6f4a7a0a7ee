/**
 * The page templates of the built site, found rather than listed: every route file in src/pages that
 * renders HTML is a template, and every built page belongs to the route that produced it. Gates that
 * are too slow for every page (axe, keyboard walk, Lighthouse) run on one page per template, so a new
 * route is covered the day it is added.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { htmlFiles, projectRoot } from './build-helpers.ts';

export interface Template {
  /** The route as Astro names it, e.g. `/mo-hinh/[slug]/`. */
  route: string;
  /** The page that stands for the route: the one using the most kinds of element and class. */
  path: string;
  /** That page's file, relative to the built site. */
  file: string;
  /**
   * Pages that together use every kind of element and class the route's pages use (the first is
   * `path`): a component that shows on only some pages (a photo, a chart) is still checked.
   */
  samples: { path: string; file: string }[];
  /** The HTTP status the page is served with (404 for the not-found page, asked for at a missing address). */
  status: number;
  /** How many built pages the route produced. */
  pages: number;
}

interface Route {
  route: string;
  pattern: RegExp;
  dynamicSegments: number;
}

const PAGE_EXTENSIONS = /\.(astro|md|mdx|html)$/;
/** A URL that no route produces, to ask the server for its not-found page. */
export const MISSING_PATH = '/khong-co-trang-nay/';

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name.startsWith('_')) return [];
    if (statSync(path).isDirectory()) return routeFiles(path);
    return PAGE_EXTENSIONS.test(name) ? [path] : [];
  });
}

/** `src/pages/mo-hinh/[slug].astro` → `/mo-hinh/[slug]/` with a pattern matching its built URLs. */
function toRoute(file: string, pagesDir: string): Route {
  const segments = relative(pagesDir, file).replace(PAGE_EXTENSIONS, '').split(sep);
  if (segments.at(-1) === 'index') segments.pop();
  if (segments.length === 1 && segments[0] === '404') return { route: '/404', pattern: /^\/404\.html$/, dynamicSegments: 0 };
  const route = `/${segments.map((s) => `${s}/`).join('')}`;
  const escape = (s: string) => s.replace(/[.*+?^${}()|\\]/g, '\\$&');
  const parts = segments.map((s) => {
    if (/^\[\.\.\.[^\]]+\]$/.test(s)) return '(?:.+/)?';
    return `${escape(s).replace(/\\?\[[^\]]+\\?\]/g, '[^/]+')}/`;
  });
  const dynamicSegments = segments.filter((s) => s.includes('[')).length;
  return { route, pattern: new RegExp(`^/${parts.join('')}$`), dynamicSegments };
}

/** The kinds of element and class a page uses: a page using more of them shows more components. */
function kindsOf(html: string): Set<string> {
  const kinds = new Set<string>();
  for (const [, tag] of html.matchAll(/<([a-z][a-z0-9-]*)/g)) kinds.add(`<${tag}`);
  for (const [, classes] of html.matchAll(/\sclass="([^"]*)"/g)) for (const c of classes!.split(/\s+/)) if (c) kinds.add(c);
  return kinds;
}

/** Greedy set cover: the richest file first, then each file that adds the most kinds not yet seen. */
export function cover(pages: { file: string; kinds: Set<string> }[]): string[] {
  const seen = new Set<string>();
  const chosen: string[] = [];
  for (;;) {
    let best: { file: string; gain: number } | undefined;
    for (const { file, kinds } of pages) {
      let gain = 0;
      for (const kind of kinds) if (!seen.has(kind)) gain++;
      if (gain > 0 && (!best || gain > best.gain)) best = { file, gain };
    }
    if (!best) return chosen;
    chosen.push(best.file);
    for (const kind of pages.find((p) => p.file === best.file)!.kinds) seen.add(kind);
  }
}

/** `mo-hinh/x/index.html` → `/mo-hinh/x/`; `404.html` → `/404.html`. */
export function urlPath(file: string): string {
  const path = `/${file.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * One representative page per route of the site built into `siteDir`. Throws if a built page matches
 * no route, so nothing escapes the gates unseen.
 */
export function findTemplates(siteDir: string, root = projectRoot): Template[] {
  const pagesDir = join(root, 'src', 'pages');
  // Astro prefers static segments over dynamic ones; so does this.
  const routes = routeFiles(pagesDir)
    .map((file) => toRoute(file, pagesDir))
    .sort((a, b) => a.dynamicSegments - b.dynamicSegments);
  const byRoute = new Map<string, { file: string; kinds: Set<string> }[]>();
  const orphans: string[] = [];
  for (const file of htmlFiles(siteDir)) {
    const route = routes.find((r) => r.pattern.test(urlPath(file)));
    if (!route) {
      orphans.push(file);
      continue;
    }
    const list = byRoute.get(route.route) ?? [];
    list.push({ file, kinds: kindsOf(readFileSync(join(siteDir, file), 'utf8')) });
    byRoute.set(route.route, list);
  }
  if (orphans.length) throw new Error(`Trang không thuộc route nào trong src/pages: ${orphans.join(', ')}`);
  return [...byRoute.entries()]
    .map(([route, files]) => {
      const notFound = route === '/404';
      const samples = cover(files).map((file) => ({ file, path: notFound ? MISSING_PATH : urlPath(file) }));
      return { route, ...samples[0]!, samples, status: notFound ? 404 : 200, pages: files.length };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

/** The templates the issue names, for the benchmark: found by route so a renamed file is noticed. */
export const NAMED_TEMPLATES = {
  home: '/',
  story: '/bai-viet/[slug]/',
  model: '/mo-hinh/[slug]/',
  dataset: '/so-lieu/[id]/',
  place: '/dia-phuong/[id]/',
  search: '/tim-kiem/',
} as const;

export function namedTemplates(siteDir: string): { name: keyof typeof NAMED_TEMPLATES; template: Template }[] {
  const all = findTemplates(siteDir);
  return Object.entries(NAMED_TEMPLATES).map(([name, route]) => {
    const template = all.find((t) => t.route === route);
    if (!template) throw new Error(`Không thấy mẫu trang ${name} (${route}) trong bản build`);
    return { name: name as keyof typeof NAMED_TEMPLATES, template };
  });
}
