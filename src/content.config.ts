import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema } from './schemas/articles.ts';
import { modelSchema } from './schemas/models.ts';
import { placeSchema } from './schemas/places.ts';
import { sourceSchema } from './schemas/sources.ts';
import { datasetSchema } from './schemas/stats.ts';

// Cross-references are plain ids checked by src/lib/integrity.ts, because Astro does not fail on a
// dangling reference().
export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/articles' }), schema: articleSchema }),
  models: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/models' }), schema: modelSchema }),
  stats: defineCollection({ loader: glob({ pattern: '*.json', base: './content/stats' }), schema: datasetSchema }),
  places: defineCollection({ loader: file('./content/places.json'), schema: placeSchema }),
  sources: defineCollection({ loader: file('./content/sources.json'), schema: sourceSchema }),
};
