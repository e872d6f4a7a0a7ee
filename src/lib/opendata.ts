/**
 * Open-data files: what /du-lieu/ serves. Values stay plain numbers; every file says where the
 * figures come from and under which licence they may be reused.
 */
import type { DatasetEntry, Site } from './content.ts';
import type { Dataset } from '../schemas/stats.ts';
import type { Place } from '../schemas/places.ts';
import type { Source } from '../schemas/sources.ts';
import { safeCell } from './cell-safety.ts';
import { dateOfVersion } from './versions.ts';

export const DATA_LICENCE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.vi',
  statement:
    'Được sao chép, trích dẫn và dùng lại, kể cả cho mục đích thương mại, với điều kiện ghi rõ nguồn số liệu (bài viết gốc) và trang Dân vận khéo.',
} as const;

export const CSV_COLUMNS = [
  'dataset',
  'id',
  'label',
  'value',
  'unit',
  'qualifier',
  'target',
  'field',
  'denominator',
  'denominator_label',
  'stated_percent',
  'percent_of_target',
  'note',
] as const;

/**
 * One CSV cell (RFC 4180): numbers and booleans as written by JavaScript (dot decimals, no thousands
 * separator), text through safeCell so no spreadsheet reads it as a formula, quoted when needed.
 */
/** Each CSV column: its Vietnamese header (for people), Table Schema type and what it holds. */
export const COLUMN_INFO: Record<
  (typeof CSV_COLUMNS)[number],
  { title: string; type: 'string' | 'number' | 'boolean'; description: string }
> = {
  dataset: { title: 'Mã bộ số liệu', type: 'string', description: 'Mã bộ số liệu, như trong địa chỉ /so-lieu/<mã>/.' },
  id: { title: 'Mã số liệu', type: 'string', description: 'Mã số liệu, không trùng trong bộ số liệu.' },
  label: { title: 'Chỉ tiêu', type: 'string', description: 'Nội dung được đếm.' },
  value: { title: 'Giá trị', type: 'number', description: 'Con số, dấu chấm thập phân.' },
  unit: { title: 'Đơn vị', type: 'string', description: 'Đơn vị của giá trị.' },
  qualifier: {
    title: 'Cách nguồn diễn đạt',
    type: 'string',
    description: 'exact (chính xác), moreThan (“hơn”), atLeast (“từ … trở lên”), estimate (“ước tính”).',
  },
  target: { title: 'Là chỉ tiêu kế hoạch', type: 'boolean', description: 'true nếu con số là chỉ tiêu, không phải kết quả.' },
  field: { title: 'Lĩnh vực', type: 'string', description: 'Mã lĩnh vực mà số liệu đếm, trong /du-lieu/linh-vuc.jsonld.' },
  denominator: { title: 'Mẫu số', type: 'number', description: 'Độ lớn của tổng thể mà số liệu là một phần.' },
  denominator_label: { title: 'Tổng thể', type: 'string', description: 'Tổng thể là gì.' },
  stated_percent: { title: 'Tỷ lệ nguồn ghi (%)', type: 'number', description: 'Tỷ lệ so với mẫu số như nguồn ghi, từ 0 đến 100.' },
  percent_of_target: { title: 'Đạt so với kế hoạch (%)', type: 'number', description: 'Kết quả so với kế hoạch như nguồn ghi.' },
  note: { title: 'Ghi chú', type: 'string', description: 'Cách đọc con số.' },
};

function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' ? safeCell(value) : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV for machines: UTF-8 without a byte-order mark (the Frictionless tools and LibreOffice read the
 * header as written), comma separators, dot decimals, CRLF line ends (RFC 4180). People who open data
 * in a spreadsheet get the .xlsx file instead.
 */
