/**
 * Deploying: a release build without a real SITE_URL stops with a Vietnamese message naming it; the built
 * site never names this machine; the `npm start` server explains a bad or busy port; the pipeline files for
 * GitLab Pages and GitHub Pages test before they publish and ask for SITE_URL.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { astroEnv, projectRoot, TEST_SITE } from './build-helpers.ts';

const siteDir = inject('siteDir');

describe('a release build', () => {
  it('without SITE_URL stops before building, naming the variable in Vietnamese', () => {
    const env: NodeJS.ProcessEnv = { ...astroEnv('production'), CI: 'true' };
    delete env['SITE_URL'];
    delete env['SITE_CONTACT_EMAIL'];
    const run = spawnSync(
      process.execPath,
      [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', '/nonexistent/dvk'],
      {
        cwd: projectRoot,
        encoding: 'utf8',
        env,
      },
    );
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain('Thiếu biến môi trường SITE_URL');
  });
});

describe('the built site', () => {
  it('names no local address anywhere (every text file: pages, feeds, sitemap, data, scripts)', () => {
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(html|xml|txt|json|jsonld|csv|js|css|svg|webmanifest)$/.test(name)) {
          const text = readFileSync(path, 'utf8');
          const match = /localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0/.exec(text);
          if (match) found.push(`${relative(siteDir, path)}: …${text.slice(Math.max(0, match.index - 40), match.index + 30)}…`);
        }
      }
    };
    walk(siteDir);
    expect(found).toEqual([]);
    // And the address it does name is the one it was built for.
    expect(readFileSync(join(siteDir, 'robots.txt'), 'utf8')).toContain(TEST_SITE.SITE_URL);
  });
});

describe('npm start with a bad or busy port', () => {
  const serve = (port: string) =>
    spawnSync(process.execPath, [join(projectRoot, 'scripts/serve.ts')], {
      env: { ...process.env, DIST_DIR: siteDir, PORT: port, HOST: '127.0.0.1' },
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('PORT=abc: a Vietnamese message, no stack trace', () => {
    const run = serve('abc');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('PORT="abc" không phải là một cổng hợp lệ');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('a port in use: a Vietnamese message, no stack trace', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      // spawnSync would block this process, and with it the server holding the port: run it asynchronously.
      const child = spawn(process.execPath, [join(projectRoot, 'scripts/serve.ts')], {
        env: { ...process.env, DIST_DIR: siteDir, PORT: String(port), HOST: '127.0.0.1' },
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).toBe(1);
      expect(stderr).toContain(`Cổng ${port} trên 127.0.0.1 đang có chương trình khác dùng`);
      expect(stderr).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });
});

describe('pipeline files (scripts/deploy/)', () => {
  const read = (name: string) => readFileSync(join(projectRoot, 'scripts/deploy', name), 'utf8');

  it.each([
    ['gitlab-ci.yml', /needs: \[test\]/],
    ['github-pages.yml', /needs: test/],
  ])('%s runs the tests (.ci/run) before it publishes, and requires SITE_URL', (name, needsTest) => {
    const text = read(name);
    expect(text).toContain('bash .ci/run');
    expect(text).toMatch(needsTest);
    expect(text).toContain('SITE_URL');
    expect(text).toContain('SITE_CONTACT_EMAIL');
    expect(text).toMatch(/test -n "\$SITE_URL"/);
  });
});
