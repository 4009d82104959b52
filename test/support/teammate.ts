/**
 * A teammate outside the browser: logs in over HTTP and edits a project's document as a stock
 * y-websocket client (Node), so a browser test can put data into a notebook the way a second student
 * would, and read what the browser wrote.
 */
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createProjectDoc } from '../../projects/schema';
import type { RunningServer } from './app-server';

export async function loginCookie(server: RunningServer, username: string, password: string): Promise<string> {
  const r = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: server.url }, body: JSON.stringify({ username, password }) });
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0];
  if (!r.ok || !cookie) throw new Error(`log-in of ${username} failed: ${r.status}`);
  return cookie;
}

/** JSON from the API as the holder of `cookie` (Origin set, as a browser would for writes). */
export async function apiAs<T = unknown>(server: RunningServer, cookie: string, path: string, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; body: T }> {
  const r = await fetch(server.url + path, {
    method: init.method ?? 'GET',
    headers: { cookie, origin: server.url, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });
  return { status: r.status, body: (await r.json().catch(() => ({}))) as T };
}

export interface Teammate {
  doc: Y.Doc;
  /** Resolves once the server has everything this replica wrote. */
  flushed(): Promise<void>;
  close(): void;
}

export async function teammate(server: RunningServer, cookie: string, projectId: string): Promise<Teammate> {
  const doc = createProjectDoc();
  const headers = { cookie, origin: server.url };
  class AuthedSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  const p = new WebsocketProvider(`ws://127.0.0.1:${server.port}/sync`, projectId, doc, { WebSocketPolyfill: AuthedSocket as unknown as typeof globalThis.WebSocket, disableBc: true });
  await new Promise<void>((res) => p.once('sync', () => res()));
  return {
    doc,
    async flushed() {
      // done when the server's copy (GET /api/projects/:id/doc) holds everything this replica wrote
      const mine = Y.getState(doc.store, doc.clientID);
      for (let i = 0; i < 200; i++) {
        const r = await fetch(`${server.url}/api/projects/${projectId}/doc`, { headers: { cookie } });
        const copy = createProjectDoc();
        Y.applyUpdate(copy, new Uint8Array(await r.arrayBuffer()));
        const theirs = Y.getState(copy.store, doc.clientID);
        copy.destroy();
        if (theirs >= mine) return;
        await new Promise((res) => setTimeout(res, 50));
      }
      throw new Error('the server did not get the teammate’s changes within 10 s');
    },
    close: () => p.destroy(),
  };
}
