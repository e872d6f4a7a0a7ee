/**
 * `npm start` (and the browser tests): serves the built site with serve-handler (the library behind `serve`),
 * sending the headers of `<site>/_headers` on every response, redirects and errors included, read through the
 * same parser that writes the nginx configuration (scripts/deploy/headers.ts).
 *
 * On top of serve-handler (which decodes, confines paths to the site folder, answers Range and HEAD): GET and
 * HEAD only (405 with Allow), 400 for a request it cannot read, `/_headers` and dotfiles never served, a
 * directory without its final slash redirected on this host only, every file stream closed when the client goes
 * away, and no request that can stop the process.
 *
 * Environment: DIST_DIR (default dist/), PORT (default 4321), HOST (default localhost).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { posix, resolve } from 'node:path';
import type { Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import parseRange from 'range-parser';
import handler from 'serve-handler';
import { ALLOWED_METHODS, CONTENT_TYPES, headersFor, parseHeaders } from './deploy/headers.ts';

const root = resolve(process.env.DIST_DIR ?? fileURLToPath(new URL('../dist', import.meta.url)));
const host = process.env.HOST || 'localhost';
const rawPort = process.env.PORT ?? '4321';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!/^\d{1,5}$/.test(rawPort) || Number(rawPort) > 65535)
  fail(`PORT="${rawPort}" không phải là một cổng hợp lệ: cần một số từ 0 đến 65535, ví dụ PORT=8080 npm run serve.`);
const port = Number(rawPort);
if (!existsSync(root)) fail(`Không thấy thư mục ${root}. Chạy "npm run build" trước.`);

const headerFile = resolve(root, '_headers');
const rules = existsSync(headerFile) ? parseHeaders(readFileSync(headerFile, 'utf8')) : [];

// serve-handler picks content types by extension (mime-types); the site's own table wins, so this server and
// nginx agree (text/javascript, charset=utf-8 on text, Pagefind's own files).
const handlerConfig = {
  public: root,
  cleanUrls: false,
  directoryListing: false,
  symlinks: false,
  etag: true,
  headers: Object.entries(CONTENT_TYPES).map(([ext, type]) => ({
    source: `**/*.${ext}`,
    headers: [{ key: 'Content-Type', value: type }],
  })),
};

/** The path as the site sees it: decoded, `.` and `..` resolved; undefined when it cannot be read or leaves the root. */
function sitePath(target: string): string | undefined {
  if (!target.startsWith('/')) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(target.split('?')[0]!);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  let depth = 0;
  for (const segment of decoded.split('/')) {
    if (segment === '..') depth--;
    else if (segment && segment !== '.') depth++;
    if (depth < 0) return undefined;
  }
  const normal = posix.normalize(decoded);
  return normal === '/' || !decoded.endsWith('/') ? normal : `${normal.replace(/\/$/, '')}/`;
}

function setSiteHeaders(response: ServerResponse, path: string) {
  for (const [name, value] of headersFor(rules, path)) response.setHeader(name, value);
}

/** A response the handler does not make (400, 404, 405): the site's headers, the 404 page where one exists. */
function sendStatus(request: IncomingMessage, response: ServerResponse, status: number, path: string) {
  const page = resolve(root, '404.html');
  const usePage = status === 404 && existsSync(page);
  setSiteHeaders(response, usePage ? '/404.html' : path);
  if (status === 405) response.setHeader('Allow', ALLOWED_METHODS.join(', '));
  const body = usePage ? undefined : Buffer.from(`${status}\n`);
  response.writeHead(status, {
    'Content-Type': usePage ? CONTENT_TYPES['html']! : 'text/plain; charset=utf-8',
    'Content-Length': usePage ? statSync(page).size : body!.length,
  });
  if (request.method === 'HEAD' || !usePage) response.end(request.method === 'HEAD' ? undefined : body);
  else closingStream(page, {}, response).pipe(response);
}

/** Opens a file for the response, and closes it when the client leaves before the end (or on a read error). */
function closingStream(file: string, options: object, response: ServerResponse) {
  const stream = createReadStream(file, options);
  stream.on('error', () => response.destroy());
  // The client may have gone while the file was being looked up: then 'close' has already happened.
  if (closed.has(response)) stream.destroy();
  else response.once('close', () => stream.destroy());
  return stream;
}

/** Responses whose connection is gone (or which are complete). */
const closed = new WeakSet<ServerResponse>();

async function handle(request: IncomingMessage, response: ServerResponse) {
  const target = request.url ?? '';
  const path = sitePath(target);
  if (!ALLOWED_METHODS.includes(request.method ?? '')) return sendStatus(request, response, 405, path ?? '/');
  if (path === undefined) return sendStatus(request, response, 400, '/');
  if (path.split('/').some((segment) => segment.startsWith('.') || segment === '_headers')) return sendStatus(request, response, 404, path);
  // A folder asked for without its final slash: redirect on this host (a relative Location), as nginx does.
  if (!path.endsWith('/')) {
    const full = resolve(root, `.${path}`);
    if (existsSync(full) && statSync(full).isDirectory()) {
      setSiteHeaders(response, path);
      const query = target.includes('?') ? target.slice(target.indexOf('?')) : '';
      response.writeHead(301, { Location: `/${encodeURI(path).replace(/^\/+/, '')}/${query}`, 'Content-Length': 0 });
      return response.end();
    }
  }
  const file = path.endsWith('/') ? resolve(root, `.${path}`, 'index.html') : resolve(root, `.${path}`);
  if (!existsSync(file) || !statSync(file).isFile()) return sendStatus(request, response, 404, path);
  setSiteHeaders(response, path);
  // A Range that cannot be read is ignored (the whole file, 200); one past the end gets 416 and no body.
  const range = request.headers.range;
  if (range) {
    const size = statSync(file).size;
    const ranges = parseRange(size, range, { combine: true });
    if (ranges === -2 || (Array.isArray(ranges) && ranges.type !== 'bytes')) delete request.headers.range;
    else if (ranges === -1 || size === 0) {
      response.writeHead(416, { 'Content-Range': `bytes */${size}`, 'Content-Length': 0 });
      return response.end();
    }
  }
  // serve-handler is handed the file itself (a folder's index.html): it streams it, with Range and HEAD.
  request.url = encodeURI(path.endsWith('/') ? `${path}index.html` : path);
  await handler(request, response, handlerConfig, {
    createReadStream: (file: string, options?: object) => closingStream(file, options ?? {}, response),
  } as Parameters<typeof handler>[3]);
}

const server = createServer((request, response) => {
  response.once('close', () => closed.add(response));
  handle(request, response).catch((error: unknown) => {
    console.error(error);
    if (response.headersSent) response.destroy();
    else sendStatus(request, response, 500, '/');
  });
});

// A request Node cannot even parse: answer 400 with the site's headers, and close.
server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const lines = [...headersFor(rules, '/')].map(([name, value]) => `${name}: ${value}`);
  socket.end(['HTTP/1.1 400 Bad Request', ...lines, 'Content-Length: 0', 'Connection: close', '', ''].join('\r\n'));
});

server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE')
    fail(`Cổng ${port} trên ${host} đang có chương trình khác dùng. Dừng chương trình đó, hoặc chọn cổng khác: PORT=8080 npm run serve.`);
  if (error.code === 'EACCES')
    fail(`Không được phép mở cổng ${port} (cổng dưới 1024 cần quyền quản trị). Chọn cổng khác: PORT=8080 npm run serve.`);
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND')
    fail(`HOST="${host}" không phải là địa chỉ của máy này. Bỏ HOST hoặc dùng HOST=127.0.0.1.`);
  fail(`Không mở được máy chủ trên ${host}:${port}: ${error.message}`);
});

server.listen(port, host, () => {
  const address = server.address();
  const shown = typeof address === 'object' && address ? address.port : port;
  console.log(`Trang đang chạy tại http://${host}:${shown}/ (Ctrl+C để dừng)`);
});
