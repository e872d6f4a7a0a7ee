// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';
import { searchIndex } from './src/integrations/search-index.ts';

// The public address the site is deployed at; canonical URLs and citations use it.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

// `npm run bench` compares the full build with a bare Astro build of the same pages: DVK_BARE_BUILD=1 leaves
// out the site's own build steps (content guard, search index), never used for a real build.
const bare = process.env.DVK_BARE_BUILD === '1';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: bare ? [mdx()] : [contentGuard(), mdx(), searchIndex()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
