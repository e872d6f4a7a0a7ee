// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';

// The public address the site is deployed at; canonical URLs and citations use it.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentGuard(), mdx()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
  // Writes .astro/collections/*.schema.json from src/schemas/ so the Astro editor extension checks
  // and completes MDX frontmatter (see dan-van-kheo.code-workspace).
  experimental: { contentIntellisense: true },
});
