/**
 * The deploy settings as a build sees them, and the integration that stops a release build without them.
 *
 * `astro build` sets NODE_ENV=production before it reads astro.config.mjs, so every build counts as a release
 * (readSiteConfig then requires SITE_URL and SITE_CONTACT_EMAIL), except a local preview outside CI: `npm start`
 * (package.json runs the build under npm's "start" script) or DVK_LOCAL_PREVIEW=1 (the benches). `astro dev`
 * and `astro check` never refuse: the guard acts on the build command only.
 */
import type { AstroIntegration } from 'astro';
import { readSiteConfig, type SiteConfig } from '../lib/site-config.ts';

type Env = Record<string, string | undefined>;

export function buildSiteConfig(env: Env = process.env): SiteConfig {
  const localPreview = env.CI !== 'true' && (env.npm_lifecycle_event === 'start' || env.DVK_LOCAL_PREVIEW === '1');
  return readSiteConfig(localPreview ? { ...env, NODE_ENV: 'development' } : env);
}

export function siteConfigGuard(config: SiteConfig): AstroIntegration {
  return {
    name: 'dan-van-kheo:site-config',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build' && config.problems.length > 0)
          throw new Error(`Không build bản phát hành được:\n- ${config.problems.join('\n- ')}`);
      },
    },
  };
}
