/**
 * createServer builds one Sprout Lab server from its parts: no module-level singletons, so a test can
 * start several on port 0, each with its own temporary store.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { ApiError, notFound, refuse } from './http/errors';
import { sendError, sendJson } from './http/json';
import { Router } from './http/router';
import { PROGRAM_WORKER_ASSET, setSecurityHeaders } from './http/security-headers';
import { createStaticHandler } from './http/static';
import { listenOnSocketFile } from './http/socket-file';
import type { Auth } from './auth/auth';
import { can } from './auth/permissions';
import type { Store } from './store/store';

/** The websocket side (`/sync/<projectId>`), provided by server/sync. */
export interface SyncService {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  stats(): { documents: number; connections: number };
  close(): Promise<void>;
}

export interface ServerParts {
  store: Store;
  /** Sessions and the Origin check; without it the server has no accounts (static app + health only). */
  auth?: Auth;
  distDir: string;
  version: string;
  /** Adds `/api/*` routes (auth, projects, reviews …); each route checks who is asking itself via server/auth. */
  routes?: (router: Router) => void;
  sync?: SyncService;
  log?: (line: string) => void;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface SproutServer {
  http: Server;
  router: Router;
  listen(port: number, host?: string): Promise<number>;
  /** Listens on a Unix socket instead (SOCKET_PATH; a stale socket file there is removed first). */
  listenOnSocket(path: string): Promise<void>;
  close(): Promise<void>;
}

export function createServer(parts: ServerParts): SproutServer {
  const log = parts.log ?? ((line: string) => console.log(line));
  const router = new Router();
  // Anyone (a load balancer) learns whether the server is up; where the data lives, why the store is
  // unhealthy and how many documents and connections are open is for signed-in staff only.
  router.get('/api/health', async ({ req, res }) => {
    const store = await parts.store.status();
    const caller = parts.auth ? await parts.auth.caller(req).catch(() => null) : null;
    if (!can(caller?.user, 'server.health', { kind: 'none' })) {
      sendJson(res, store.ok ? 200 : 503, { ok: store.ok, version: parts.version, store: { ok: store.ok, kind: store.kind } });
      return;
    }
    const sync = parts.sync?.stats() ?? { documents: 0, connections: 0 };
    sendJson(res, store.ok ? 200 : 503, { ok: store.ok, version: parts.version, store, ...sync });
  });
  parts.routes?.(router);
  const serveStatic = createStaticHandler(parts.distDir);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      setSecurityHeaders(res, req, 'api');
      // Cross-site request forgery: a state-changing call must come from this site (or ALLOWED_ORIGINS).
      if (parts.auth && !SAFE_METHODS.has(req.method ?? 'GET')) parts.auth.assertOrigin(req);
      const found = router.match(req.method ?? 'GET', url.pathname);
      if (!found) throw notFound('no_api_route', { method: String(req.method), path: url.pathname });
      if (found === 'methodNotAllowed') throw refuse(405, 'method_not_allowed', 'method_not_allowed', { method: String(req.method), path: url.pathname });
      await found.handler({ req, res, params: found.params, url });
      return;
    }
    setSecurityHeaders(res, req, PROGRAM_WORKER_ASSET.test(url.pathname) ? 'program-worker' : 'app');
    if (req.method !== 'GET' && req.method !== 'HEAD') throw refuse(405, 'method_not_allowed', 'method_not_allowed', { method: String(req.method), path: url.pathname });
    await serveStatic(req, res, url.pathname);
  }

  const http = createHttpServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (err instanceof ApiError) {
        sendError(res, err);
      } else {
        log(`error ${req.method} ${req.url}: ${(err as Error)?.stack ?? String(err)}`);
        sendError(res, refuse(500, 'internal', 'internal'));
      }
    });
  });

  http.on('upgrade', (req, socket, head) => {
    socket.on('error', () => socket.destroy());
    const path = (req.url ?? '').split('?')[0];
    if (path.startsWith('/sync/') && parts.sync) {
      try {
        parts.sync.handleUpgrade(req, socket, head); // handles its own promises: a refusal or fault closes this socket only
      } catch (err) {
        log(`error upgrading ${path}: ${(err as Error)?.stack ?? String(err)}`);
        socket.destroy();
      }
      return;
    }
    socket.end('HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nno websocket endpoint here');
  });
  http.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });

  return {
    http,
    router,
    listen(port, host = '127.0.0.1') {
      return new Promise((resolveListen, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => {
          http.off('error', reject);
          const addr = http.address();
          resolveListen(typeof addr === 'object' && addr ? addr.port : port);
        });
      });
    },
    listenOnSocket: (path) => listenOnSocketFile(http, path),
    async close() {
      await parts.sync?.close();
      await new Promise<void>((r) => {
        http.close(() => r());
        http.closeAllConnections?.();
      });
      await parts.store.close();
    },
  };
}
