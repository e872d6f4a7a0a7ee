import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasets, getSite, type DatasetEntry } from '../../lib/content.ts';
import { datasetRecord } from '../../lib/opendata.ts';

export const getStaticPaths = (async () =>
  (await getDatasets()).map((dataset) => ({ params: { id: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: DatasetEntry }> = async ({ props, site }) => {
  const { dataset } = props;
  const all = await getSite();
  const record = datasetRecord({
    id: dataset.id,
    data: dataset.data,
    place: all.placeById.get(dataset.data.place)?.data,
    source: all.sourceById.get(dataset.data.source)?.data,
    url: new URL(`/so-lieu/${dataset.id}/`, site).href,
  });
  return new Response(JSON.stringify(record, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
