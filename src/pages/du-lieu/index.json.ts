import type { APIRoute } from 'astro';
import { SITE_BODY } from '../../lib/citation.ts';
import { getSite } from '../../lib/content.ts';
import { DATA_LICENCE, publishDataset } from '../../lib/opendata.ts';
import { readSiteConfig } from '../../lib/site-config.ts';

/**
 * The open-data catalogue for simple clients: every dataset with its place, source, observations,
 * version and download URLs. Portals take /du-lieu/catalog.jsonld (DCAT) instead.
 */
export const GET: APIRoute = async ({ site }) => {
  const all = await getSite();
  const datasets = all.datasets.map((dataset) => publishDataset(all, dataset, site));
  const dates = (pick: (d: (typeof datasets)[number]) => string | null) =>
    datasets
      .map(pick)
      .filter((d) => d !== null)
      .sort();
  const contactEmail = readSiteConfig().contactEmail;
  const catalogue = {
    title: 'Dữ liệu mở của trang Dân vận khéo',
    publisher: SITE_BODY,
    language: 'vi',
    homepage: new URL('/du-lieu/', site).href,
    issued: dates((d) => d.published)[0] ?? null,
    modified: dates((d) => d.modified).at(-1) ?? null,
    ...(contactEmail ? { contactEmail } : {}),
    dcat: new URL('/du-lieu/catalog.jsonld', site).href,
    dataPackage: new URL('/du-lieu/datapackage.json', site).href,
    workbook: new URL('/du-lieu/toan-bo-so-lieu.xlsx', site).href,
  };
  return new Response(JSON.stringify({ ...catalogue, license: DATA_LICENCE, datasets }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
