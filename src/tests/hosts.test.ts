/**
 * What is tested is what is deployed: one table of requests run against every way the built site is served,
 * the `npm start` server and a real nginx with scripts/deploy/nginx.conf (where nginx is installed; CI installs
 * it). Each answer must carry exactly the headers public/_headers gives its path, errors and redirects included.
 * Also: nginx.conf is not stale, and an SVG with a script, opened on its own, does not run it (Chromium).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentType, headersFor, parseHeaders } from '../../scripts/deploy/headers.ts';
import { nginxConfig } from '../../scripts/deploy/nginx.ts';
import { launchBrowser } from './browser.ts';
import { projectRoot } from './build-helpers.ts';
import { NGINX, rawRequest, serveWithNginx, serveWithNodeServer, type Served } from './hosts.ts';

const siteDir = inject('siteDir');
const headersText = readFileSync(join(projectRoot, 'public', '_headers'), 'utf8');
const rules = parseHeaders(headersText);

/** Headers an HTTP server adds on its own, about the transfer or the file; every other one must come from _headers. */
const TRANSPORT = new Set([
  'content-type',
  'content-length',
  'content-range',
  'content-disposition',
  'accept-ranges',
  'etag',
  'last-modified',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'server',
  'location',
  'allow',
]);

const first = (dir: string, ext: string) => {
  const name = readdirSync(join(siteDir, dir)).find((n) => n.endsWith(ext));
  if (!name) throw new Error(`no ${ext} in ${dir}`);
  return `/${dir}/${name}`;
};

interface Case {
  name: string;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  status: number;
  /** The path whose _headers apply (the 404 page for a 404). */
  headersOf?: string;
  location?: string;
  /** Content type expected (from the site's table) when it differs from the path's own. */
  type?: string;
}

function cases(): Case[] {
  const css = first('_astro', '.css');
  const js = first('_astro', '.js');
  const csv = first('du-lieu', '.csv');
  const json = first('du-lieu', '.json');
  return [
    { name: 'the home page', path: '/', status: 200, type: contentType('.html') },
    { name: 'a page', path: '/mo-hinh/', status: 200, type: contentType('.html') },
    { name: 'a folder without its slash: redirect on the same host', path: '/mo-hinh', status: 301, location: '/mo-hinh/' },
    { name: 'a redirect keeps the query', path: '/tim-kiem?q=ch%E1%BB%A3', status: 301, location: '/tim-kiem/?q=ch%E1%BB%A3' },
    { name: 'a stylesheet (cached for good)', path: css, status: 200 },
    { name: 'a script', path: js, status: 200 },
    { name: 'an SVG', path: '/favicon.svg', status: 200 },
    { name: 'a CSV download', path: csv, status: 200 },
    { name: 'a JSON download', path: json, status: 200 },
    { name: 'the RSS feed', path: '/rss.xml', status: 200 },
    { name: 'robots.txt', path: '/robots.txt', status: 200 },
    { name: 'a share image', path: '/anh-chia-se/bai-viet.png', status: 200 },
    { name: 'Pagefind WebAssembly', path: '/pagefind/wasm.unknown.pagefind', status: 200 },
    { name: 'a missing page: the 404 page', path: '/khong-co/', status: 404, headersOf: '/404.html', type: contentType('.html') },
    { name: 'a missing SVG: the 404 page', path: '/khong-co.svg', status: 404, headersOf: '/404.html', type: contentType('.html') },
    { name: 'the headers file is not served', path: '/_headers', status: 404, headersOf: '/404.html' },
    { name: 'HEAD', method: 'HEAD', path: '/', status: 200, type: contentType('.html') },
    { name: 'POST: 405', method: 'POST', path: '/', status: 405 },
    { name: 'DELETE: 405', method: 'DELETE', path: '/robots.txt', status: 405 },
    { name: 'a range', path: '/robots.txt', headers: { range: 'bytes=0-9' }, status: 206 },
    { name: 'a range past the end: 416', path: '/robots.txt', headers: { range: 'bytes=999999-' }, status: 416 },
    { name: 'a path above the site: 400', path: '/../../etc/passwd', status: 400 },
  ];
}

const servers: [string, (dir: string) => Promise<Served>][] = [['npm start (scripts/serve.ts)', serveWithNodeServer]];
if (NGINX) servers.push(['nginx (scripts/deploy/nginx.conf)', serveWithNginx]);
else it.skip('nginx (not installed here; CI installs it)', () => {});

