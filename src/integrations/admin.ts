import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/**
 * `npm run cms`: mounts the admin (/quan-tri/) and its file proxy in `astro dev`. Only added when
 * DVK_CMS=1, and only to the dev server: `astro build` never contains the admin.
 */
export function admin(): AstroIntegration {
  return {
    name: 'dan-van-kheo:admin',
    hooks: {
      'astro:server:setup': async ({ server, logger }) => {
        const { adminMiddleware } = await import('../admin/server.ts');
        const root = fileURLToPath(new URL('../..', import.meta.url));
        server.middlewares.use(await adminMiddleware(root));
        logger.info('Trang quản trị: /quan-tri/ (sửa trực tiếp các tệp trong content/)');
      },
    },
  };
}
