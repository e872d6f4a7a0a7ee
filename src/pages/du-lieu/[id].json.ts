import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasets, getSite, type DatasetEntry } from '../../lib/content.ts';
import { publishDataset } from '../../lib/opendata.ts';

export const getStaticPaths = (async () =>
  (await getDatasets()).map((dataset) => ({ params: { id: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: DatasetEntry }> = async ({ props, site }) => {
  const record = publishDataset(await getSite(), props.dataset, site);
  return new Response(JSON.stringify(record, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
