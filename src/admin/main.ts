/**
 * The admin page's own script (bundled by src/admin/server.ts). It loads Decap CMS from /quan-tri/decap/,
 * registers the lossless file formats, the Vietnamese phrases Decap's own `vi` locale lacks, and the body
 * widget whose picker inserts the site's MDX components (body-widget.ts), then starts Decap with the configuration
 * generated from the Zod schemas (/quan-tri/config.json).
 */
import { jsonFormat, jsonListFormat, mdxFormat, saving } from './formats.ts';
import { VI_PHRASES } from './vi.ts';
import { bodyComponents, bodyControl, type Option } from './body-widget.ts';

interface DecapCms {
  init(options: { config: unknown }): void;
  registerCustomFormat(name: string, extension: string, format: unknown): void;
  registerLocale(name: string, phrases: unknown): void;
  getLocale(name: string): Record<string, unknown> | undefined;
  registerWidget(name: string, control: unknown): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: { get(key: string): unknown } }) => Promise<undefined> }): void;
}

/** The file's text as it is on disk now, through the same proxy Decap uses; undefined if there is none. */
async function currentText(path: string): Promise<string | undefined> {
  const response = await fetch('/api/v1', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ action: 'getEntry', params: { branch: 'main', path } }),
  });
  if (!response.ok) return undefined;
  const { data } = (await response.json()) as { data: string | null };
  return data ?? undefined;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
    /** Decap's React, for widgets: React.createElement and create-react-class. */
    h?: Parameters<typeof bodyControl>[0];
    createClass?: Parameters<typeof bodyControl>[1];
  }
}

/** Deep merge: `extra` fills in and overrides `base`. */
function merge(base: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] =
      value && typeof value === 'object' && current && typeof current === 'object'
        ? merge(current as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return out;
}

function loadDecap(): Promise<DecapCms> {
  window.CMS_MANUAL_INIT = true;
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/quan-tri/decap/decap-cms.js';
    script.onload = () => (window.CMS ? resolve(window.CMS) : reject(new Error('Decap CMS không tải được')));
    script.onerror = () => reject(new Error('Decap CMS không tải được'));
    document.head.append(script);
  });
}

async function start() {
  const [cms, config] = await Promise.all([
    loadDecap(),
    fetch('/quan-tri/config.json').then((r) => r.json() as Promise<{ dvk: Record<string, Option[]> }>),
  ]);
  cms.registerLocale('vi', merge(cms.getLocale('vi') ?? {}, VI_PHRASES));
  cms.registerCustomFormat('dvk-frontmatter', 'mdx', mdxFormat());
  cms.registerCustomFormat('dvk-json', 'json', jsonFormat());
  cms.registerCustomFormat('dvk-json-list', 'json', jsonListFormat());

  // Before each save, the formats get the file as it is now, to keep what the writer did not change.
  cms.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }) => {
      const path = entry.get('path');
      saving.original = typeof path === 'string' && path ? await currentText(path) : undefined;
      return undefined;
    },
  });

  // Stories' and profiles' body: the file's text, with a picker that inserts components at the cursor.
  const { h, createClass } = window;
  if (h && createClass) cms.registerWidget('dvk-mdx', bodyControl(h, createClass, bodyComponents(config.dvk)));
  cms.init({ config });
}

start().catch((error: unknown) => {
  document.body.textContent = `Không mở được trang quản trị: ${String(error)}`;
});