export function datasetCsv(id: string, dataset: Pick<Dataset, 'observations'>): string {
  const rows = dataset.observations.map((o) =>
    [
      id,
      o.id,
      o.label,
      o.value,
      o.unit,
      o.qualifier,
      o.target,
      o.field,
      o.denominator?.value,
      o.denominator?.label,
      o.statedPercent,
      o.percentOfTarget,
      o.note,
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** Parses what datasetCsv writes (quoted cells, doubled quotes, CRLF), for round-trip tests and users' scripts. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** A place as the open-data files name it; an unknown id keeps its id with empty name and level. */
export function placeRef(place: Place | undefined, id: string) {
  return place ? { id: place.id, name: place.name, level: place.level } : { id, name: '', level: '' };
}

export interface DatasetRecordInput {
  id: string;
  data: Dataset;
  place: Place | undefined;
  source: Source | undefined;
  /** Absolute URL of the dataset page. */
  url: string;
  /** The site's public address, for the download URLs. */
  siteUrl: URL | string | undefined;
}

/** Where a dataset's files are: Excel for people, CSV and JSON for machines, and each version's CSV. */
export function downloadUrls(id: string, data: Pick<Dataset, 'version' | 'changes' | 'published'>, siteUrl: URL | string | undefined) {
  const at = (path: string) => new URL(path, siteUrl).href;
  return {
    xlsx: at(`/du-lieu/${id}.xlsx`),
    csv: at(`/du-lieu/${id}.csv`),
    json: at(`/du-lieu/${id}.json`),
    versions: Array.from({ length: data.version }, (_, i) => ({
      version: i + 1,
      date: dateOfVersion(data, i + 1) ?? null,
      csv: at(`/du-lieu/${id}/v${i + 1}.csv`),
    })),
  };
}

/** One dataset as published in /du-lieu/<id>.json and in the catalogue. */
export function datasetRecord({ id, data, place, source, url, siteUrl }: DatasetRecordInput) {
  return {
    id,
    title: data.title,
    summary: data.summary,
    url,
    place: placeRef(place, data.place),
    period: data.period,
    asOf: data.asOf,
    unit: data.unit,
    source: {
      id: data.source,
      title: source?.title ?? '',
      author: source?.author ?? null,
      authorUnit: source?.authorUnit ?? null,
      date: source?.date ?? null,
      publisher: source?.publisher ?? null,
    },
    fields: data.fields,
    observations: data.observations.map((o) => ({
      id: o.id,
      label: o.label,
      value: o.value,
      unit: o.unit,
      qualifier: o.qualifier,
      target: o.target,
      ...(o.field ? { field: o.field } : {}),
      ...(o.denominator ? { denominator: o.denominator } : {}),
      ...(o.statedPercent !== undefined ? { statedPercent: o.statedPercent } : {}),
      ...(o.percentOfTarget !== undefined ? { percentOfTarget: o.percentOfTarget } : {}),
      ...(o.note ? { note: o.note } : {}),
    })),
    relations: data.relations,
    notes: data.notes,
    version: data.version,
    published: data.published ?? null,
    modified: data.changes.at(-1)?.date ?? data.published ?? null,
    changes: data.changes,
    downloads: downloadUrls(id, data, siteUrl),
    license: DATA_LICENCE,
  };
}

/** datasetRecord for a loaded dataset, looking up its place and source and linking its page on `siteUrl`. */
export function publishDataset(site: Pick<Site, 'placeById' | 'sourceById'>, dataset: DatasetEntry, siteUrl: URL | undefined) {
  return datasetRecord({
    id: dataset.id,
    data: dataset.data,
    place: site.placeById.get(dataset.data.place)?.data,
    source: site.sourceById.get(dataset.data.source)?.data,
    url: new URL(`/so-lieu/${dataset.id}/`, siteUrl).href,
    siteUrl,
  });
}

/** /du-lieu/<id>.json as served: the catalogue records its byte size. */
export function datasetJson(site: Pick<Site, 'placeById' | 'sourceById'>, dataset: DatasetEntry, siteUrl: URL | undefined): string {
  return JSON.stringify(publishDataset(site, dataset, siteUrl), null, 2);
}
