import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasets, getSite, type DatasetEntry } from '../../lib/content.ts';
import { datasetJson } from '../../lib/opendata.ts';

export const getStaticPaths = (async () =>
  (await getDatasets()).map((dataset) => ({ params: { id: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: DatasetEntry }> = async ({ props, site }) => {
  return new Response(datasetJson(await getSite(), props.dataset, site), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
