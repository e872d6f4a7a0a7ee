/**
 * The `npm start` server under hostile traffic: thousands of random and malformed request lines, methods and
 * headers over raw sockets, then downloads of a large file cut off mid-way. Afterwards the server still answers
 * `/`, and holds no more open files than before (counted in /proc/<pid>/fd). Bounded in count, not in time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './browser.ts';
import { projectRoot } from './build-helpers.ts';
import { rawRequest } from './hosts.ts';

const REQUESTS = 3000;
const ABORTED_DOWNLOADS = 200;

/** A seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const PATHS = [
  '/',
  '/%',
  '/%c0%ae',
  '/%E0%A4%A',
  '//[',
  '/..',
  '/../..',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/a/../../b',
  '/_headers',
  '/.env',
  '/lon.bin',
  '/lon.bin/',
  '/trang',
  '/trang/',
  '/\u0000',
  '/%00',
  '*',
  '',
  'http://x/',
  '/?q=%',
  '/;/',
  '/~',
];
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT', 'PATCH', 'BREW', 'get', '', 'G\u0001T'];
const HEADERS = [
  'Range: bytes=0-0',
  'Range: bytes=-1',
  'Range: bytes=5-2',
  'Range: bytes=99999999999999999999-',
  'Range: bytes=0-1,3-4,6-7',
  'Range: garbage',
  'If-None-Match: *',
  'Content-Length: 5',
  'Content-Length: -1',
  'Transfer-Encoding: chunked',
  'Host:',
  'Expect: 100-continue',
  'Accept-Encoding: gzip, br',
  ': no-name',
  'X-Long: ' + 'a'.repeat(9000),
];

describe('the npm start server under random and malformed requests', () => {
  let dir: string;
  let port: number;
  let child: ChildProcess;
  const openFiles = () => readdirSync(`/proc/${child.pid}/fd`).length;
  const openTargets = () =>
    readdirSync(`/proc/${child.pid}/fd`).map((fd) => {
      try {
        return readlinkSync(`/proc/${child.pid}/fd/${fd}`);
      } catch {
        return '?';
      }
    });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dvk-fuzz-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>trang chủ</title>');
    writeFileSync(join(dir, '404.html'), '<!doctype html><title>404</title>');
    mkdirSync(join(dir, 'trang'));
    writeFileSync(join(dir, 'trang', 'index.html'), '<!doctype html><title>trang</title>');
    writeFileSync(join(dir, 'lon.bin'), Buffer.alloc(8 * 1024 * 1024, 7));
    writeFileSync(join(dir, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n');
    port = await freePort();
    child = spawn(process.execPath, [join(projectRoot, 'scripts/serve.ts')], {
      env: { ...process.env, DIST_DIR: dir, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('http://') && resolve());
      child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
  });
  afterAll(() => {
    child?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Writes `text` on a fresh connection and waits until the server closes it (or 5 s pass, then closes it). */
  const send = (text: string | Buffer) =>
    new Promise<void>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.end(text));
      const done = () => {
        clearTimeout(timer);
        socket.destroy();
        resolve();
      };
      const timer = setTimeout(done, 5000);
      socket.on('data', () => {});
      socket.on('close', done);
      socket.on('error', done);
    });

  it('keeps answering after thousands of random requests and aborted downloads, with no file left open', async () => {
    expect(existsSync(`/proc/${child.pid}/fd`)).toBe(true);
    expect((await rawRequest(port, 'GET', '/')).status).toBe(200);
    const before = openFiles();
    const next = random(16);
    const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;

    const batch: Promise<void>[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      let text: string | Buffer;
      const kind = next();
      if (kind < 0.15) {
        // Random bytes, sometimes with a line end.
        text = Buffer.from(Array.from({ length: 1 + Math.floor(next() * 200) }, () => Math.floor(next() * 256)));
      } else {
        const method = pick(METHODS);
        const path = pick(PATHS) + (next() < 0.3 ? `%${Math.floor(next() * 256).toString(16)}` : '');
        const version = pick(['HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/1.1', '', 'HTTP/9']);
        const headers = Array.from({ length: Math.floor(next() * 4) }, () => pick(HEADERS));
        text = `${method} ${path} ${version}\r\nHost: 127.0.0.1\r\n${headers.join('\r\n')}${headers.length ? '\r\n' : ''}Connection: close\r\n\r\n`;
      }
      batch.push(send(text));
      if (batch.length === 50) await Promise.all(batch.splice(0));
    }
    await Promise.all(batch);

    // Downloads of 8 MB cut off after the first bytes: the server must close each file.
    for (let i = 0; i < ABORTED_DOWNLOADS; i += 20) {
      await Promise.all(
        Array.from(
          { length: 20 },
          () =>
            new Promise<void>((resolve) => {
              const socket = connect(port, '127.0.0.1', () => socket.write('GET /lon.bin HTTP/1.1\r\nHost: x\r\n\r\n'));
              socket.once('data', () => socket.destroy());
              socket.on('close', () => resolve());
              socket.on('error', () => resolve());
            }),
        ),
      );
    }

    expect(child.exitCode).toBeNull();
    expect((await rawRequest(port, 'GET', '/')).status).toBe(200);
    // Closing is asynchronous: give the server a moment (not a timing assertion: it only waits, up to 10 s).
    for (let i = 0; i < 100 && openFiles() > before; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(openFiles(), `still open:\n${openTargets().join('\n')}`).toBeLessThanOrEqual(before);
  });
});
