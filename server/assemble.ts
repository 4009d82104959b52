/**
 * Builds a complete Sprout Lab server (accounts, REST API, sync) from a store and options. main.ts uses it
 * with the environment's config; integration tests use it with a temporary store, port 0 and a fake clock.
 */
import type * as Y from 'yjs';
import { Auth, type AuthOptions } from './auth/auth';
import { createServer, type SproutServer } from './app';
import { authRoutes } from './http/auth-routes';
import { classRoutes } from './http/class-routes';
import { accountRoutes } from './classroom/account-routes';
import { apiTokenRoutes } from './opendata/token-routes';
import { assignmentRoutes } from './classroom/assignment-routes';
import { inboxRoutes } from './classroom/inbox-routes';
import { inviteRoutes } from './classroom/invite-routes';
import { InboxStreams, storeTellingNotices, type InboxStreamOptions } from './classroom/inbox-stream';
import { projectRoutes } from './http/project-routes';
import type { Router } from './http/router';
import { MAX_IMAGE_BYTES, PROJECT_IMAGE_QUOTA_BYTES } from '../projects/cells/image';
import type { Store } from './store/store';
import type { SyncLimits } from './sync/limits';
import { YSyncService } from './sync/service';
import type { Cluster } from './cluster/cluster';

export interface AssembleOptions {
  store: Store;
  distDir: string;
  version: string;
  log?: (line: string) => void;
  auth?: Omit<AuthOptions, 'store' | 'cluster'>;
  /** What several processes share (server/cluster); default: this process alone. The caller closes it. */
  cluster?: Cluster;
  sync?: Partial<SyncLimits>;
  /** The live inbox stream's limits (server/classroom/inbox-stream.ts). */
  inboxStream?: InboxStreamOptions;
  maxImageBytes?: number;
  /** Most bytes of images per project (default PROJECT_IMAGE_QUOTA_BYTES). */
  imageQuotaBytes?: number;
  /** scrypt cost of passwords the server makes up or changes (tests lower it; default server/auth/password.ts). */
  passwordScrypt?: { N: number; r: number; p: number };
  /** More routes (e.g. server/review) registered after the core ones. */
  extraRoutes?: (router: Router, ctx: { store: Store; auth: Auth; live: LiveDocuments }) => void;
}

/** The live project documents, through the sync service (open rooms are edited in place). */
export interface LiveDocuments {
  load(projectId: string): Promise<Y.Doc>;
  edit(projectId: string, change: (doc: Y.Doc) => void): Promise<void>;
}

export interface AssembledServer extends SproutServer {
  auth: Auth;
  inboxStreams: InboxStreams;
  sync: YSyncService;
}

export function assembleServer(opts: AssembleOptions): AssembledServer {
  const log = opts.log ?? ((line: string) => console.log(line));
  const auth = new Auth({ store: opts.store, ...opts.auth, cluster: opts.cluster });
  const sync = new YSyncService({ store: opts.store, auth, cluster: opts.cluster, limits: opts.sync, log });
  const inboxStreams = new InboxStreams(opts.store, auth, opts.inboxStream, opts.cluster);
  // routes write notices through this: each write pushes the new unread count to its readers' open streams
  const store = storeTellingNotices(opts.store, (userIds) => void inboxStreams.changed(userIds).catch((e: unknown) => log(`inbox stream: ${String(e)}`)));
  const deps = {
    store,
    auth,
    log,
    maxImageBytes: opts.maxImageBytes ?? MAX_IMAGE_BYTES,
    imageQuotaBytes: opts.imageQuotaBytes ?? PROJECT_IMAGE_QUOTA_BYTES,
    docState: (id: string) => sync.encodeState(id),
    onAccessChanged: (change: { userIds: readonly number[] }) => sync.accessChanged(change),
  };
  const server = createServer({
    store: opts.store,
    auth,
    distDir: opts.distDir,
    version: opts.version,
    log,
    sync,
    routes: (router) => {
      authRoutes(router, deps);
      classRoutes(router, deps);
      accountRoutes(router, deps, { scrypt: opts.passwordScrypt });
      apiTokenRoutes(router, deps);
      assignmentRoutes(router, deps, { now: auth.now });
      inboxRoutes(router, deps, { now: auth.now });
      inboxStreams.routes(router);
      inviteRoutes(router, deps, { now: auth.now, scrypt: opts.passwordScrypt });
      projectRoutes(router, deps);
      const live: LiveDocuments = { load: (id) => sync.loadDoc(id), edit: (id, change) => sync.editDoc(id, change) };
      opts.extraRoutes?.(router, { store, auth, live });
    },
  });
  const purge = setInterval(() => void auth.purgeExpiredSessions().catch(() => {}), 3600_000);
  purge.unref();
  return {
    ...server,
    auth,
    sync,
    inboxStreams,
    async close() {
      clearInterval(purge);
      inboxStreams.close();
      await server.close();
    },
  };
}
