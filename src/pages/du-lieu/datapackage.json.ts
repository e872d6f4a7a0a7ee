import type { APIRoute } from 'astro';
import { getSite } from '../../lib/content.ts';
import { dataPackage } from '../../lib/datapackage.ts';

/** Frictionless Data Package over every CSV, each with its Table Schema. */
export const GET: APIRoute = async ({ site }) => {
  const all = await getSite();
  const datasets = all.datasets.map((d) => ({
    id: d.id,
    data: d.data,
    source: all.sourceById.get(d.data.source)?.data,
    url: new URL(`/so-lieu/${d.id}/`, site).href,
  }));
  const body = dataPackage(
    datasets,
    all.sources.map((s) => s.data),
    site!,
  );
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
