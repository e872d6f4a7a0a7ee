/**
 * The site's logo as a 512×512 PNG, drawn at build time from public/favicon.svg: structured data names it as
 * the publisher's logo (Google reads a raster logo there, not an SVG).
 */
import { renderAsync } from '@resvg/resvg-js';
import type { APIRoute } from 'astro';
import svg from '../../public/favicon.svg?raw';

export const GET: APIRoute = async () => {
  const png = await renderAsync(svg, { fitTo: { mode: 'width', value: 512 } });
  return new Response(new Uint8Array(png.asPng()), { headers: { 'Content-Type': 'image/png' } });
};
