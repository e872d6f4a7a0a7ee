import type { APIRoute } from 'astro';
import { getSite } from '../../lib/content.ts';
import { versionDate } from '../../lib/versions.ts';
import { siteWorkbook, workbookDataset, XLSX_MEDIA_TYPE } from '../../lib/workbook.ts';

/** Every dataset of the site in one Excel workbook. */
export const GET: APIRoute = async ({ site }) => {
  const all = await getSite();
  const datasets = all.datasets.map((d) => workbookDataset(all, d, site));
  const latest =
    all.datasets
      .map((d) => versionDate(d.data) ?? d.data.asOf)
      .sort()
      .at(-1) ?? '2026';
  return new Response(await siteWorkbook(datasets, latest), { headers: { 'Content-Type': XLSX_MEDIA_TYPE } });
};
