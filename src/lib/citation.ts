/**
 * Citations for a dataset page, in the style Vietnamese administrative and academic reports use for
 * web documents: author or body, title in quotes, kind in brackets, where it comes from, address, and
 * "truy cập ngày …". The access date is the reader's: pages render ACCESS_DATE_PLACEHOLDER, and the
 * copy element puts today's date in its place.
 */
import type { Dataset } from '../schemas/stats.ts';
import type { Place } from '../schemas/places.ts';
import type { Source } from '../schemas/sources.ts';
import { formatDate, formatPeriod } from './dates.ts';
import { placeLabel } from './places.ts';
import type { DatasetEntry, Site } from './content.ts';
import { versionDate } from './versions.ts';

export const SITE_BODY = 'Trang Dân vận khéo';
/** Shown where the access date goes until the browser fills it in (and left for the reader without JavaScript). */
export const ACCESS_DATE_PLACEHOLDER = '[ngày truy cập]';

export interface CitationInput {
  data: Pick<Dataset, 'title' | 'period' | 'asOf'> & Partial<Pick<Dataset, 'version'>>;
  /** Date of the cited version (YYYY-MM-DD), and the address of its stable CSV file. */
  versionDate?: string | undefined;
  versionCsv?: string | undefined;
  /** The place and its parents, nearest first. */
  places: Pick<Place, 'name' | 'level'>[];
  source: Pick<Source, 'title' | 'titleIsDescriptive' | 'author' | 'authorUnit' | 'publisher' | 'date'> | undefined;
  /** Absolute page address, with an #anchor for a single figure. */
  url: string;
  /** Access date as dd/mm/yyyy, or the placeholder. */
  accessed?: string;
}

/** Quotes a title; quotation marks inside it become single ones, as Vietnamese typography nests them. */
export function quote(title: string): string {
  return `“${title.replaceAll('“', '‘').replaceAll('”', '’')}”`;
}

/** A source's title as cited: quoted, or in [brackets] when the title is our description. */
export function sourceTitle(source: Pick<Source, 'title' | 'titleIsDescriptive'>): string {
  return source.titleIsDescriptive ? `[${source.title}]` : quote(source.title);
}

/** "ngày 23/12/2022", "tháng 02/2021", "năm 2024": a partial date says only what it knows. */
function datedAs(date: string): string {
  const precision = date.split('-').length;
  return `${precision === 3 ? 'ngày' : precision === 2 ? 'tháng' : 'năm'} ${formatDate(date)}`;
}

/** "phiên bản 2 (01/12/2026)": which figures were cited, so a later correction can be told apart. */
function versionText(data: CitationInput['data'], versionDate: string | undefined): string | undefined {
  if (data.version === undefined) return undefined;
  return `phiên bản ${data.version}${versionDate ? ` (${formatDate(versionDate)})` : ''}`;
}

/** "Thạch Hà 2022" style short citation: title, version, site, address, access date. */
export function shortCitation({ data, url, versionDate, accessed = ACCESS_DATE_PLACEHOLDER }: CitationInput): string {
  const version = versionText(data, versionDate);
  return `${SITE_BODY}, ${quote(data.title)}${version ? `, ${version}` : ''}, ${url}, truy cập ngày ${accessed}.`;
}

/** Full citation: adds place as named at the time, period, and the original article it is drawn from. */
export function fullCitation({
  data,
  places,
  source,
  url,
  versionDate,
  versionCsv,
  accessed = ACCESS_DATE_PLACEHOLDER,
}: CitationInput): string {
  const where = places.map(placeLabel).join(', ');
  const version = versionText(data, versionDate);
  const parts = [
    `${SITE_BODY} (biên soạn), ${quote(data.title)} [bộ số liệu${version ? `, ${version}` : ''}], ${where}, thời kỳ ${formatPeriod(data.period)}, số liệu tính đến ${formatDate(data.asOf)}.`,
  ];
  if (source) {
    const by = [source.author, source.authorUnit].filter(Boolean).join(', ');
    const origin = [by, sourceTitle(source), source.publisher, source.date ? datedAs(source.date) : undefined].filter(Boolean).join(', ');
    parts.push(`Tổng hợp từ: ${origin}.`);
  }
  if (versionCsv) parts.push(`Số liệu của phiên bản này: ${versionCsv}.`);
  parts.push(`Truy cập tại: ${url}, ngày ${accessed}.`);
  return parts.join(' ');
}

/** The citation input of a published dataset: its place chain, source, page and current version's file. */
export function datasetCitationInput(
  site: Pick<Site, 'placeChain' | 'sourceById'>,
  dataset: DatasetEntry,
  siteUrl: URL | string | undefined,
): CitationInput {
  return {
    data: dataset.data,
    places: site
      .placeChain(dataset.data.place)
      .reverse()
      .map((p) => p.data),
    source: site.sourceById.get(dataset.data.source)?.data,
    url: new URL(`/so-lieu/${dataset.id}/`, siteUrl).href,
    versionDate: versionDate(dataset.data),
    versionCsv: new URL(`/du-lieu/${dataset.id}/v${dataset.data.version}.csv`, siteUrl).href,
  };
}
