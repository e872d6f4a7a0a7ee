import { z } from 'astro/zod';
import { FIELD_IDS } from '../lib/vocabulary.ts';
import { image, partialDate, slug, text } from './common.ts';

/** Frontmatter of a story in content/articles/<slug>.mdx. */
export const articleSchema = z.strictObject({
  /** Headline in sentence case, in Vietnamese. */
  title: text,
  /** One or two sentences shown in lists and shared links. */
  summary: text.max(300, 'tóm tắt (summary) dài quá 300 ký tự'),
  /** Day the story was published on this site. */
  published: partialDate,
  /** Day of the last substantive change, if any. */
  updated: partialDate.optional(),
  /** Who wrote this story (the site's editors, or a named press officer). */
  author: text,
  /** Id of the original article it draws on, in content/sources.json. */
  source: slug,
  /** Ids of the places it is about, in content/places.json. */
  places: z.array(slug).default([]),
  /** Ids of the models it mentions, in content/models/. */
  models: z.array(slug).default([]),
  /** Ids of the datasets whose figures it shows, in content/stats/. */
  datasets: z.array(slug).default([]),
  /** Fields (lĩnh vực) it covers. */
  fields: z.array(z.enum(FIELD_IDS)).default([]),
  /** Free keywords for search and related stories. */
  tags: z.array(text).default([]),
  /** Optional lead image with alt text. */
  image: image.optional(),
  /** A draft shows in `npm run dev` only, never in the built site. */
  draft: z.boolean().default(false),
});

export type ArticleData = z.infer<typeof articleSchema>;
