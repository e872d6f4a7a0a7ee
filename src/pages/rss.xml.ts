import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { ui } from '../i18n/vi.ts';
import { getSite } from '../lib/content.ts';
import { feedItems } from '../lib/feed.ts';

export const GET: APIRoute = async (context) => {
  const site = await getSite();
  const self = new URL('/rss.xml', context.site).href;
  return rss({
    title: ui.siteName,
    description: ui.feed.description,
    site: context.site ?? '',
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>vi</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: feedItems(site.articles, site.models, ui.feed.modelPrefix),
  });
};
