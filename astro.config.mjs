// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { admin } from './src/integrations/admin.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { trimCspHashes } from './src/integrations/csp-trim.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { shareImages } from './src/integrations/share-images.ts';
import { buildSiteConfig, siteConfigGuard } from './src/integrations/site-config-guard.ts';
import { sitemapLastmod } from './src/lib/lastmod.ts';

// The public address the site is deployed at (SITE_URL): canonical URLs, citations, feeds, share images and QR
// codes use it. A release build refuses to run without it (see src/integrations/site-config-guard.ts);
// `npm start`, `npm run dev` and `astro check` work without it, at http://localhost:4321.
const siteConfig = buildSiteConfig();
const site = siteConfig.url;

// `npm run bench` compares the full build with a bare Astro build of the same pages: DVK_BARE_BUILD=1 leaves
// out the site's own build steps (content guard, search index), never used for a real build.
const bare = process.env.DVK_BARE_BUILD === '1';

// Sitemap <lastmod>: from content dates and dataset versions, not the build time (src/lib/lastmod.ts).
/** @type {((pathname: string) => string | undefined) | undefined} */
let lastmodOf;
const lastmod = (/** @type {string} */ pathname) => (lastmodOf ??= sitemapLastmod(fileURLToPath(new URL('.', import.meta.url))))(pathname);

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Drafts are never built, so never listed; the 404 page is not a page to index.
  integrations: bare
    ? [siteConfigGuard(siteConfig), mdx()]
    : [
        siteConfigGuard(siteConfig),
        contentGuard(),
        mdx(),
        sitemap({
          filter: (page) => !/\/404\/?$/.test(new URL(page).pathname),
          serialize: (item) => {
            const date = lastmod(new URL(item.url).pathname);
            return date ? { ...item, lastmod: date } : item;
          },
        }),
        shareImages(),
        // One pass over the built pages: indexed for search, then written as served, with only their own CSP hashes.
        searchIndex({ finishPage: trimCspHashes }),
        // `npm run cms` only: the admin at /quan-tri/ in the dev server (see README, "Editorial admin").
        ...(process.env.DVK_CMS === '1' ? [admin()] : []),
      ],
  vite: {
    plugins: [tailwindcss()],
    // Client scripts always ship as files, never inlined into the page: a strict Content-Security-Policy
    // (script-src 'self') forbids inline scripts. Other assets keep Vite's default.
    build: {
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      // DVK_SOURCEMAP=1 (npm run bench) writes source maps beside the scripts, not linked from them, so the
      // page-weight bench can tell the site's own code from library code in each file.
      sourcemap: process.env.DVK_SOURCEMAP === '1' ? 'hidden' : false,
    },
  },
  devToolbar: { enabled: false },
  // Writes .astro/collections/*.schema.json from src/schemas/ so the Astro editor extension checks
  // and completes MDX frontmatter (see dan-van-kheo.code-workspace).
  experimental: { contentIntellisense: true },
  // Shiki colours code with inline styles, which a hash-based CSP blocks; the site shows no code anyway.
  markdown: { syntaxHighlight: false },
  security: {
    // A <meta> CSP on every page: Astro hashes each script and style it emits, so nothing inline runs
    // unless it was built here. Pagefind compiles WebAssembly ('wasm-unsafe-eval') and runs a worker.
    // frame-ancestors cannot live in a <meta>: public/_headers sends it (see README, "Security headers").
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
