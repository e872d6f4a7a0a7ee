import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind index into `<outDir>/pagefind/` once Astro has written the site, so
 * `npm run build`, `npm start` and the tests' build all ship search. Only pages whose <main> carries
 * `data-pagefind-body` are indexed (Base.astro sets it when a page passes `search`). The whole site
 * is one language, `vi`, so the index is never split.
 */
/**
 * Size Pagefind aims for when it splits the word index into files (its default, 20000, gives files
 * of ~23 KB here). A query downloads the file holding each word it looks up, so smaller files make
 * a first query cheaper: 2500 took the heaviest first query from 152 to 106 KB transferred
 * (`npm run bench -- search`). The price is more files, each listed in the pf_meta file every
 * search loads first: check that list on a large site before keeping this value there. Set
 * PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE to try another. Pagefind marks the setting unstable; if a
 * release drops it, the index falls back to the default files, which work the same, only heavier.
 */
export const INDEX_CHUNK_SIZE = 2500;

/**
 * `finishPage`: what else the built pages need before they are served (astro.config.mjs passes the CSP trim,
 * src/integrations/csp-trim.ts). It runs in the same pass that reads every page for the index, so each page
 * is read and written once, not once per step (tens of thousands of pages on a large site).
 */
export function searchIndex({ finishPage = (html: string) => html }: { finishPage?: (html: string) => string } = {}): AstroIntegration {
  return {
    name: 'dan-van-kheo:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        // Pagefind reads this when its indexing service starts, i.e. at createIndex().
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const problems = [...errors];
        try {
          for (const file of await htmlFiles(site)) {
            const html = await readFile(file, 'utf8');
            const added = await index.addHTMLFile({ sourcePath: relative(site, file), content: forIndexing(html) });
            problems.push(...added.errors);
            const served = finishPage(withoutIndexMeta(html));
            if (served !== html) await writeFile(file, served);
          }
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          problems.push(...written.errors);
        } finally {
          await pagefind.close();
        }
        if (problems.length > 0) throw new Error(`Pagefind: ${problems.join('; ')}`);
        logger.info(`chỉ mục tìm kiếm xong (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}

/**
 * The served page without the <meta name="pagefind-…"> tags (components/search/SearchMeta.astro): they are
 * for the index alone, which has read them by then, and would cost every indexed page 150–250 bytes of gzip
 * (issue 13, page weight). Pagefind's results carry them (src/tests/search.browser.test.ts).
 */
export function withoutIndexMeta(html: string): string {
  return html.replace(/<meta name="pagefind-[a-z-]+"[^>]*>/g, '');
}

/**
 * The HTML Pagefind reads, which is not the HTML served: Pagefind runs a term (<dt>) and its
 * description (<dd>), or adjacent table cells, together into one word ("Địa bànthôn"), so a space
 * is put before each of their closing tags.
 */
export function forIndexing(html: string): string {
  return html.replace(/<\/(dt|dd|th|td)>/g, ' </$1>');
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}
