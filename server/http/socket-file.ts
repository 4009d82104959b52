/**
 * Listening on a Unix socket (SOCKET_PATH) instead of a TCP port, for a reverse proxy on the same machine.
 *
 * - A socket file left by a process that died (kill -9, a power cut) is removed before listening: one that
 *   refuses connections is stale; one that answers belongs to a running server, and starting stops with
 *   an error instead of taking its path from it. A path that exists and is not a socket is never removed.
 * - The socket is readable and writable by every user, as a port on 127.0.0.1 is reachable by every local
 *   user: its directory's permissions decide who may connect (docs/deploy.md).
 */
import { lstatSync, unlinkSync } from 'node:fs';
import type { Server } from 'node:http';
import { connect } from 'node:net';

export class SocketPathInUseError extends Error {}

/** Whether a server answers on the socket at `path` (false: refused, i.e. nobody listens). */
function answers(path: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const probe = connect(path);
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ECONNREFUSED' || e.code === 'ENOENT') resolve(false);
      else reject(e);
    });
  });
}

/** Removes a stale socket file at `path`; throws SocketPathInUseError when a server answers there or the path is not a socket. */
export async function clearStaleSocket(path: string): Promise<void> {
  let stat;
  try {
    stat = lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  if (!stat.isSocket()) throw new SocketPathInUseError(`SOCKET_PATH ${path} exists and is not a socket; not replacing it`);
  if (await answers(path)) throw new SocketPathInUseError(`SOCKET_PATH ${path}: another server is listening there`);
  try {
    unlinkSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}

/** Listens on the Unix socket `path` (a stale file there removed first). */
export async function listenOnSocketFile(http: Server, path: string): Promise<void> {
  await clearStaleSocket(path);
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen({ path, readableAll: true, writableAll: true }, () => {
      http.off('error', reject);
      resolve();
    });
  });
}
