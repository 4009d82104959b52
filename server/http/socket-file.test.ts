/** Listening on a Unix socket (SOCKET_PATH): a stale socket file is replaced, a live one or a plain file is not. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listenOnSocketFile, SocketPathInUseError } from './socket-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sprout-socket-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const get = (socketPath: string) =>
  new Promise<string>((resolve, reject) => {
    request({ socketPath, path: '/' }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve(body));
    })
      .on('error', reject)
      .end();
  });

const close = (s: { close(cb: () => void): unknown }) => new Promise<void>((r) => s.close(() => r()));

describe('listenOnSocketFile', () => {
  it('serves HTTP on the socket, which every local user may open (its directory decides who reaches it)', async () => {
    const path = join(dir, 'a.sock');
    const http = createServer((_req, res) => res.end('hello'));
    await listenOnSocketFile(http, path);
    expect(await get(path)).toBe('hello');
    expect(statSync(path).mode & 0o666).toBe(0o666);
    await close(http);
  });

  it('replaces a socket file nobody listens on (left by a process killed with -9)', async () => {
    const path = join(dir, 'stale.sock');
    // a process that listened there and was killed with -9 (a clean close would have removed the file)
    const child = spawn(process.execPath, ['-e', `require('node:net').createServer().listen(${JSON.stringify(path)}, () => console.log('up'))`], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((r) => child.stdout!.once('data', () => r()));
    child.kill('SIGKILL');
    await new Promise<void>((r) => child.once('exit', () => r()));
    expect(statSync(path).isSocket()).toBe(true);
    const http = createServer((_req, res) => res.end('new'));
    await listenOnSocketFile(http, path);
    expect(await get(path)).toBe('new');
    await close(http);
  });

  it('refuses the path of a running server, and a path that is not a socket', async () => {
    const path = join(dir, 'live.sock');
    const first = createServer((_req, res) => res.end('first'));
    await listenOnSocketFile(first, path);
    await expect(listenOnSocketFile(createServer(), path)).rejects.toThrow(new SocketPathInUseError(`SOCKET_PATH ${path}: another server is listening there`));
    expect(await get(path)).toBe('first');
    await close(first);
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'keep me');
    await expect(listenOnSocketFile(createServer(), file)).rejects.toThrow(/exists and is not a socket/);
    expect(statSync(file).isFile()).toBe(true);
  });
});
