/**
 * The files the catalogue lists for each dataset, with their sizes in bytes, computed from the same
 * functions that write them (the workbook is built once and shared with its endpoint).
 */
import type { DatasetEntry, Site } from './content.ts';
import type { CatalogDataset, CatalogFile } from './dcat.ts';
import { datasetCsv, datasetJson } from './opendata.ts';
import { datasetVersions } from './versions.ts';
import { cachedDatasetWorkbook } from './workbook.ts';

type SiteParts = Pick<Site, 'placeById' | 'sourceById' | 'placeChain'>;

export async function datasetFiles(site: SiteParts, dataset: DatasetEntry, siteUrl: URL | undefined): Promise<CatalogFile[]> {
  const { id, data } = dataset;
  const workbook = await cachedDatasetWorkbook(site, dataset, siteUrl);
  return [
    { kind: 'xlsx', path: `/du-lieu/${id}.xlsx`, bytes: workbook.byteLength },
    { kind: 'csv', path: `/du-lieu/${id}.csv`, bytes: Buffer.byteLength(datasetCsv(id, data)) },
    { kind: 'json', path: `/du-lieu/${id}.json`, bytes: Buffer.byteLength(datasetJson(site, dataset, siteUrl)) },
    ...datasetVersions(data).map((v): CatalogFile => ({
      kind: 'csv',
      path: `/du-lieu/${id}/v${v.version}.csv`,
      bytes: Buffer.byteLength(datasetCsv(id, v)),
      version: v.version,
    })),
  ];
}

export async function catalogDataset(site: SiteParts, dataset: DatasetEntry, siteUrl: URL | undefined): Promise<CatalogDataset> {
  return {
    id: dataset.id,
    data: dataset.data,
    places: site
      .placeChain(dataset.data.place)
      .reverse()
      .map((p) => ({ id: p.id, data: p.data })),
    source: site.sourceById.get(dataset.data.source)?.data,
    files: await datasetFiles(site, dataset, siteUrl),
  };
}
