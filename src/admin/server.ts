/**
 * The admin at /quan-tri/ for one office on one computer: Decap CMS in the browser, and decap-server's
 * file-system proxy (POST /api/v1) writing straight into the working copy, with no account.
 *
 * Before the proxy writes or deletes anything, the change is checked with the same checks and the same
 * words as `npm run check:content` (src/lib/integrity.ts): a save or a deletion that would add a
 * problem is refused with that message, and nothing is written. Uploads over PHOTO_MAX_BYTES are refused.
 *
 * Used by `npm run cms` (src/integrations/admin.ts mounts it in `astro dev`) and by the browser tests.
 * The built site never contains it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { readContent, type RawEntry } from '../lib/content-files.ts';
import { CMS_CONFIG_FILE, type CmsField, type PickerKind } from '../lib/cms-config.ts';
import { checkContent, formatProblems } from '../lib/integrity.ts';
import { GENERATED_DIR } from '../lib/schema-docs.ts';
import { LIMITS } from '../lib/limits.ts';
import { headerOfBytes, PHOTO_FOLDER, photoBytesProblem } from '../lib/photos.ts';
import { withoutMetadata } from './upload.ts';

export const ADMIN_PATH = '/quan-tri/';
/** Largest photo the admin accepts (src/lib/limits.ts); larger ones are refused before anything is written. */
export const PHOTO_MAX_BYTES = LIMITS.photoFile;

/**
 * Only /quan-tri/ gets this policy; the public pages keep the strict one in astro.config.mjs.
 * Decap's React UI injects its styles at run time ('unsafe-inline' styles) and previews uploads as blob: URLs.
 */
export const ADMIN_CSP = [
  "default-src 'self'",
  // Decap checks its configuration with Ajv, which compiles validators with new Function().
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // Decap reads an upload back from its blob: address to send it to the proxy.
  "connect-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const here = dirname(fileURLToPath(import.meta.url));
const projectRoot = resolve(here, '../..');
const decapDist = join(projectRoot, 'node_modules/decap-cms/dist');

const PAGE = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>Quản trị nội dung — Dân vận khéo</title>
  </head>
  <body>
    <noscript>Trang quản trị cần bật JavaScript.</noscript>
    <script src="${ADMIN_PATH}admin.js"></script>
  </body>
</html>
`;

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** As much of Express as the proxy uses. */
interface ProxyRequest extends IncomingMessage {
  body: { action?: string; params?: Record<string, unknown> };
}
interface ProxyResponse extends ServerResponse {
  status(code: number): { json(body: unknown): void };
}
interface ExpressApp extends Handler {
  use(handler: unknown): void;
  post(path: string, handler: (req: ProxyRequest, res: ProxyResponse, next: () => void) => void): void;
}
interface Express {
  (): ExpressApp;
  json(options: { limit: string }): unknown;
}

/** "Tên (mã)" lists for the pickers, from what exists in content/ now. */
export function pickerOptions(entries: RawEntry[]): Record<PickerKind, { label: string; value: string }[]> {
  const of = (collection: RawEntry['collection']) => entries.filter((e) => e.collection === collection && e.data);
  const field = (e: RawEntry, key: string) => String((e.data as Record<string, unknown>)[key] ?? '');
  const figures = of('stats').flatMap((ds) => {
    const observations = (ds.data as { observations?: { id: string; label: string; value: number; unit: string }[] }).observations ?? [];
    return observations.map((o) => ({
      label: `${field(ds, 'title')} › ${o.label}: ${o.value.toLocaleString('vi-VN')} ${o.unit} (${ds.id}#${o.id})`,
      value: `${ds.id}#${o.id}`,
    }));
  });
  const list = (collection: RawEntry['collection'], key: string) =>
    of(collection).map((e) => ({ label: `${field(e, key)} (${e.id})`, value: e.id }));
  return {
    place: of('places').map((e) => ({ label: `${field(e, 'name')} — ${field(e, 'level')} (${e.id})`, value: e.id })),
    source: list('sources', 'title'),
    model: list('models', 'name'),
    dataset: list('stats', 'title'),
    article: list('articles', 'title'),
    figure: figures,
  };
}

function fillPickers(fields: CmsField[], options: ReturnType<typeof pickerOptions>): CmsField[] {
  return fields.map(({ picker, ...field }) => ({
    ...field,
    ...(picker ? { options: options[picker] } : {}),
    ...(field.fields ? { fields: fillPickers(field.fields, options) } : {}),
  }));
}

