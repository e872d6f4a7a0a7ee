// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';

// The public address the site is deployed at; canonical URLs and citations use it.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

// `npm run bench` compares the full build with a bare Astro build of the same pages: DVK_BARE_BUILD=1 leaves
// out the site's own build steps (content guard, search index), never used for a real build.
const bare = process.env.DVK_BARE_BUILD === '1';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: bare ? [mdx()] : [contentGuard(), mdx()],
  // DVK_SOURCEMAP=1 (npm run bench) writes source maps beside the scripts, not linked from them, so the
  // page-weight bench can tell the site's own code from library code in each file.
  vite: { plugins: [tailwindcss()], build: { sourcemap: process.env.DVK_SOURCEMAP === '1' ? 'hidden' : false } },
  devToolbar: { enabled: false },
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
