/**
 * /du-lieu/catalog.jsonld: the open-data catalogue in DCAT 3 (JSON-LD), following DCAT-AP where it
 * fits, so a portal harvester (CKAN's ckanext-dcat, data.europa.eu-style tools) takes it as-is; and
 * /du-lieu/linh-vuc.jsonld: the five fields as a SKOS concept scheme, the catalogue's themes.
 */
import type { Place } from '../schemas/places.ts';
import type { Source } from '../schemas/sources.ts';
import type { Dataset } from '../schemas/stats.ts';
import { SITE_BODY } from './citation.ts';
import { placeLabel } from './places.ts';
import { FIELDS } from './vocabulary.ts';
import { dateOfVersion, versionDate } from './versions.ts';

export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  adms: 'http://www.w3.org/ns/adms#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/** The canonical licence URI (RDF names the licence, not its Vietnamese deed page). */
export const LICENCE_URI = 'https://creativecommons.org/licenses/by/4.0/';
const EU = 'http://publications.europa.eu/resource/authority';

const vi = (text: string) => ({ '@value': text, '@language': 'vi' });
const ref = (iri: string) => ({ '@id': iri });
/** A source date as the most precise XSD type it allows: "2022" gYear, "2022-12" gYearMonth, "2022-12-23" date. */
export function typedDate(date: string) {
  const type = date.length === 4 ? 'xsd:gYear' : date.length === 7 ? 'xsd:gYearMonth' : 'xsd:date';
  return { '@value': date, '@type': type };
}

export const FORMATS = {
  csv: { mediaType: 'text/csv', format: 'CSV', title: 'CSV (UTF-8, cho máy đọc)' },
  json: { mediaType: 'application/json', format: 'JSON', title: 'JSON' },
  xlsx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    format: 'XLSX',
    title: 'Excel (.xlsx)',
  },
} as const;
export type FileKind = keyof typeof FORMATS;

export interface CatalogFile {
  kind: FileKind;
  /** Path under the site, e.g. /du-lieu/<id>.csv */
  path: string;
  bytes: number;
  /** Set for a version's stable file. */
  version?: number;
}

export interface CatalogDataset {
  id: string;
  data: Dataset;
  /** The place and its parents, nearest first. */
  places: { id: string; data: Place }[];
  source: Source | undefined;
  files: CatalogFile[];
}

export interface CatalogInput {
  siteUrl: URL | string;
  contactEmail: string | undefined;
  datasets: CatalogDataset[];
}

const themeScheme = (site: URL | string) => new URL('/du-lieu/linh-vuc.jsonld#linh-vuc', site).href;
const themeUri = (site: URL | string, id: string) => new URL(`/linh-vuc/${id}/`, site).href;
const placeUri = (site: URL | string, id: string) => new URL(`/dia-phuong/${id}/`, site).href;

/** /du-lieu/linh-vuc.jsonld: the five fields as SKOS concepts, each at its page on this site. */
export function themesJsonLd(siteUrl: URL | string) {
  return {
    '@context': DCAT_CONTEXT,
    '@graph': [
      {
        '@id': themeScheme(siteUrl),
        '@type': 'skos:ConceptScheme',
        'skos:prefLabel': vi('Lĩnh vực của phong trào thi đua “Dân vận khéo”'),
        'dct:title': vi('Lĩnh vực của phong trào thi đua “Dân vận khéo”'),
        'skos:hasTopConcept': FIELDS.map((f) => ref(themeUri(siteUrl, f.id))),
      },
      ...FIELDS.map((f) => ({
        '@id': themeUri(siteUrl, f.id),
        '@type': 'skos:Concept',
        'skos:prefLabel': vi(f.name),
        'skos:notation': f.id,
        'skos:inScheme': ref(themeScheme(siteUrl)),
        'skos:topConceptOf': ref(themeScheme(siteUrl)),
      })),
    ],
  };
}

const publisher = (siteUrl: URL | string) => ({
  '@id': new URL('/gioi-thieu/#trang', siteUrl).href,
  '@type': ['foaf:Agent', 'foaf:Organization'],
  'foaf:name': vi(SITE_BODY),
  'foaf:homepage': ref(new URL('/', siteUrl).href),
});

const contactPoint = (email: string | undefined) =>
  email
    ? { 'dcat:contactPoint': { '@type': 'vcard:Organization', 'vcard:fn': vi(SITE_BODY), 'vcard:hasEmail': ref(`mailto:${email}`) } }
    : {};

/**
 * The source's author (a person) or, without one, the author's body. A source that names neither
 * (Nam Trà My's) leaves this site, which compiled the figures from it, as the creator.
 */
function creator(source: Source | undefined, siteUrl: URL | string) {
  if (source?.author) return { '@type': ['foaf:Agent', 'foaf:Person'], 'foaf:name': vi(source.author) };
  if (source?.authorUnit) return { '@type': ['foaf:Agent', 'foaf:Organization'], 'foaf:name': vi(source.authorUnit) };
  return ref(publisher(siteUrl)['@id']);
}

