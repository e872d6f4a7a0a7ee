/**
 * The admin page's own script (bundled by src/admin/server.ts). It loads Decap CMS from /quan-tri/decap/,
 * registers the lossless file formats, the Vietnamese phrases Decap's own `vi` locale lacks, and the
 * editor components that insert the site's MDX components, then starts Decap with the configuration
 * generated from the Zod schemas (/quan-tri/config.json).
 */
import { jsonFormat, jsonListFormat, mdxFormat, saving } from './formats.ts';
import { VI_PHRASES } from './vi.ts';

interface Option {
  label: string;
  value: string;
}

interface DecapCms {
  init(options: { config: unknown }): void;
  registerCustomFormat(name: string, extension: string, format: unknown): void;
  registerLocale(name: string, phrases: unknown): void;
  getLocale(name: string): Record<string, unknown> | undefined;
  registerEditorComponent(component: unknown): void;
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

const attr = (value: unknown) => String(value ?? '').replace(/"/g, '&quot;');

/** A component written `<Name of="…" />`, chosen from a list of ids that exist. */
function selfClosing(name: string, label: string, hint: string, options: Option[]) {
  return {
    id: name,
    label,
    fields: [{ name: 'of', label: 'Chọn', hint, widget: 'select', options }],
    pattern: new RegExp(`^<${name} of="([^"]*)" />$`),
    fromBlock: (match: RegExpMatchArray) => ({ of: match[1] }),
    toBlock: (data: { of?: string }) => `<${name} of="${attr(data.of)}" />`,
    toPreview: (data: { of?: string }) => `<${name} of="${attr(data.of)}" />`,
  };
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

  const { dvk } = config;
  const figures = dvk.figure ?? [];
  const datasets = dvk.dataset ?? [];
  cms.registerEditorComponent(selfClosing('Figure', 'Số liệu trong câu (Figure)', 'Con số hiện ngay trong câu, kèm nguồn.', figures));
  cms.registerEditorComponent(selfClosing('Fact', 'Số liệu nổi bật (Fact)', 'Một số liệu, hiện thành ô nổi bật.', figures));
  cms.registerEditorComponent(selfClosing('Chart', 'Biểu đồ (Chart)', 'Biểu đồ của một bộ số liệu.', datasets));
  cms.registerEditorComponent(selfClosing('DatasetTable', 'Bảng số liệu (DatasetTable)', 'Bảng của một bộ số liệu.', datasets));
  cms.registerEditorComponent(selfClosing('ModelCard', 'Thẻ mô hình (ModelCard)', 'Thẻ tóm tắt một mô hình.', dvk.model ?? []));
  cms.registerEditorComponent({
    id: 'General',
    label: 'Kiến thức chung (General)',
    fields: [{ name: 'text', label: 'Nội dung', hint: 'Kiến thức phổ thông, không lấy từ nguồn.', widget: 'text' }],
    pattern: /^<General>\n([\s\S]*?)\n<\/General>$/,
    fromBlock: (match: RegExpMatchArray) => ({ text: match[1] }),
    toBlock: (data: { text?: string }) => `<General>\n${data.text ?? ''}\n</General>`,
    toPreview: (data: { text?: string }) => data.text ?? '',
  });
  cms.init({ config });
}

start().catch((error: unknown) => {
  document.body.textContent = `Không mở được trang quản trị: ${String(error)}`;
});
