/**
 * What the search index knows about a page besides its text: type, place, fields, years, a date to
 * sort by, and names people type that the page shows only in small print (aliases, people).
 * Pages build one with these functions and hand it to the layout, which writes it as Pagefind
 * `<meta>` tags (src/components/search/SearchMeta.astro).
 */
import type { Article, DatasetEntry, Model, PlaceEntry, Site } from '../content.ts';
import { dateSortKey, formatDate, formatPeriod, parsePartialDate, sourceDateNote } from '../dates.ts';
import { placeLabel } from '../places.ts';
import { FIELDS, type FieldId } from '../vocabulary.ts';

/** The four kinds of page search returns, with the label shown in results and filters. */
export const SEARCH_TYPES = [
  { id: 'mo-hinh', label: 'Mô hình' },
  { id: 'bai-viet', label: 'Bài viết' },
  { id: 'so-lieu', label: 'Số liệu' },
  { id: 'dia-phuong', label: 'Địa phương' },
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number]['id'];

export interface SearchEntry {
  type: SearchType;
  /** The result's title when it is not the page's h1 as written: "… (phần 2/3)" for a story's later part. */
  title?: string | undefined;
  /** Where it happened, as named at the time: "thôn Vĩnh Thịnh, xã Thạch Lạc, huyện Thạch Hà, tỉnh Hà Tĩnh". */
  place?: string | undefined;
  /** The province-level unit as named at the time ("tỉnh Hà Tĩnh"), for the province filter. */
  province?: string | undefined;
  /** Field names ("Kinh tế"), for the field filter. */
  fields: string[];
  /** Every year the page reports on ("2010" … "2020"), for the year filter. */
  years: string[];
  /** What the result line shows as its date: "23/12/2022", "2010–2020". */
  when?: string | undefined;
  /** ISO day to sort by date ("2022-12-23"); a partial date sorts as its first day. */
  sortDate?: string | undefined;
  /** Other names of the page's subject, people search for: aliases, the person or group behind a model. */
  keywords: string[];
  /** Topics the page is about but may not name (a story's tags); searched, not treated as names. */
  tags: string[];
}

export const typeLabel = (type: SearchType) => SEARCH_TYPES.find((t) => t.id === type)!.label;

const fieldNames = (ids: readonly FieldId[]) => ids.map((id) => FIELDS.find((f) => f.id === id)!.name);

/** Each year from `from` to `to` (inclusive), as text. */
export function yearsOf(period: { from: string; to?: string | undefined }): string[] {
  const first = parsePartialDate(period.from)?.year;
  const last = parsePartialDate(period.to ?? period.from)?.year ?? first;
  if (first === undefined || last === undefined) return [];
  return Array.from({ length: Math.max(0, last - first) + 1 }, (_, i) => String(first + i));
}

const byName = new Intl.Collator('vi');

const unique = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))];

/** Where a place sits, as named at the time, and its province-level unit. */
function located(site: Site, placeId: string) {
  const chain = site.placeChain(placeId);
  const top = chain[0];
  return {
    place: site.placePath(placeId),
    province: top && top.data.parent === null ? placeLabel(top.data) : undefined,
  };
}

export function modelSearchEntry(site: Site, model: Model): SearchEntry {
  const data = model.data;
  const source = site.sourceById.get(data.sources[0]?.source ?? '');
  const period = data.years ?? source?.data.covers;
  const asOf = source?.data.date ?? source?.data.covers.from;
  return {
    type: 'mo-hinh',
    ...located(site, data.place),
    fields: fieldNames(data.fields),
    years: period ? yearsOf(period) : [],
    when: period ? formatPeriod(period) : undefined,
    sortDate: asOf ? dateSortKey(asOf) : undefined,
    keywords: unique([...data.aliases, data.lead?.name]),
    tags: [],
  };
}

export function articleSearchEntry(site: Site, article: Article): SearchEntry {
  const data = article.data;
  const source = site.sourceById.get(data.source);
  const first = data.places[0];
  const { place, province } = first ? located(site, first) : { place: undefined, province: undefined };
  const provinces = unique(data.places.map((id) => located(site, id).province));
  return {
    type: 'bai-viet',
    place,
    // A story about several provinces is filed under the first; today every story has one.
    province: province ?? provinces[0],
    fields: fieldNames(data.fields),
    years: source ? yearsOf(source.data.covers) : [],
    // The date a reader can cite is the source article's, not the day the story went up on this site.
    when: source ? sourceDateNote(source.data) : formatDate(data.published),
    sortDate: dateSortKey(data.published),
    keywords: [],
    tags: data.tags,
  };
}

export function datasetSearchEntry(site: Site, dataset: DatasetEntry): SearchEntry {
  const data = dataset.data;
  return {
    type: 'so-lieu',
    ...located(site, data.place),
    fields: fieldNames(data.fields),
    years: yearsOf(data.period),
    when: formatDate(data.asOf),
    sortDate: dateSortKey(data.asOf),
    keywords: [],
    tags: [],
  };
}

export function placeSearchEntry(site: Site, place: PlaceEntry): SearchEntry {
  const { province } = located(site, place.id);
  const parents = site.placeChain(place.id).slice(0, -1);
  return {
    type: 'dia-phuong',
    place: parents.length > 0 ? site.placePath(parents.at(-1)!.id) : undefined,
    province,
    fields: [],
    years: [],
    keywords: place.data.aliases,
    tags: [],
  };
}

export interface FacetOption {
  /** Value in the search page's URL (?loai=mo-hinh). */
  value: string;
  /** Filter value in the index, also shown to readers. */
  label: string;
}

/** The choices offered by the search page's filters: every value some indexed page carries. */
export function searchFacets(site: Site) {
  const entries = [
    ...site.models.map((m) => modelSearchEntry(site, m)),
    ...site.articles.map((a) => articleSearchEntry(site, a)),
    ...site.datasets.map((d) => datasetSearchEntry(site, d)),
    ...site.places.map((p) => placeSearchEntry(site, p)),
  ];
  const used = (pick: (entry: SearchEntry) => (string | undefined)[]) => new Set(unique(entries.flatMap(pick)));
  const fields = used((e) => e.fields);
  const provinces = used((e) => [e.province]);
  const seen = new Set<string>();
  return {
    types: SEARCH_TYPES.map((t): FacetOption => ({ value: t.id, label: t.label })),
    fields: FIELDS.filter((f) => fields.has(f.name)).map((f): FacetOption => ({ value: f.id, label: f.name })),
    // Two units can share a name across the 2025 reform ("tỉnh An Giang"); the index cannot tell them apart either.
    provinces: site.places
      .filter((p) => p.data.parent === null && provinces.has(placeLabel(p.data)))
      .filter((p) => !seen.has(placeLabel(p.data)) && seen.add(placeLabel(p.data)))
      .map((p): FacetOption => ({ value: p.id, label: placeLabel(p.data) }))
      .sort((a, b) => byName.compare(a.label, b.label)),
    years: [...used((e) => e.years)]
      .sort()
      .reverse()
      .map((year): FacetOption => ({ value: year, label: year })),
  };
}