/** The generated config with the pickers' lists filled and the local backend added. */
export function adminConfig(root: string) {
  const generated = JSON.parse(readFileSync(join(projectRoot, GENERATED_DIR, CMS_CONFIG_FILE), 'utf8')) as {
    collections: { fields?: CmsField[]; files?: { fields: CmsField[] }[] }[];
  };
  const options = pickerOptions(readContent(root));
  return {
    ...generated,
    load_config_file: false,
    backend: { name: 'proxy', proxy_url: '/api/v1', branch: 'main' },
    site_url: '/',
    display_url: '/',
    // Decap's "Xem bản hoàn chỉnh" link after a save fails on places.json and sources.json (a red "Không thể
    // tải xem trước" toast) and would only lead to "/": the site link at the top (display_url) is enough.
    show_preview_links: false,
    // The pickers for the editor's "+" components (<Figure of="…" />…) read these.
    dvk: options,
    collections: generated.collections.map((c) => ({
      ...c,
      ...(c.fields ? { fields: fillPickers(c.fields, options) } : {}),
      ...(c.files ? { files: c.files.map((f) => ({ ...f, fields: fillPickers(f.fields, options) })) } : {}),
    })),
  };
}

/** A file the admin writes: an entry's text, or an uploaded photo's bytes. */
interface Write {
  path: string;
  raw: string | Uint8Array;
}

/** Is `path` (relative to the root) a file in one of the photo folders, content/<collection>/anh/? */
const inPhotoFolder = (path: string) => new RegExp(`^content/(?:articles|models)/${PHOTO_FOLDER}/[^/]+$`).test(path);

/**
 * content/ of `root` as it would be after `write` and `remove`, read by the checker's own reader. Photos
 * are not copied: the reader looks for them in `root` when the change does not upload them.
 */
