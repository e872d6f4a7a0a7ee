/**
 * Structured data (schema.org, JSON-LD) for search engines and link previews: NewsArticle for
 * stories, Place for places, Article for the original sources with the Person and Organization
 * they name. Only what content/ states; nothing is inferred beyond the field it comes from.
 */
import type { ArticleData } from '../schemas/articles.ts';
import type { Place } from '../schemas/places.ts';
import type { Source } from '../schemas/sources.ts';
import { placeTitle } from './places.ts';

type Json = Record<string, unknown>;

interface Site {
  name: string;
  url: string;
}

const organisation = (name: string): Json => ({ '@type': 'Organization', name });

/**
 * A byline as a Person or an Organization. Vietnamese bodies are named "Ban …", "Hội …", "Huyện
 * ủy …" and so on; anything else is a person's name.
 */
export function agent(name: string): Json {
  return /^(Ban|Hội|Huyện ủy|Tỉnh ủy|Đảng ủy|Ủy ban|UBND|Mặt trận|Đoàn|Chi bộ|Báo|Cổng|Trung tâm|Sở|Phòng)\b/.test(name)
    ? organisation(name)
    : { '@type': 'Person', name };
}

/** An original article, with its author (and the unit they belong to) and publisher as printed. */
export function sourceJsonLd(source: Source, pageUrl?: string): Json {
  return {
    '@type': 'Article',
    name: source.title,
    ...(source.titleIsDescriptive ? {} : { headline: source.title }),
    inLanguage: 'vi',
    ...(source.date ? { datePublished: source.date } : {}),
    ...(source.author
      ? { author: { ...agent(source.author), ...(source.authorUnit ? { affiliation: organisation(source.authorUnit) } : {}) } }
      : source.authorUnit
        ? { author: organisation(source.authorUnit) }
        : {}),
    ...(source.publisher ? { publisher: organisation(source.publisher) } : {}),
    ...(source.url ? { url: source.url } : pageUrl ? { url: pageUrl } : {}),
  };
}

export function storyJsonLd(input: {
  article: ArticleData;
  url: string;
  image: string;
  site: Site;
  source?: Source | undefined;
  sourcePage?: string | undefined;
  places: { place: Place; url: string }[];
}): Json {
  const { article, url, image, site, source, sourcePage, places } = input;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    inLanguage: 'vi',
    url,
    mainEntityOfPage: url,
    image: [image],
    datePublished: article.published,
    dateModified: article.updated ?? article.published,
    author: agent(article.author),
    publisher: { '@type': 'Organization', name: site.name, url: site.url },
    ...(article.tags.length ? { keywords: article.tags.join(', ') } : {}),
    ...(source ? { isBasedOn: sourceJsonLd(source, sourcePage) } : {}),
    ...(places.length
      ? { spatialCoverage: places.map(({ place, url: placeUrl }) => ({ '@type': 'Place', name: placeTitle(place), url: placeUrl })) }
      : {}),
  };
}

/** A place, inside its chain of parents as the sources name them. `chain` runs from the top down. */
export function placeJsonLd(input: { chain: { place: Place; url: string }[]; description: string }): Json {
  const node = (index: number): Json => {
    const { place, url } = input.chain[index]!;
    return {
      '@type': 'Place',
      name: placeTitle(place),
      url,
      ...(place.aliases.length ? { alternateName: place.aliases } : {}),
      ...(index > 0 ? { containedInPlace: node(index - 1) } : {}),
    };
  };
  return { '@context': 'https://schema.org', ...node(input.chain.length - 1), description: input.description };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function jsonLdText(data: Json): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