function distribution(siteUrl: URL | string, dataset: CatalogDataset, file: CatalogFile) {
  const format = FORMATS[file.kind];
  const url = new URL(file.path, siteUrl).href;
  const date = file.version === undefined ? versionDate(dataset.data) : dateOfVersion(dataset.data, file.version);
  return {
    '@id': `${url}#phan-phoi`,
    '@type': 'dcat:Distribution',
    'dct:title': vi(file.version === undefined ? format.title : `${format.title}, phiên bản ${file.version}`),
    'dcat:accessURL': ref(url),
    'dcat:downloadURL': ref(url),
    'dcat:mediaType': ref(`https://www.iana.org/assignments/media-types/${format.mediaType}`),
    'dct:format': ref(`${EU}/file-type/${format.format}`),
    'dcat:byteSize': { '@value': String(file.bytes), '@type': 'xsd:nonNegativeInteger' },
    'dct:license': ref(LICENCE_URI),
    ...(date ? { 'dct:modified': typedDate(date) } : {}),
  };
}

function datasetNode(input: CatalogInput, dataset: CatalogDataset) {
  const { siteUrl } = input;
  const { data } = dataset;
  const page = new URL(`/so-lieu/${dataset.id}/`, siteUrl).href;
  const by = creator(dataset.source, siteUrl);
  const author = dataset.source?.author || dataset.source?.authorUnit ? by : undefined;
  const modified = versionDate(data);
  const fieldNames = data.fields.map((id) => FIELDS.find((f) => f.id === id)?.name).filter((n) => n !== undefined);
  const keywords = [...new Set(['Dân vận khéo', ...dataset.places.map((p) => placeLabel(p.data)), ...fieldNames, data.unit])];
  const lastChange = data.changes.at(-1);
  return {
    '@id': `${page}#bo-so-lieu`,
    '@type': 'dcat:Dataset',
    'dct:identifier': dataset.id,
    'dct:title': vi(data.title),
    'dct:description': vi(data.summary),
    'dcat:keyword': keywords.map(vi),
    'dcat:theme': data.fields.map((id) => ref(themeUri(siteUrl, id))),
    'dct:spatial': ref(placeUri(siteUrl, dataset.places[0]?.id ?? data.place)),
    'dct:temporal': {
      '@type': 'dct:PeriodOfTime',
      'dcat:startDate': typedDate(data.period.from),
      ...(data.period.to ? { 'dcat:endDate': typedDate(data.period.to) } : {}),
    },
    ...(data.published ? { 'dct:issued': typedDate(data.published) } : {}),
    ...(modified ? { 'dct:modified': typedDate(modified) } : {}),
    'dcat:version': String(data.version),
    ...(lastChange ? { 'adms:versionNotes': vi(lastChange.summary) } : {}),
    'dct:publisher': ref(publisher(siteUrl)['@id']),
    'dct:creator': by,
    'dct:source': {
      '@type': 'foaf:Document',
      'dct:title': vi(dataset.source?.title ?? data.source),
      ...(author ? { 'dct:creator': author } : {}),
      ...(dataset.source?.date ? { 'dct:issued': typedDate(dataset.source.date) } : {}),
    },
    'dct:language': ref(`${EU}/language/VIE`),
    'dct:accessRights': ref(`${EU}/access-right/PUBLIC`),
    'dct:license': ref(LICENCE_URI),
    'dcat:landingPage': ref(page),
    ...contactPoint(input.contactEmail),
    'dcat:distribution': dataset.files.map((file) => distribution(siteUrl, dataset, file)),
  };
}

/** Every place a dataset names, with its parents, as dct:Location nodes linked by dct:isPartOf. */
function locations(input: CatalogInput) {
  const seen = new Map<string, Place>();
  for (const d of input.datasets) for (const p of d.places) seen.set(p.id, p.data);
  return [...seen].map(([id, place]) => ({
    '@id': placeUri(input.siteUrl, id),
    '@type': 'dct:Location',
    'skos:prefLabel': vi(placeLabel(place)),
    ...(place.parent ? { 'dct:isPartOf': ref(placeUri(input.siteUrl, place.parent)) } : {}),
  }));
}

export function catalogJsonLd(input: CatalogInput) {
  const { siteUrl } = input;
  const issued = input.datasets.map((d) => d.data.published).filter((d) => d !== undefined);
  const modified = input.datasets.map((d) => versionDate(d.data)).filter((d) => d !== undefined);
  const agent = publisher(siteUrl);
  return {
    '@context': DCAT_CONTEXT,
    '@graph': [
      {
        '@id': new URL('/du-lieu/catalog.jsonld', siteUrl).href,
        '@type': 'dcat:Catalog',
        'dct:title': vi('Dữ liệu mở của trang Dân vận khéo'),
        'dct:description': vi(
          'Các bộ số liệu về phong trào thi đua “Dân vận khéo” ở các địa phương, tổng hợp từ bài viết gốc có ghi nguồn; mỗi bộ có tệp Excel, CSV và JSON, phiên bản và nhật ký sửa đổi.',
        ),
        'dct:publisher': ref(agent['@id']),
        'dct:language': ref(`${EU}/language/VIE`),
        'dct:license': ref(LICENCE_URI),
        'foaf:homepage': ref(new URL('/du-lieu/', siteUrl).href),
        ...(issued.length ? { 'dct:issued': typedDate(issued.sort()[0]!) } : {}),
        ...(modified.length ? { 'dct:modified': typedDate(modified.sort().at(-1)!) } : {}),
        'dcat:themeTaxonomy': ref(themeScheme(siteUrl)),
        ...contactPoint(input.contactEmail),
        'dcat:dataset': input.datasets.map((d) => datasetNode(input, d)),
      },
      agent,
      ...locations(input),
    ],
  };
}
