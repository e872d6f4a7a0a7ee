import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { nfcDeep } from './lib/text-normal.ts';
import { articleSchema } from './schemas/articles.ts';
import { modelSchema } from './schemas/models.ts';
import { placeSchema } from './schemas/places.ts';
import { sourceSchema } from './schemas/sources.ts';
import { datasetSchema } from './schemas/stats.ts';

// Cross-references are plain ids checked by src/lib/integrity.ts, because Astro does not fail on a
// dangling reference().
// Every string is read in Unicode NFC, as the content check reads it (src/lib/text-normal.ts): text typed
// with decomposed tone marks compares, sorts and searches like the same text typed composed.
const nfc = (loader: Loader): Loader => ({
  ...loader,
  load: (context) =>
    loader.load({
      ...context,
      parseData: (props) => context.parseData({ ...props, data: nfcDeep(props.data).value as typeof props.data }),
    }),
});

export const collections = {
  articles: defineCollection({ loader: nfc(glob({ pattern: '*.mdx', base: './content/articles' })), schema: articleSchema }),
  models: defineCollection({ loader: nfc(glob({ pattern: '*.mdx', base: './content/models' })), schema: modelSchema }),
  stats: defineCollection({ loader: nfc(glob({ pattern: '*.json', base: './content/stats' })), schema: datasetSchema }),
  places: defineCollection({ loader: nfc(file('./content/places.json')), schema: placeSchema }),
  sources: defineCollection({ loader: nfc(file('./content/sources.json')), schema: sourceSchema }),
};
