/**
 * The sitemap's <lastmod> for every page, from content dates and dataset versions, never the build
 * time: a rebuild with the same content tells search engines nothing changed. astro.config.mjs
 * passes it to @astrojs/sitemap's `serialize`.
 *
 * - a dataset page: the date of its current version (else its asOf date);
 * - a story: `updated`, else `published`; a model: `added`, else the latest date of its sources;
 * - a source page: its date, else the latest of what cites it;
 * - a place or field page: the latest date of the datasets, stories and models in it;
 * - every other page (home, lists, open data, search, about): the latest date in content/.
 */
import { readContent } from './content-files.ts';
import { checkContent, type CheckedContent } from './integrity.ts';
import { versionDate } from './versions.ts';

const latest = (dates: (string | undefined)[]) =>
  dates
    .filter((d) => d !== undefined)
    .sort()
    .at(-1);

export function pageDates(content: CheckedContent): { byPath: Map<string, string>; site: string | undefined } {
  const byPath = new Map<string, string>();
  const set = (path: string, date: string | undefined) => date && byPath.set(path, date);
  const sourceDate = new Map(content.sources.map((s) => [s.data.id, s.data.date]));
  const parent = new Map(content.places.map((p) => [p.data.id, p.data.parent]));
  const placesOf = (id: string) => {
    const chain: string[] = [];
    for (let at: string | null | undefined = id; at; at = parent.get(at)) chain.push(at);
    return chain;
  };

  const datasets = content.stats.map(({ entry, data }) => ({
    id: entry.id,
    date: versionDate(data) ?? data.asOf,
    places: placesOf(data.place),
    fields: data.fields as string[],
    source: data.source,
  }));
  const articles = content.articles
    .filter((a) => !a.data.draft)
    .map(({ entry, data }) => ({
      id: entry.id,
      date: data.updated ?? data.published,
      places: data.places.flatMap(placesOf),
      source: data.source,
    }));
  const models = content.models
    .filter((m) => !m.data.draft)
    .map(({ entry, data }) => ({
      id: entry.id,
      date: data.added ?? latest(data.sources.map((s) => sourceDate.get(s.source))),
      places: placesOf(data.place),
      fields: data.fields as string[],
      sources: data.sources.map((s) => s.source),
    }));

  for (const d of datasets) set(`/so-lieu/${d.id}/`, d.date);
  for (const a of articles) set(`/bai-viet/${a.id}/`, a.date);
  for (const m of models) set(`/mo-hinh/${m.id}/`, m.date);
  for (const { data } of content.sources) {
    const citing = [
      ...datasets.filter((d) => d.source === data.id),
      ...articles.filter((a) => a.source === data.id),
      ...models.filter((m) => m.sources.includes(data.id)),
    ];
    set(`/nguon/${data.id}/`, data.date ?? latest(citing.map((c) => c.date)));
  }
  const all = [...datasets, ...articles, ...models];
  for (const { data } of content.places)
    set(`/dia-phuong/${data.id}/`, latest(all.filter((x) => x.places.includes(data.id)).map((x) => x.date)));
  const fields = new Set([...datasets, ...models].flatMap((x) => x.fields));
  for (const field of fields)
    set(`/linh-vuc/${field}/`, latest([...datasets, ...models].filter((x) => x.fields.includes(field)).map((x) => x.date)));
  set('/so-lieu/', latest(datasets.map((d) => d.date)));
  set('/du-lieu/', latest(datasets.map((d) => d.date)));
  set('/bai-viet/', latest(articles.map((a) => a.date)));
  set('/mo-hinh/', latest(models.map((m) => m.date)));
  return { byPath, site: latest(all.map((x) => x.date)) };
}

/** A lookup from a page's path to its lastmod, read from content/ under `root`. */
export function sitemapLastmod(root: string): (pathname: string) => string | undefined {
  const { byPath, site } = pageDates(checkContent(readContent(root), { production: true }).content);
  return (pathname) => byPath.get(pathname) ?? site;
}
