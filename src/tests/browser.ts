/** Debian's Chromium driven by playwright-core, and the project's own static server, for browser tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { projectRoot } from './build-helpers.ts';
import { MISSING_PATH } from './templates.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** What Chromium needs here: no sandbox as root, and no calls home (the network is closed). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Serves `dir` with scripts/serve.ts (the same server and headers as `npm start`), on `port` if given. */
export async function serve(dir: string, port?: number): Promise<{ url: string; stop: () => void }> {
  port ??= await freePort();
  const child: ChildProcess = spawn(process.execPath, [`${projectRoot}/scripts/serve.ts`], {
    env: { ...process.env, DIST_DIR: dir, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('http://') && resolve());
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

/**
 * For a browser test file: serves the site built by global-setup and starts Chromium before the
 * tests, and stops both after. Read `site.url` and `site.browser` inside tests.
 */
export function useBuiltSite() {
  const site = { url: '', browser: undefined as unknown as Browser };
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  beforeAll(async () => {
    server = await serve(inject('siteDir'));
    site.url = server.url;
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    server?.stop();
  });
  return site;
}

/**
 * Scrolls a loaded page to the bottom a screen at a time, so parts that load when visible (charts)
 * do, then waits until the network is quiet. Gates run on the page as a reader ends up seeing it.
 */
/**
 * Waits until the search page's element has finished (results or none shown: Pagefind answers in a worker,
 * after the page has loaded), and fails if it ended in an error.
 */
export async function searchSettled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    ['done', 'error', 'idle'].includes(document.querySelector('dvk-search')?.getAttribute('data-state') ?? ''),
  );
  expect(await page.locator('dvk-search').getAttribute('data-state')).not.toBe('error');
}

export async function revealAll(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForLoadState('networkidle');
}

/**
 * A browser context on the site at `siteUrl` that blocks and notes any request off the site, and a page
 * that notes every complaint: failed or missing resources, Content-Security-Policy violations, console
 * errors and uncaught exceptions. Empty `problems` between pages to attribute them.
 */
export async function watchedPage(
  browser: Browser,
  siteUrl: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const problems: string[] = [];
  const context = await browser.newContext(options);
  await context.route(
    (url) => url.origin !== siteUrl,
    (route) => {
      problems.push(`request to another host: ${route.request().url()}`);
      return route.abort('blockedbyclient');
    },
  );
  const page = await context.newPage();
  // Runs before the page's own scripts, through DevTools: the page's CSP does not apply to it.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on('console', (message) => {
    // Chromium logs the not-found page's own 404 status as an error; that one is intended.
    const notFoundStatus = /status of 404/.test(message.text()) && message.location().url.includes(MISSING_PATH);
    if ((message.type() === 'error' || /content security policy/i.test(message.text())) && !notFoundStatus) {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    // ERR_ABORTED: a request the next navigation cancelled (the favicon, typically); missing files show as HTTP 404.
    if (!['net::ERR_BLOCKED_BY_CLIENT', 'net::ERR_ABORTED'].includes(request.failure()?.errorText ?? ''))
      problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    const notFoundPage = response.request().isNavigationRequest() && response.status() === 404 && response.url().endsWith(MISSING_PATH);
    if (response.status() >= 400 && !notFoundPage) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { context, page, problems };
}
