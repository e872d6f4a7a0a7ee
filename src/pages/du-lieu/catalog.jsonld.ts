import type { APIRoute } from 'astro';
import { catalogDataset } from '../../lib/catalog-files.ts';
import { getSite } from '../../lib/content.ts';
import { catalogJsonLd } from '../../lib/dcat.ts';
import { readSiteConfig } from '../../lib/site-config.ts';

/** The DCAT 3 catalogue (DCAT-AP where it fits), for open-data portals' harvesters. */
export const GET: APIRoute = async ({ site }) => {
  const all = await getSite();
  const datasets = await Promise.all(all.datasets.map((d) => catalogDataset(all, d, site)));
  const body = catalogJsonLd({ siteUrl: site!, contactEmail: readSiteConfig().contactEmail, datasets });
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
