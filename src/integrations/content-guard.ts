import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readContent } from '../lib/content-files.ts';
import { checkContent, formatProblems } from '../lib/integrity.ts';

/**
 * Runs the content checks before Astro starts. A build stops on any problem, naming file and
 * field; `astro dev` only warns, so a writer can keep previewing while fixing.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'dan-van-kheo:content-guard',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const root = fileURLToPath(config.root);
        const { problems } = checkContent(readContent(root), { production: command === 'build' });
        if (problems.length === 0) return;
        const text = `Nội dung có ${problems.length} lỗi (content errors):\n${formatProblems(problems)}`;
        if (command === 'build') throw new Error(text);
        logger.warn(text);
      },
    },
  };
}
