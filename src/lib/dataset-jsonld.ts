/**
 * schema.org `Dataset` for a dataset page, built from the same record as /du-lieu/<id>.json, so search
 * engines and dataset catalogues read the figures' provenance, licence and downloads.
 */
import type { datasetRecord } from './opendata.ts';
import { DATA_LICENCE } from './opendata.ts';

type DatasetRecord = ReturnType<typeof datasetRecord>;

export function datasetJsonLd(record: DatasetRecord, site: URL | undefined) {
  const file = (ext: string) => new URL(`/du-lieu/${record.id}.${ext}`, site).href;
  const period = record.period.to ? `${record.period.from}/${record.period.to}` : record.period.from;
  const creator = record.source.author ? { '@type': 'Person', name: record.source.author } : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: record.title,
    description: record.summary,
    url: record.url,
    inLanguage: 'vi',
    isAccessibleForFree: true,
    license: DATA_LICENCE.url,
    temporalCoverage: period,
    spatialCoverage: { '@type': 'Place', name: `${record.place.level} ${record.place.name}`.trim() },
    variableMeasured: record.observations.map((o) => ({ '@type': 'PropertyValue', name: o.label, value: o.value, unitText: o.unit })),
    isBasedOn: {
      '@type': 'Article',
      headline: record.source.title,
      ...(creator ? { author: creator } : {}),
      ...(record.source.publisher ? { publisher: { '@type': 'Organization', name: record.source.publisher } } : {}),
      ...(record.source.date ? { datePublished: record.source.date } : {}),
    },
    ...(creator ? { creator } : {}),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: file('csv') },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: file('json') },
    ],
  };
}

/** JSON for a <script type="application/ld+json">, with "<" escaped so no text can close the element. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
