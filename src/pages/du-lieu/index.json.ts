import type { APIRoute } from 'astro';
import { getSite } from '../../lib/content.ts';
import { DATA_LICENCE, datasetRecord } from '../../lib/opendata.ts';

/** The open-data catalogue: every dataset with its place, source and observations. */
export const GET: APIRoute = async ({ site }) => {
  const all = await getSite();
  const datasets = all.datasets.map((dataset) =>
    datasetRecord({
      id: dataset.id,
      data: dataset.data,
      place: all.placeById.get(dataset.data.place)?.data,
      source: all.sourceById.get(dataset.data.source)?.data,
      url: new URL(`/so-lieu/${dataset.id}/`, site).href,
    }),
  );
  return new Response(JSON.stringify({ license: DATA_LICENCE, datasets }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
