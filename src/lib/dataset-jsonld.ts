/**
 * schema.org `Dataset` for a dataset page, built from the same record as /du-lieu/<id>.json, so search
 * engines and dataset catalogues read the figures' provenance, version, licence and downloads.
 */
import type { datasetRecord } from './opendata.ts';
import { DATA_LICENCE } from './opendata.ts';
import { quote, SITE_BODY } from './citation.ts';
import { formatDate } from './dates.ts';
import { FIELDS } from './vocabulary.ts';

type DatasetRecord = ReturnType<typeof datasetRecord>;

/** Who made the figures: the source's author, else the author's body, else this site, which compiled them. */
export function datasetCreator(source: DatasetRecord['source'], siteUrl: URL | undefined) {
  if (source.author) return { '@type': 'Person', name: source.author };
  if (source.authorUnit) return { '@type': 'Organization', name: source.authorUnit };
  return { '@type': 'Organization', name: SITE_BODY, url: new URL('/', siteUrl).href };
}

/** `spatial`: the place inside its parents (placeNode of src/lib/jsonld.ts); without it, the place alone. */
export function datasetJsonLd(record: DatasetRecord, site: URL | undefined, spatial?: Record<string, unknown>) {
  const period = record.period.to ? `${record.period.from}/${record.period.to}` : record.period.from;
  const author = record.source.author ? { '@type': 'Person', name: record.source.author } : undefined;
  const creator = datasetCreator(record.source, site);
  const fieldNames = record.fields.map((id) => FIELDS.find((f) => f.id === id)?.name).filter((n) => n !== undefined);
  const placeName = `${record.place.level} ${record.place.name}`.trim();
  const dated = record.modified ? ` (${formatDate(record.modified)})` : '';
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': `${record.url}#bo-so-lieu`,
    identifier: record.id,
    name: record.title,
    description: record.summary,
    url: record.url,
    keywords: [...new Set(['Dân vận khéo', placeName, ...fieldNames, record.unit])],
    inLanguage: 'vi',
    isAccessibleForFree: true,
    license: DATA_LICENCE.url,
    version: String(record.version),
    ...(record.published ? { datePublished: record.published } : {}),
    ...(record.modified ? { dateModified: record.modified } : {}),
    temporalCoverage: period,
    spatialCoverage: spatial ?? { '@type': 'Place', name: placeName, url: new URL(`/dia-phuong/${record.place.id}/`, site).href },
    variableMeasured: record.observations.map((o) => ({ '@type': 'PropertyValue', name: o.label, value: o.value, unitText: o.unit })),
    isBasedOn: {
      '@type': 'Article',
      headline: record.source.title,
      ...(author ? { author } : {}),
      ...(record.source.publisher ? { publisher: { '@type': 'Organization', name: record.source.publisher } } : {}),
      ...(record.source.date ? { datePublished: record.source.date } : {}),
    },
    creator,
    publisher: { '@type': 'Organization', name: SITE_BODY, url: new URL('/', site).href },
    citation: `${SITE_BODY}, ${quote(record.title)}, phiên bản ${record.version}${dated}, ${record.url}`,
    includedInDataCatalog: {
      '@type': 'DataCatalog',
      '@id': new URL('/du-lieu/catalog.jsonld', site).href,
      name: 'Dữ liệu mở của trang Dân vận khéo',
      url: new URL('/du-lieu/', site).href,
    },
    distribution: [
      {
        '@type': 'DataDownload',
        name: 'Excel (.xlsx)',
        encodingFormat: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        contentUrl: record.downloads.xlsx,
      },
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: record.downloads.csv },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: record.downloads.json },
    ],
  };
}

/** JSON for a <script type="application/ld+json">, with "<" escaped so no text can close the element. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
