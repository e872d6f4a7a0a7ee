import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasets, getSite, type DatasetEntry } from '../../lib/content.ts';
import { cachedDatasetWorkbook, XLSX_MEDIA_TYPE } from '../../lib/workbook.ts';

/** One Excel workbook per dataset, written at build time. */
export const getStaticPaths = (async () =>
  (await getDatasets()).map((dataset) => ({ params: { id: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: DatasetEntry }> = async ({ props, site }) =>
  new Response(await cachedDatasetWorkbook(await getSite(), props.dataset, site), { headers: { 'Content-Type': XLSX_MEDIA_TYPE } });
