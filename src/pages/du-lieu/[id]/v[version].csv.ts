import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasets } from '../../../lib/content.ts';
import { datasetCsv } from '../../../lib/opendata.ts';
import { datasetVersions, type DatasetVersion } from '../../../lib/versions.ts';

/** Every version of every dataset at a stable address, rebuilt from content/: /du-lieu/<id>/v<n>.csv. */
export const getStaticPaths = (async () =>
  (await getDatasets()).flatMap((dataset) =>
    datasetVersions(dataset.data).map((version) => ({
      params: { id: dataset.id, version: String(version.version) },
      props: { version },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ version: DatasetVersion }, { id: string }> = ({ props, params }) =>
  new Response(datasetCsv(params.id, props.version), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
