import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { ui } from '../i18n/vi.ts';
import { getSite } from '../lib/content.ts';
import { feedItems } from '../lib/feed.ts';

export const GET: APIRoute = async (context) => {
  const site = await getSite();
  const self = new URL('/rss.xml', context.site).href;
  const items = feedItems(site.articles, site.models, ui.feed.modelPrefix);
  // The feed changed last when its newest item was added (a date from content/, so the same build gives the same file).
  const lastBuild = new Date(Math.max(0, ...items.map((item) => item.pubDate?.getTime() ?? 0)));
  return rss({
    title: ui.siteName,
    description: ui.feed.description,
    site: context.site ?? '',
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>vi</language><lastBuildDate>${lastBuild.toUTCString()}</lastBuildDate><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items,
  });
};
