/**
 * Structured data as search engines read it, on every built page that carries it, checked with a maintained
 * checker from npm (structured-data-testing-tool, offline: it is given the page's HTML):
 * - stories: its Google preset for NewsArticle (headline, image, author, datePublished, publisher with logo…);
 * - datasets: Google's documented Dataset requirements (name; description of 50 to 5000 characters) and the
 *   recommended properties the site has (url, licence, coverage, variables, downloads), as a preset of the same tool;
 * - the home page: WebSite with a SearchAction on /tim-kiem/?q=; model pages: a Project with its place, lead
 *   (where known) and sources; every Place inside its parent (containedInPlace) where the place has one.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles, read } from './build-helpers.ts';

const siteDir = inject('siteDir');
const require = createRequire(import.meta.url);

interface SdttTest {
  test: string;
  expect?: unknown;
  warning?: boolean;
  passed?: boolean;
  description?: string;
}
interface SdttResult {
  passed: SdttTest[];
  failed: SdttTest[];
  warnings: SdttTest[];
  schemas: string[];
}
const { structuredDataTest } = require('structured-data-testing-tool') as {
  structuredDataTest: (input: Buffer, options: { presets?: unknown[]; schemas?: string[] }) => Promise<SdttResult>;
};
const { Google } = require('structured-data-testing-tool/presets') as { Google: unknown };

/** Google's Dataset structured data: required name and description (50–5000 characters), and what it recommends. */
const GoogleDataset = {
  name: 'Google Dataset',
  description: 'Dataset rich results (Google Search Central, "Dataset" structured data)',
  tests: [
    { test: 'Dataset' },
    { test: 'Dataset[*].name' },
    { test: 'Dataset[*].description', expect: /^[\s\S]{50,5000}$/ },
    { test: 'Dataset[*].url' },
    { test: 'Dataset[*].license' },
    { test: 'Dataset[*].isAccessibleForFree' },
    { test: 'Dataset[*].temporalCoverage' },
    { test: 'Dataset[*].spatialCoverage' },
    { test: 'Dataset[*].variableMeasured' },
    { test: 'Dataset[*].distribution[*].contentUrl' },
    { test: 'Dataset[*].distribution[*].encodingFormat' },
  ],
};

/** Runs the checker; a failure comes back as a rejected promise carrying the same result. */
async function check(file: string, options: { presets: unknown[]; schemas: string[] }): Promise<SdttResult> {
  try {
    return await structuredDataTest(Buffer.from(read(join(siteDir, file))), options);
  } catch (error) {
    const result = (error as { res?: SdttResult }).res;
    if (!result) throw error;
    return result;
  }
}

const pagesUnder = (dir: string) => htmlFiles(siteDir).filter((f) => f.startsWith(`${dir}/`) && f !== `${dir}/index.html`);

/** Every JSON-LD object of a page. */
function jsonLd(file: string): Record<string, unknown>[] {
  return parse(read(join(siteDir, file)))
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => JSON.parse(s.textContent) as Record<string, unknown>);
}

describe('rich results (structured-data-testing-tool)', () => {
  it('every story meets Google’s NewsArticle requirements, with no warning', async () => {
    // A long story's parts 2 and on (…/phan-2/) are pages of the article at the story's own address, which
    // carries its structured data; they carry none, so the article is not listed once per part.
    const stories = pagesUnder('bai-viet').filter((file) => !/\/phan-\d+\//.test(file));
    expect(stories.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const file of stories) {
      const result = await check(file, { presets: [Google], schemas: ['NewsArticle'] });
      for (const t of [...result.failed, ...result.warnings]) problems.push(`${file}: ${t.test} ${t.description ?? ''}`);
      // The checker names what it checked: the Google preset's NewsArticle tests, publisher logo included.
      const checked = result.passed.map((t) => t.test.replace(/^NewsArticle\[\d+\]/, 'NewsArticle[*]'));
      for (const required of ['author', 'datePublished', 'headline', 'image', 'publisher.name', 'publisher.logo.url'])
        if (!checked.includes(`NewsArticle[*].${required}`)) problems.push(`${file}: ${required} not checked`);
    }
    expect(problems).toEqual([]);
  });

  it('every dataset page meets Google’s Dataset requirements', async () => {
    // The dataset pages (the field comparison under /so-lieu/ is a page about several datasets, not one).
    const datasets = pagesUnder('so-lieu').filter((file) => jsonLd(file).some((d) => d['@type'] === 'Dataset'));
    expect(datasets.length).toBeGreaterThan(15);
    const problems: string[] = [];
    for (const file of datasets) {
      const result = await check(file, { presets: [GoogleDataset], schemas: ['Dataset'] });
      for (const t of result.failed) problems.push(`${file}: ${t.test}`);
      if (result.passed.length < GoogleDataset.tests.length) problems.push(`${file}: only ${result.passed.length} checks passed`);
    }
    expect(problems).toEqual([]);
  });
});

describe('structured data the checker has no preset for', () => {
  it('the home page is a WebSite searchable at /tim-kiem/?q=', () => {
    const site = jsonLd('index.html').find((d) => d['@type'] === 'WebSite');
    expect(site).toMatchObject({
      potentialAction: { '@type': 'SearchAction', 'query-input': 'required name=search_term_string' },
    });
    const template = (site?.['potentialAction'] as { target: { urlTemplate: string } }).target.urlTemplate;
    expect(new URL(template.replace('{search_term_string}', 'x')).pathname).toBe('/tim-kiem/');
    expect(template).toMatch(/\?q=\{search_term_string\}$/);
  });

  it('every model page is a Project with its place inside its parents, and the sources that describe it', () => {
    const models = pagesUnder('mo-hinh');
    expect(models.length).toBeGreaterThan(10);
    for (const file of models) {
      const project = jsonLd(file).find((d) => d['@type'] === 'Project');
      expect(project, file).toBeDefined();
      expect(project?.['name'], file).toBeTruthy();
      expect(project?.['description'], file).toBeTruthy();
      expect((project?.['location'] as { '@type': string })['@type'], file).toBe('Place');
      expect((project?.['subjectOf'] as unknown[]).length, file).toBeGreaterThan(0);
    }
  });

  it('every Place with a parent on the site names it (containedInPlace), on every page', () => {
    const problems: string[] = [];
    const visit = (node: unknown, file: string) => {
      if (Array.isArray(node)) return node.forEach((n) => visit(n, file));
      if (!node || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      const url = typeof record['url'] === 'string' ? record['url'] : '';
      // A place page of the site whose own page has a parent in its breadcrumbs: its node must say so.
      if (record['@type'] === 'Place' && /\/dia-phuong\/[^/]+\/$/.test(url)) {
        const own = jsonLd(`dia-phuong/${url.split('/').at(-2)}/index.html`)[0];
        if (own?.['containedInPlace'] && !record['containedInPlace']) problems.push(`${file}: ${String(record['name'])}`);
      }
      for (const value of Object.values(record)) visit(value, file);
    };
    for (const file of htmlFiles(siteDir)) for (const data of jsonLd(file)) visit(data, file);
    expect(problems).toEqual([]);
  });
});
