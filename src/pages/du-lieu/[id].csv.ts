import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasets, type DatasetEntry } from '../../lib/content.ts';
import { datasetCsv } from '../../lib/opendata.ts';

export const getStaticPaths = (async () =>
  (await getDatasets()).map((dataset) => ({ params: { id: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: DatasetEntry }> = ({ props }) =>
  new Response(datasetCsv(props.dataset.id, props.dataset.data), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