function contentAfter(root: string, write: Write[], remove: string[]): RawEntry[] {
  const copy = mkdtempSync(join(tmpdir(), 'dvk-cms-check-'));
  try {
    cpSync(join(root, 'content'), join(copy, 'content'), {
      recursive: true,
      filter: (path) => !inPhotoFolder(relative(root, path).split(sep).join('/')),
    });
    for (const file of write) {
      const target = join(copy, normalize(file.path));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.raw);
    }
    for (const path of remove) rmSync(join(copy, normalize(path)), { force: true });
    return readContent(copy, { photoFallback: root, photosRemoved: remove.map((path) => normalize(path).split(sep).join('/')) });
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/**
 * The problems a change would add, in the checker's words ("tệp › trường: lỗi"), or '' when none.
 * Problems already in content/ before the change are not blamed on it.
 */
export function problemsAdded(root: string, write: Write[], remove: string[]): string {
  const before = new Set(checkContent(readContent(root), { production: false }).problems.map((p) => formatProblems([p])));
  const after = checkContent(contentAfter(root, write, remove), { production: false }).problems;
  const added = after.filter((p) => !before.has(formatProblems([p])));
  return added.length ? formatProblems(added) : '';
}

interface Asset {
  path: string;
  content: string;
}

/** The photos a proxy request uploads: Decap sends one as `asset`, several with an entry as `assets`. */
function uploadedAssets(body: { params?: Record<string, unknown> }): Asset[] {
  const params = body.params ?? {};
  return [...((params.assets as Asset[] | undefined) ?? []), ...(params.asset ? [params.asset as Asset] : [])];
}

/** Why a proxy request must be refused, in Vietnamese, or undefined. */
export function refusal(root: string, body: { action?: string; params?: Record<string, unknown> }): string | undefined {
  const params = body.params ?? {};
  const inContent = (path: string) => path.startsWith('content/');
  const assets = uploadedAssets(body);
  // Uploads: photos only, into a story's or a model's anh/ folder, within the limits (src/lib/photos.ts).
  const uploads: Write[] = [];
  for (const asset of assets) {
    const path = normalize(asset.path).split(sep).join('/');
    if (!inPhotoFolder(path)) {
      return `${asset.path}: chỉ tải ảnh lên trong ô ảnh của một bài viết hay một mô hình (ảnh nằm trong thư mục content/…/${PHOTO_FOLDER}/); hình vẽ minh họa do nhóm phát triển thêm vào public/minh-hoa/`;
    }
    const bytes = Buffer.from(asset.content, 'base64');
    const problem = photoBytesProblem(path, bytes.length, headerOfBytes(bytes));
    if (problem) return problem;
    uploads.push({ path, raw: bytes });
  }
  if (body.action === 'persistEntry') {
    const entry = params.entry as { path: string; raw: string; newPath?: string } | undefined;
    const files = ((params.dataFiles as (typeof entry)[] | undefined) ?? (entry ? [entry] : [])).filter((f) => f !== undefined);
    const writes = files.filter((f) => inContent(f.newPath ?? f.path)).map((f) => ({ path: f.newPath ?? f.path, raw: f.raw }));
    const moved = files.filter((f) => f.newPath && f.newPath !== f.path).map((f) => f.path);
    if (writes.length === 0) return undefined;
    return problemsAdded(root, [...writes, ...uploads], moved) || undefined;
  }
  if (body.action === 'deleteFile' || body.action === 'deleteFiles') {
    const paths = ((params.paths as string[] | undefined) ?? [params.path as string]).filter((p) => p && inContent(p));
    if (paths.length === 0) return undefined;
    const problems = problemsAdded(root, [], paths);
    return problems ? `Không xóa được vì nội dung khác đang dẫn tới nó:\n${problems}` : undefined;
  }
  return undefined;
}

/**
 * Uploaded photos lose their metadata (GPS position, camera, owner) before they are checked and written
 * (src/admin/upload.ts). A file that is not a readable photo is left as sent, for refusal() to name.
 */
export async function cleanUploads(body: { params?: Record<string, unknown> }): Promise<void> {
  for (const asset of uploadedAssets(body)) {
    const bytes = Buffer.from(asset.content, 'base64');
    if (photoBytesProblem(asset.path, bytes.length, headerOfBytes(bytes))) continue;
    const clean = await withoutMetadata(bytes);
    if (clean) asset.content = clean.toString('base64');
  }
}

async function bundleAdmin(): Promise<string> {
  const result = await build({
    entryPoints: [join(here, 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
  });
  return result.outputFiles[0]?.text ?? '';
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The admin and its proxy, as a Connect/Express middleware editing the files under `root`. */
export async function adminMiddleware(root: string): Promise<Handler> {
  // decap-server's own Express (its dependency), so the proxy behaves exactly as `npx decap-server`.
  const decapRequire = createRequire(createRequire(import.meta.url).resolve('decap-server/dist/middlewares.js'));
  const express = decapRequire('express') as Express;
  const { registerLocalFs } = decapRequire('./middlewares.js') as {
    registerLocalFs: (app: ExpressApp, options?: { logLevel?: string }) => Promise<void>;
  };
  const proxy = express();
  proxy.use(express.json({ limit: '50mb' }));
  proxy.post('/api/v1', (req: ProxyRequest, res: ProxyResponse, next: () => void) => {
    void cleanUploads(req.body).then(() => {
      const reason = refusal(root, req.body);
      if (reason) res.status(422).json({ error: reason });
      else next();
    });
  });
  process.env.GIT_REPO_DIRECTORY = root;
  await registerLocalFs(proxy, { logLevel: 'warn' });

  let script: Promise<string> | undefined;
  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://admin');
    const path = url.pathname;
    if (path === '/api/v1') return void proxy(req, res, next);
    if (path === '/quan-tri') {
      res.writeHead(301, { Location: ADMIN_PATH }).end();
      return;
    }
    if (!path.startsWith(ADMIN_PATH)) return next();
    const send = (type: string, body: string | Buffer) => {
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Security-Policy': ADMIN_CSP,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(body);
    };
    if (path === ADMIN_PATH || path === `${ADMIN_PATH}index.html`) return send('text/html; charset=utf-8', PAGE);
    if (path === `${ADMIN_PATH}config.json`) return send('application/json; charset=utf-8', JSON.stringify(adminConfig(root)));
    if (path === `${ADMIN_PATH}admin.js`) {
      script ??= bundleAdmin();
      script
        .then((text) => send(TYPES['.js'] ?? '', text))
        .catch((error: unknown) => {
          script = undefined;
          res.writeHead(500).end(String(error));
        });
      return;
    }
    const file = path.slice(`${ADMIN_PATH}decap/`.length);
    const ext = /\.[a-z]+$/.exec(file)?.[0] ?? '';
    const full = join(decapDist, file);
    if (path.startsWith(`${ADMIN_PATH}decap/`) && TYPES[ext] && !relative(decapDist, full).startsWith('..') && existsSync(full)) {
      return send(TYPES[ext], readFileSync(full));
    }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Không tìm thấy');
  };
}
