import type { APIRoute } from 'astro';
import { themesJsonLd } from '../../lib/dcat.ts';

/** The five fields as a SKOS concept scheme: the catalogue's themes. */
export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(themesJsonLd(site!), null, 2), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
