/**
 * /du-lieu/datapackage.json: a Frictionless Data Package (v1, tabular) over every CSV the site
 * serves, each with its Table Schema, sources and licence, so `frictionless validate` and the
 * Frictionless libraries check the files without being told anything else.
 */
import { createHash } from 'node:crypto';
import type { Dataset } from '../schemas/stats.ts';
import type { Source } from '../schemas/sources.ts';
import { FIELD_IDS, QUALIFIER_IDS } from './vocabulary.ts';
import { COLUMN_INFO, CSV_COLUMNS, DATA_LICENCE, datasetCsv } from './opendata.ts';
import { datasetVersions, versionDate } from './versions.ts';

/** Where a dataset's CSV files live, relative to /du-lieu/: the current one and each version's. */
export const csvPath = (id: string, version?: number) => (version === undefined ? `${id}.csv` : `${id}/v${version}.csv`);

/** The Table Schema of a dataset CSV. */
export function tableSchema(id: string) {
  return {
    fields: CSV_COLUMNS.map((name) => {
      const info = COLUMN_INFO[name];
      const required = ['dataset', 'id', 'label', 'value', 'unit', 'qualifier', 'target'].includes(name);
      const enumOf = name === 'dataset' ? [id] : name === 'qualifier' ? [...QUALIFIER_IDS] : name === 'field' ? [...FIELD_IDS] : undefined;
      return {
        name,
        title: info.title,
        description: info.description,
        type: info.type,
        ...(info.type === 'number' ? { decimalChar: '.', bareNumber: true } : {}),
        ...(info.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
        ...(required || enumOf ? { constraints: { ...(required ? { required: true } : {}), ...(enumOf ? { enum: enumOf } : {}) } } : {}),
      };
    }),
    missingValues: [''],
    primaryKey: ['dataset', 'id'],
  };
}

export const CSV_DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true } as const;

export interface PackageDataset {
  id: string;
  data: Dataset;
  source: Source | undefined;
  /** Absolute URL of the dataset page. */
  url: string;
}

/** "Phan Thị Hương (Ban Tuyên giáo Huyện ủy Thạch Hà), “Huyện Thạch Hà…”, 2022-12-23" */
export function sourceTitle(source: Source): string {
  const by = [source.author, source.authorUnit ? `(${source.authorUnit})` : undefined].filter(Boolean).join(' ');
  return [by, `“${source.title}”`, source.date].filter(Boolean).join(', ');
}

const sha256 = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;

/** Every CSV resource of one dataset: the current file, then each version's stable file. */
export function csvResources({ id, data, source, url }: PackageDataset) {
  const common = {
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: CSV_DIALECT,
    schema: tableSchema(id),
    homepage: url,
    sources: source ? [{ title: sourceTitle(source) }] : [],
    licenses: [{ name: DATA_LICENCE.id, path: DATA_LICENCE.url, title: DATA_LICENCE.name }],
  };
  const resource = (name: string, path: string, csv: string, title: string, version: number, date: string | undefined) => ({
    name,
    path,
    title,
    description: data.summary,
    ...common,
    bytes: Buffer.byteLength(csv),
    hash: sha256(csv),
    version: String(version),
    ...(date ? { modified: date } : {}),
  });
  const current = datasetCsv(id, data);
  return [
    resource(id, csvPath(id), current, data.title, data.version, versionDate(data)),
    ...datasetVersions(data).map((v) =>
      resource(
        `${id}-v${v.version}`,
        csvPath(id, v.version),
        datasetCsv(id, v),
        `${data.title} (phiên bản ${v.version})`,
        v.version,
        v.date,
      ),
    ),
  ];
}

export function dataPackage(datasets: PackageDataset[], sources: Source[], siteUrl: URL | string) {
  return {
    profile: 'tabular-data-package',
    name: 'dan-van-kheo',
    id: new URL('/du-lieu/datapackage.json', siteUrl).href,
    title: 'Số liệu phong trào thi đua “Dân vận khéo”',
    description:
      'Mọi bộ số liệu của trang Dân vận khéo, mỗi bộ một tệp CSV (UTF-8, dấu phẩy, dấu chấm thập phân), cùng các phiên bản trước của từng bộ.',
    homepage: new URL('/du-lieu/', siteUrl).href,
    keywords: ['Dân vận khéo', 'dân vận', 'mô hình', 'số liệu'],
    licenses: [{ name: DATA_LICENCE.id, path: DATA_LICENCE.url, title: DATA_LICENCE.name }],
    sources: sources.map((s) => ({ title: sourceTitle(s) })),
    contributors: [{ title: 'Trang Dân vận khéo', path: new URL('/', siteUrl).href, role: 'publisher' }],
    resources: datasets.flatMap(csvResources),
  };
}
