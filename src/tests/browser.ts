/** Debian's Chromium driven by playwright-core, and the project's own static server, for browser tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { projectRoot } from './build-helpers.ts';

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
