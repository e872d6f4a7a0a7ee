/**
 * Renders an MDX body through the pipeline a build uses: the MDX compiler Astro's MDX integration runs
 * (@astrojs/markdown-satteri, GitHub-flavoured Markdown and smart punctuation as configured), then
 * Astro's own JSX renderer through the Container API. The site's components are stand-ins that print
 * their props; everything else is the real output.
 */
import { satteri } from '@astrojs/markdown-satteri';
import mdxServer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { jsx } from 'astro/jsx-runtime';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COMPONENT_PROPS } from '../lib/mdx-policy.ts';

type Renderer = { process: (content: string, id: string, frontmatter: Record<string, unknown>) => Promise<{ code: string }> };

let renderer: Promise<Renderer> | undefined;
let container: Promise<AstroContainer> | undefined;
const dir = mkdtempSync(join(tmpdir(), 'dvk-render-'));
let count = 0;

/** Stand-ins for the site's components: a <span> with their props as data- attributes. */
const components = Object.fromEntries(
  Object.keys(COMPONENT_PROPS).map((name) => [
    name,
    (props: Record<string, unknown>) =>
      jsx('span', {
        'data-component': name,
        ...Object.fromEntries(
          Object.entries(props)
            .filter(([k]) => k !== 'children')
            .map(([k, v]) => [`data-${k}`, String(v)]),
        ),
        children: props.children,
      }),
  ]),
);

export async function renderMdx(body: string): Promise<string> {
  renderer ??= (satteri() as unknown as { createMdxRenderer: (...args: unknown[]) => Promise<Renderer> }).createMdxRenderer(
    { gfm: true, smartypants: true, syntaxHighlight: false },
    { optimize: false, srcDir: pathToFileURL(join(dir, 'src/')), sourcemap: false },
  );
  container ??= AstroContainer.create().then((c) => {
    c.addServerRenderer({ name: 'astro:jsx', renderer: mdxServer });
    return c;
  });
  const file = join(dir, `body-${count++}.mdx`);
  const { code } = await (await renderer).process(body, file, {});
  // The module imports astro/jsx-runtime: point it at this project's copy, wherever the file lives.
  const runtime = import.meta.resolve('astro/jsx-runtime');
  writeFileSync(`${file}.mjs`, `${code.replaceAll('"astro/jsx-runtime"', JSON.stringify(runtime))}\nexport default MDXContent;\n`);
  const module = (await import(/* @vite-ignore */ pathToFileURL(`${file}.mjs`).href)) as { default: Record<symbol, unknown> };
  module.default[Symbol.for('mdx-component')] = true;
  return (await container).renderToString(module.default as never, { props: { components } });
}
