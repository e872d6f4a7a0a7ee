import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { readContent, splitFrontmatter } from '../lib/content-files.ts';
import { checkContent, formatProblems } from '../lib/integrity.ts';
import { checkMdxBody } from '../lib/mdx-policy.ts';

/**
 * Runs the content checks before Astro starts. A build stops on any problem, naming file and
 * field; `astro dev` only warns, so a writer can keep previewing while fixing.
 *
 * Whatever the command, an MDX file is compiled only if its body keeps to the closed language
 * (src/lib/mdx-policy.ts): MDX is JavaScript, and an `import` or a `{…}` would run on this machine
 * the moment Vite compiled it, before any page was written. The gate runs before @astrojs/mdx on
 * every .mdx Vite loads, so a file changed while `astro dev` runs is checked too.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'dan-van-kheo:content-guard',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        updateConfig({ vite: { plugins: [mdxGate()] } });
        const root = fileURLToPath(config.root);
        const { problems, warnings } = checkContent(readContent(root), { production: command === 'build' });
        if (warnings.length > 0) logger.warn(`Cảnh báo nội dung (content warnings):\n${formatProblems(warnings)}`);
        if (problems.length === 0) return;
        const text = `Nội dung có ${problems.length} lỗi (content errors):\n${formatProblems(problems)}`;
        if (command === 'build') throw new Error(text);
        logger.warn(text);
      },
    },
  };
}

/**
 * A Vite plugin that refuses to load an MDX file with code in it, so the MDX compiler never sees it. It
 * reads the file itself in `load`, which runs before any transform (the MDX compiler is a transform).
 */
export function mdxGate(): Plugin {
  return {
    name: 'dan-van-kheo:mdx-gate',
    enforce: 'pre',
    load(id) {
      const path = id.split('?')[0] ?? '';
      if (!path.endsWith('.mdx') || !existsSync(path)) return undefined;
      const code = readFileSync(path, 'utf8');
      const parts = splitFrontmatter(code);
      const offset = parts ? parts.bodyLine - 1 : 0;
      const problems = checkMdxBody(parts ? parts.body : code);
      if (problems.length > 0) {
        const lines = problems.map((p) => `${path} › nội dung${p.line ? `, dòng ${p.line + offset}` : ''}: ${p.message}`);
        this.error(`Tệp MDX không được biên dịch vì có nội dung không cho phép:\n${lines.join('\n')}`);
      }
      // Text is compiled in NFC, as the content check read it.
      const nfc = code.normalize('NFC');
      return nfc === code ? undefined : nfc;
    },
  };
}