describe.each(servers)('%s', (_name, start) => {
  let server: Served;
  beforeAll(async () => {
    server = await start(siteDir);
  });
  afterAll(() => server?.stop());

  // The real file names of this build are known only once it exists, so the table is read inside the test.
  it('answers the shared table with the right status, type and exactly the headers of _headers', async () => {
    const problems: string[] = [];
    for (const c of cases()) {
      const method = c.method ?? 'GET';
      const response = await rawRequest(server.port, method, c.path, c.headers);
      const where = `${c.name} (${method} ${c.path})`;
      if (response.status !== c.status) problems.push(`${where}: status ${response.status}, expected ${c.status}`);
      const expected = Object.fromEntries(
        [...headersFor(rules, c.headersOf ?? c.path.split('?')[0]!)].map(([k, v]) => [k.toLowerCase(), v]),
      );
      const sent = Object.fromEntries(Object.entries(response.headers).filter(([name]) => !TRANSPORT.has(name)));
      try {
        expect(sent).toEqual(expected);
      } catch {
        problems.push(`${where}: headers ${JSON.stringify(sent)}\n  expected ${JSON.stringify(expected)}`);
      }
      if (c.status === 200 || c.status === 206 || c.type) {
        const type = c.type ?? contentType(c.path);
        if (response.headers['content-type']?.replace(/\s/g, '').toLowerCase() !== type.replace(/\s/g, '').toLowerCase())
          problems.push(`${where}: content-type ${response.headers['content-type']}, expected ${type}`);
      }
      if (c.location !== undefined && response.headers['location'] !== c.location)
        problems.push(`${where}: location ${response.headers['location']}, expected ${c.location}`);
      if (c.status === 405 && response.headers['allow']?.replace(/\s/g, '') !== 'GET,HEAD')
        problems.push(`${where}: Allow ${response.headers['allow']}`);
      if (method === 'HEAD') {
        const size = statSync(join(siteDir, 'index.html')).size;
        if (response.body.length !== 0 || response.headers['content-length'] !== String(size))
          problems.push(
            `${where}: HEAD sent ${response.body.length} bytes, Content-Length ${response.headers['content-length']}, file ${size}`,
          );
      }
      if (c.status === 206) {
        const size = statSync(join(siteDir, 'robots.txt')).size;
        if (response.body.length !== 10 || response.headers['content-range'] !== `bytes 0-9/${size}`)
          problems.push(`${where}: ${response.body.length} bytes, Content-Range ${response.headers['content-range']}`);
      }
      if (c.status === 404 && method === 'GET' && !response.body.toString().includes('<html'))
        problems.push(`${where}: not the site's 404 page`);
    }
    expect(problems).toEqual([]);
  });

  it('never runs the script of an SVG opened on its own (Chromium)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvk-svg-'));
    writeFileSync(join(dir, '_headers'), headersText);
    writeFileSync(
      join(dir, 'hinh.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>document.documentElement.setAttribute("data-ran", "yes")</script><rect width="10" height="10"/></svg>',
    );
    // The control: the same file under a headers file without the policy for SVG, where the script does run.
    const control = mkdtempSync(join(tmpdir(), 'dvk-svg-control-'));
    writeFileSync(join(control, '_headers'), headersText.replace(/^\/\*\.svg\n.*\n/m, ''));
    writeFileSync(join(control, 'hinh.svg'), readFileSync(join(dir, 'hinh.svg')));
    const guarded = await start(dir);
    const open = start === serveWithNginx ? undefined : await start(control);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const ran = async (url: string) => {
        const response = await page.goto(url);
        expect(response?.status()).toBe(200);
        return page.evaluate(() => document.documentElement.getAttribute('data-ran'));
      };
      expect(await ran(`${guarded.url}/hinh.svg`)).toBeNull();
      if (open) expect(await ran(`${open.url}/hinh.svg`)).toBe('yes');
    } finally {
      await browser.close();
      guarded.stop();
      open?.stop();
      rmSync(dir, { recursive: true, force: true });
      rmSync(control, { recursive: true, force: true });
    }
  });
});

describe('scripts/deploy/nginx.conf', () => {
  it('is what public/_headers gives now (run `npm run deploy-config` after changing _headers)', () => {
    expect(readFileSync(join(projectRoot, 'scripts/deploy/nginx.conf'), 'utf8')).toBe(nginxConfig(rules));
  });
});
