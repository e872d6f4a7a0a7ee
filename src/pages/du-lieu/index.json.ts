import type { APIRoute } from 'astro';
import { getSite } from '../../lib/content.ts';
import { DATA_LICENCE, publishDataset } from '../../lib/opendata.ts';

/** The open-data catalogue: every dataset with its place, source and observations. */
export const GET: APIRoute = async ({ site }) => {
  const all = await getSite();
  const datasets = all.datasets.map((dataset) => publishDataset(all, dataset, site));
  return new Response(JSON.stringify({ license: DATA_LICENCE, datasets }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
