/**
 * The places the built site is served from in tests, each started over a folder: the `npm start` server
 * (scripts/serve.ts) and, where nginx is installed, a real nginx running scripts/deploy/nginx.conf.
 * Raw HTTP requests (node:http keeps a path as written, `..` included).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NGINX_LISTEN, NGINX_ROOT } from '../../scripts/deploy/nginx.ts';
import { freePort, serve } from './browser.ts';
import { projectRoot } from './build-helpers.ts';

export interface Served {
  url: string;
  port: number;
  stop: () => void;
}

/** nginx's path, or undefined where it is not installed (CI installs it in .ci/run). */
export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'].find((path) => existsSync(path));

export async function serveWithNodeServer(dir: string): Promise<Served> {
  const server = await serve(dir);
  return { ...server, port: Number(new URL(server.url).port) };
}

/**
 * Runs nginx with scripts/deploy/nginx.conf over `dir`, on a free loopback port: the file as shipped, with only
 * its `root` and `listen` lines pointed here, inside a main configuration any user may run (one process, no
 * daemon, pid and temporary files in a temporary folder, errors to stderr).
 */
export async function serveWithNginx(dir: string): Promise<Served> {
  if (!NGINX) throw new Error('nginx is not installed');
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'dvk-nginx-'));
  const site = readFileSync(join(projectRoot, 'scripts/deploy/nginx.conf'), 'utf8')
    .replace(`root ${NGINX_ROOT};`, `root ${dir};`)
    .replace(`listen ${NGINX_LISTEN};`, `listen 127.0.0.1:${port};`);
  writeFileSync(join(prefix, 'site.conf'), site);
  for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, temp));
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      'daemon off;',
      'master_process off;',
      'worker_processes 1;',
      `pid ${prefix}/nginx.pid;`,
      'error_log stderr error;',
      'events { worker_connections 256; }',
      'http {',
      '  access_log off;',
      ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t === 'body' ? 'client_body' : t}_temp_path ${prefix}/${t};`),
      `  include ${prefix}/site.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  const test = spawnSync(NGINX, ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', 'stderr'], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t:\n${test.stderr}`);
  const child = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', 'stderr'], { stdio: ['ignore', 'ignore', 'inherit'] });
  let exited = false;
  child.on('exit', () => (exited = true));
  for (let tries = 0; ; tries++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => (socket.destroy(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) break;
    if (exited || tries > 100) throw new Error('nginx did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    stop: () => {
      child.once('exit', () => rmSync(prefix, { recursive: true, force: true }));
      child.kill();
    },
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** One request with the path exactly as given. */
export function rawRequest(port: number, method: string, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers: { connection: 'close', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')])),
          body: Buffer.concat(chunks),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}
