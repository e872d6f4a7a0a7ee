import { describe, expect, it } from 'vitest';
import { buildSiteConfig, siteConfigGuard } from './site-config-guard.ts';

// What `astro build` itself puts in the environment before reading the config.
const BUILD = { NODE_ENV: 'production' };

describe('buildSiteConfig', () => {
  it('a build (NODE_ENV=production, set by astro build) needs SITE_URL and SITE_CONTACT_EMAIL', () => {
    const config = buildSiteConfig({ ...BUILD });
    expect(config.problems.join('\n')).toMatch(/SITE_URL/);
    expect(config.problems.join('\n')).toMatch(/SITE_CONTACT_EMAIL/);
  });

  it('`npm start` outside CI is a local preview at the local address', () => {
    const config = buildSiteConfig({ ...BUILD, npm_lifecycle_event: 'start' });
    expect(config.problems).toEqual([]);
    expect(config.url).toBe('http://localhost:4321');
  });

  it('in CI even `npm start` and DVK_LOCAL_PREVIEW need a real address', () => {
    expect(buildSiteConfig({ ...BUILD, CI: 'true', npm_lifecycle_event: 'start' }).problems).not.toEqual([]);
    expect(buildSiteConfig({ ...BUILD, CI: 'true', DVK_LOCAL_PREVIEW: '1', SITE_URL: 'http://localhost:4000' }).problems).not.toEqual([]);
  });

  it('a release build with both addresses has no problem and uses SITE_URL', () => {
    const config = buildSiteConfig({ ...BUILD, CI: 'true', SITE_URL: 'https://dvk.example.vn/', SITE_CONTACT_EMAIL: 'a@dvk.example.vn' });
    expect(config.problems).toEqual([]);
    expect(config.url).toBe('https://dvk.example.vn');
  });
});

describe('siteConfigGuard', () => {
  const run = (command: string, problems: string[]) => {
    const hook = siteConfigGuard({ url: 'x', contactEmail: undefined, production: true, problems }).hooks[
      'astro:config:setup'
    ] as unknown as (options: { command: string }) => void;
    return () => hook({ command });
  };

  it('stops the build command, naming each problem in Vietnamese', () => {
    expect(run('build', ['Thiếu biến môi trường SITE_URL'])).toThrow(/Không build bản phát hành được:\n- Thiếu biến môi trường SITE_URL/);
  });

  it('lets dev, check (sync) and a build without problems run', () => {
    expect(run('dev', ['x'])).not.toThrow();
    expect(run('sync', ['x'])).not.toThrow();
    expect(run('build', [])).not.toThrow();
  });
});
