/**
 * /du-lieu/catalog.jsonld read the way a portal reads it: the `jsonld` library turns it into RDF,
 * `n3` parses the triples, and `rdf-validate-shacl` checks them against the DCAT-AP mandatory
 * classes and properties (src/tests/dcat-ap.shapes.ttl), with the theme scheme from
 * /du-lieu/linh-vuc.jsonld merged in. Every downloadURL exists in the built site with its byteSize.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import rdf from '@zazuko/env-node';
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { describe, expect, inject, it } from 'vitest';
import { readContent } from '../lib/content-files.ts';
import { checkContent } from '../lib/integrity.ts';
import { projectRoot, TEST_SITE } from './build-helpers.ts';
import { serve } from './browser.ts';

const siteDir = inject('siteDir');
const { content } = checkContent(readContent(projectRoot), { production: true });
const SITE = TEST_SITE.SITE_URL;
const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

async function quadsOf(file: string): Promise<Quad[]> {
  const doc = JSON.parse(readFileSync(join(siteDir, 'du-lieu', file), 'utf8')) as jsonld.JsonLdDocument;
  const nquads = (await jsonld.toRDF(doc, { format: 'application/n-quads' })) as unknown as string;
  return new Parser({ format: 'N-Quads' }).parse(nquads);
}

async function validate(quads: Quad[]) {
  const shapes = new Parser({ format: 'Turtle' }).parse(readFileSync(join(projectRoot, 'src/tests/dcat-ap.shapes.ttl'), 'utf8'));
  const validator = new SHACLValidator(rdf.dataset(shapes), { factory: rdf });
  return validator.validate(rdf.dataset(quads));
}

const objects = (quads: Quad[], subject: string | undefined, predicate: string) =>
  quads.filter((q) => (subject === undefined || q.subject.value === subject) && q.predicate.value === predicate).map((q) => q.object);

describe('/du-lieu/catalog.jsonld (DCAT 3, DCAT-AP)', () => {
  it('parses to RDF and conforms to the DCAT-AP shapes', async () => {
    const quads = [...(await quadsOf('catalog.jsonld')), ...(await quadsOf('linh-vuc.jsonld'))];
    expect(quads.length).toBeGreaterThan(500);
    const report = await validate(quads);
    const messages = report.results.map((r) => `${r.focusNode?.value} ${r.path?.value}: ${r.message.map((m) => m.value).join(' ')}`);
    expect(messages).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it('describes every dataset with identifier, theme, place with parents, version and dates', async () => {
    const quads = await quadsOf('catalog.jsonld');
    const datasets = quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === `${DCAT}Dataset`).map((q) => q.subject.value);
    expect(datasets).toHaveLength(content.stats.length);
    for (const { entry, data } of content.stats) {
      const node = `${SITE}/so-lieu/${entry.id}/#bo-so-lieu`;
      expect(objects(quads, node, `${DCT}identifier`).map((o) => o.value)).toEqual([entry.id]);
      expect(objects(quads, node, `${DCAT}version`).map((o) => o.value)).toEqual([String(data.version)]);
      expect(
        objects(quads, node, `${DCAT}theme`)
          .map((o) => o.value)
          .sort(),
      ).toEqual(data.fields.map((f) => `${SITE}/linh-vuc/${f}/`).sort());
      const spatial = objects(quads, node, `${DCT}spatial`).map((o) => o.value);
      expect(spatial).toEqual([`${SITE}/dia-phuong/${data.place}/`]);
      // The place chain reaches a province-level unit through dct:isPartOf.
      let place: string | undefined = spatial[0];
      const chain: string[] = [];
      while (place) {
        chain.push(place);
        place = objects(quads, place, `${DCT}isPartOf`)[0]?.value;
      }
      expect(chain.length, entry.id).toBeGreaterThanOrEqual(data.place === 'long-an' ? 1 : 2);
    }
  });

  it('every downloadURL exists in the built site, with the byteSize the catalogue states', async () => {
    const quads = await quadsOf('catalog.jsonld');
    const downloads = quads.filter((q) => q.predicate.value === `${DCAT}downloadURL`);
    expect(downloads.length).toBeGreaterThanOrEqual(content.stats.length * 4);
    for (const q of downloads) {
      const url = q.object.value;
      expect(url.startsWith(`${SITE}/du-lieu/`), url).toBe(true);
      const file = join(siteDir, decodeURI(new URL(url).pathname));
      expect(existsSync(file), url).toBe(true);
      const size = objects(quads, q.subject.value, `${DCAT}byteSize`)[0]?.value;
      expect(Number(size), url).toBe(statSync(file).size);
    }
  });

  it('a catalogue without a publisher fails the same shapes (so the check can fail)', async () => {
    const quads = (await quadsOf('catalog.jsonld')).filter((q) => q.predicate.value !== `${DCT}publisher`);
    const report = await validate([...quads, ...(await quadsOf('linh-vuc.jsonld'))]);
    expect(report.conforms).toBe(false);
    expect(report.results.some((r) => r.path?.value === `${DCT}publisher`)).toBe(true);
  });

  it('the npm start server sends the open data with Access-Control-Allow-Origin: * and its media type', async () => {
    const server = await serve(siteDir);
    try {
      for (const [path, type] of [
        ['/du-lieu/catalog.jsonld', 'application/ld+json'],
        ['/du-lieu/datapackage.json', 'application/json'],
        [`/du-lieu/${content.stats[0]!.entry.id}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ] as const) {
        const response = await fetch(`${server.url}${path}`, { headers: { Origin: 'https://portal.example.vn' } });
        expect(response.status, path).toBe(200);
        expect(response.headers.get('access-control-allow-origin'), path).toBe('*');
        expect(response.headers.get('content-type'), path).toContain(type);
      }
      const page = await fetch(`${server.url}/`);
      expect(page.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      server.stop();
    }
  });

  it('/du-lieu/ links the catalogue and announces it with <link rel="alternate">', () => {
    const html = readFileSync(join(siteDir, 'du-lieu', 'index.html'), 'utf8');
    expect(html).toMatch(/<link rel="alternate" type="application\/ld\+json" href="\/du-lieu\/catalog\.jsonld"/);
    expect(html).toContain('<a href="/du-lieu/catalog.jsonld">');
  });
});
