/**
 * Structured data (schema.org, JSON-LD) for search engines and link previews: WebSite (with its search) for
 * the home page, NewsArticle for stories, Project for models, Place (inside its parents) for places, Article
 * for the original sources with the Person and Organization they name. Only what content/ states; nothing is
 * inferred beyond the field it comes from.
 */
import type { ArticleData } from '../schemas/articles.ts';
import type { ModelData } from '../schemas/models.ts';
import type { Place } from '../schemas/places.ts';
import type { Source } from '../schemas/sources.ts';
import { placeTitle } from './places.ts';

type Json = Record<string, unknown>;

interface Site {
  name: string;
  url: string;
  /** A square raster logo (Google asks for one on articles' publisher). */
  logo: string;
}

/** A place with its URL; a chain runs from the top-level unit down to the place itself. */
export type PlaceChain = { place: Place; url: string }[];

/** The last place of `chain`, inside each of its parents in turn (containedInPlace). */
export function placeNode(chain: PlaceChain): Json {
  const node = (index: number): Json => {
    const { place, url } = chain[index]!;
    return {
      '@type': 'Place',
      name: placeTitle(place),
      url,
      ...(place.aliases.length ? { alternateName: place.aliases } : {}),
      ...(index > 0 ? { containedInPlace: node(index - 1) } : {}),
    };
  };
  return node(chain.length - 1);
}

/** The site as publisher: its name, address and logo. */
const publisher = (site: Site): Json => ({
  '@type': 'Organization',
  name: site.name,
  url: site.url,
  logo: { '@type': 'ImageObject', url: site.logo },
});

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
  places: PlaceChain[];
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
    publisher: publisher(site),
    ...(article.tags.length ? { keywords: article.tags.join(', ') } : {}),
    ...(source ? { isBasedOn: sourceJsonLd(source, sourcePage) } : {}),
    ...(places.length ? { spatialCoverage: places.map(placeNode) } : {}),
  };
}

/** A place, inside its chain of parents as the sources name them. `chain` runs from the top down. */
export function placeJsonLd(input: { chain: PlaceChain; description: string }): Json {
  return { '@context': 'https://schema.org', ...placeNode(input.chain), description: input.description };
}

/** The site itself, and how to search it (the search page reads ?q=). */
export function websiteJsonLd(site: Site & { description: string }): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    url: site.url,
    description: site.description,
    inLanguage: 'vi',
    publisher: publisher(site),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${new URL('/tim-kiem/', site.url).href}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/**
 * A model as a schema.org Project: what it is (name, other names, summary, fields), where (its place inside
 * its parents), who leads it (as the source names them, when it does) and which sources describe it.
 */
export function modelJsonLd(input: {
  model: ModelData;
  url: string;
  fields: string[];
  place: PlaceChain;
  sources: { source: Source; page: string }[];
}): Json {
  const { model, url, fields, place, sources } = input;
  const lead = model.lead?.name
    ? model.lead.type === 'cá nhân'
      ? { '@type': 'Person', name: model.lead.name }
      : organisation(model.lead.name)
    : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Project',
    name: model.name,
    ...(model.aliases.length ? { alternateName: model.aliases } : {}),
    description: model.summary,
    url,
    ...(fields.length ? { keywords: fields.join(', ') } : {}),
    ...(place.length ? { location: placeNode(place) } : {}),
    ...(lead ? { member: lead } : {}),
    subjectOf: sources.map(({ source, page }) => sourceJsonLd(source, page)),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function jsonLdText(data: Json): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
