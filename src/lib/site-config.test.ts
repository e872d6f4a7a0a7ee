import { describe, expect, it } from 'vitest';
import { LOCAL_SITE_URL, readSiteConfig } from './site-config.ts';

describe('readSiteConfig', () => {
  it('uses localhost for a local build without SITE_URL', () => {
    const c = readSiteConfig({});
    expect(c).toMatchObject({ url: LOCAL_SITE_URL, contactEmail: undefined, production: false, problems: [] });
  });
  it('names both variables when a production build lacks them', () => {
    const c = readSiteConfig({ CI: 'true' });
    expect(c.problems.join('\n')).toMatch(/SITE_URL/);
    expect(c.problems.join('\n')).toMatch(/SITE_CONTACT_EMAIL/);
  });
  it('refuses localhost in production and bad values anywhere', () => {
    expect(
      readSiteConfig({ NODE_ENV: 'production', SITE_URL: 'http://localhost:4321', SITE_CONTACT_EMAIL: 'a@b.vn' }).problems,
    ).toHaveLength(1);
    expect(readSiteConfig({ SITE_URL: 'javascript:alert(1)' }).problems).toHaveLength(1);
    expect(readSiteConfig({ SITE_CONTACT_EMAIL: 'not an email' }).problems).toHaveLength(1);
  });
  it('keeps a path prefix and drops the trailing slash', () => {
    const c = readSiteConfig({ CI: 'true', SITE_URL: 'https://example.vn/dvk/', SITE_CONTACT_EMAIL: 'bdv@example.vn' });
    expect(c).toMatchObject({ url: 'https://example.vn/dvk', contactEmail: 'bdv@example.vn', problems: [] });
  });
});
