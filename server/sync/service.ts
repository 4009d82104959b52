/**
 * The sync endpoint `/sync/<projectId>`: y-websocket protocol (sync + awareness), so the stock
 * `WebsocketProvider(ws(s)://host/sync, projectId)` connects unchanged.
 *
 * The upgrade is checked before a single Yjs message is exchanged: Origin, session cookie, project,
 * permission, connections per user. A refused upgrade is completed and closed at once with a code
 * and a reason the client can read (4403 forbidden origin or project, 4401 no session, 4404 unknown
 * project, 4429 too many connections). Rooms load on first connection and unload (compacted) when the last
 * peer leaves.
 *
 * No promise of the upgrade or room paths is left unhandled: a failed check refuses that upgrade, a fault
 * inside a room closes that room's sockets with 1011 and is logged, and the process goes on. Access is
 * re-checked on every heartbeat and at once when the routes report a change (`accessChanged`).
 */
import * as Y from 'yjs';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { SyncService } from '../app';
import type { Auth } from '../auth/auth';
import { projectAccess } from '../auth/permissions';
import { PROJECT_ID_PATTERN } from '../http/project-routes';
import type { Store } from '../store/store';
import type { Cluster } from '../cluster/cluster';
import { LocalCluster } from '../cluster/local-cluster';
import { SyncConnection, type ConnectionInfo } from './connection';
import { CpuBudget } from './cpu-budget';
import { UpdateJournal } from './journal';
import { CLOSE, closeReason, DEFAULT_SYNC_LIMITS, type SyncLimits } from './limits';
import { encodeIntegratedState } from './pending';
import { Room } from './room';
import { WriteBatch } from './write-batch';

export interface SyncServiceOptions {
  store: Store;
  auth: Auth;
  /** What several processes share (server/cluster); default: this process alone. */
  cluster?: Cluster;
  limits?: Partial<SyncLimits>;
  log?: (line: string) => void;
}

type Decision = { ok: true; projectId: string; info: ConnectionInfo } | { ok: false; code: number; reason: string };

/** Transaction origin of changes the server makes itself (broadcast to every peer). */
const SERVER_ORIGIN = 'sprout-server';
/** How long a room read over HTTP stays loaded without peers (see encodeState). */
const ROOM_LINGER_MS = 10_000;

export class YSyncService implements SyncService {
  readonly limits: SyncLimits;
  private readonly wss: WebSocketServer;
  /** Open rooms by project id: the load in progress, and the room once loaded. */
  private readonly rooms = new Map<string, { loading: Promise<Room>; room?: Room }>();
  private readonly unloading = new Map<string, Promise<void>>();
  /** Rooms kept loaded for a moment after an HTTP read (encodeState), by project id. */
  private readonly lingering = new Map<string, NodeJS.Timeout>();
  private readonly perUser = new Map<number, number>();
  /** Event-loop budget of each user with open connections, shared by those connections. */
  private readonly userBudgets = new Map<number, CpuBudget>();
  private readonly connections = new Set<SyncConnection>();
  /** What every connection sends in one turn of the event loop, one write per socket. */
  private readonly writes = new WriteBatch();
  private readonly journal: UpdateJournal;
  private readonly log: (line: string) => void;
  private readonly pinger: NodeJS.Timeout;
  private closing = false;
  private readonly cluster: Cluster;

  constructor(private readonly opts: SyncServiceOptions) {
    this.limits = { ...DEFAULT_SYNC_LIMITS, ...opts.limits };
    this.cluster = opts.cluster ?? new LocalCluster();
    this.log = opts.log ?? ((l) => console.log(l));
    this.journal = new UpdateJournal(opts.store.docs, opts.auth.now);
    this.wss = new WebSocketServer({ noServer: true, maxPayload: this.limits.maxFrameBytes, perMessageDeflate: false });
    this.pinger = setInterval(() => this.heartbeat().catch((e: unknown) => this.log(`sync heartbeat failed: ${(e as Error)?.stack ?? e}`)), this.limits.pingIntervalMs);
    this.pinger.unref();
  }

  /** Documents in memory (open, or being written before they unload) and open connections. */
  stats(): { documents: number; connections: number } {
    let documents = this.rooms.size;
    for (const id of this.unloading.keys()) if (!this.rooms.has(id)) documents++;
    return { documents, connections: this.connections.size };
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.decide(req)
      .catch((e: unknown): Decision => {
        this.log(`sync upgrade check failed: ${(e as Error).stack ?? e}`);
        return { ok: false, code: CLOSE.internal, reason: closeReason('server_error', 'server error while checking access') };
      })
      .then((decision) => {
        // a counted connection whose socket dies before the upgrade completes is uncounted
        let attached = false;
        if (decision.ok) socket.once('close', () => attached || this.cluster.connections.remove(decision.info.userId));
        this.wss.handleUpgrade(req, socket, head, (ws) => {
          attached = true;
          if (!decision.ok) {
            ws.close(decision.code, decision.reason);
            return;
          }
          this.attach(ws, decision, socket);
        });
      })
      .catch((e: unknown) => {
        this.log(`sync upgrade failed: ${(e as Error)?.stack ?? e}`);
        socket.destroy();
      });
  }

  private async decide(req: IncomingMessage): Promise<Decision> {
    if (this.closing) return { ok: false, code: CLOSE.goingAway, reason: closeReason('going_away', 'server shutting down') };
    const { auth, store } = this.opts;
    if (!auth.originAllowed(req)) return { ok: false, code: CLOSE.forbidden, reason: closeReason('origin_not_allowed', `origin ${String(req.headers.origin)} is not this site`) };
    const caller = await auth.caller(req);
    if (!caller) return { ok: false, code: CLOSE.unauthenticated, reason: closeReason('unauthenticated', 'log in first (no session or it expired)') };
    let projectId: string;
    try {
      projectId = decodeURIComponent((req.url ?? '').split('?')[0].slice('/sync/'.length));
    } catch {
      projectId = '';
    }
    const facts = PROJECT_ID_PATTERN.test(projectId) ? await store.projects.accessFacts(projectId) : undefined;
    if (!facts) return { ok: false, code: CLOSE.notFound, reason: closeReason('unknown_project', 'no such project') };
    const access = projectAccess(caller.user, facts);
    if (!access) return { ok: false, code: CLOSE.forbidden, reason: closeReason('forbidden', 'this project is not visible to you') };
    // counted over every process (server/cluster): the last check, so a refused upgrade counts nothing
    if (!(await this.cluster.connections.tryAdd(caller.user.id, this.limits.maxConnectionsPerUser))) {
      return { ok: false, code: CLOSE.rateLimited, reason: closeReason('too_many_connections', `at most ${this.limits.maxConnectionsPerUser} per user`) };
    }
    return { ok: true, projectId, info: { userId: caller.user.id, displayName: caller.user.displayName || caller.user.username, projectId, access, sessionExpiresAt: caller.session.expiresAt, tokenHash: caller.session.tokenHash } };
  }

  private attach(ws: WebSocket, d: Extract<Decision, { ok: true }>, socket: Duplex): void {
    let budget = this.userBudgets.get(d.info.userId);
    if (!budget) this.userBudgets.set(d.info.userId, (budget = new CpuBudget(this.limits.userCpuMsPerS, this.limits.userCpuBurstMs)));
    const conn = new SyncConnection(ws, d.info, this.limits, this.opts.auth.now, this.log, budget, { socket, batch: this.writes });
    this.connections.add(conn);
    this.perUser.set(d.info.userId, (this.perUser.get(d.info.userId) ?? 0) + 1);
    // Messages that arrive while the document loads wait for it (bounded like messages waiting for a budget).
    const early: { data: Uint8Array; isBinary: boolean }[] = [];
    let earlyBytes = 0;
    let room: Room | undefined;
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (room) return conn.receive(room, data, isBinary);
      early.push({ data, isBinary });
      earlyBytes += data.length;
      if (earlyBytes > this.limits.maxDeferredBytes || early.length > this.limits.messageBurst) {
        early.length = 0;
        conn.close(CLOSE.rateLimited, closeReason('rate_limited', 'too many messages before the document was loaded'));
      }
    });
    ws.on('pong', () => (conn.alive = true));
    ws.on('error', (e) => this.log(`sync ${d.projectId}: user ${d.info.userId}: ${e.message}`));
    ws.on('close', () => {
      this.connections.delete(conn);
      this.cluster.connections.remove(d.info.userId);
      const n = (this.perUser.get(d.info.userId) ?? 1) - 1;
      if (n > 0) this.perUser.set(d.info.userId, n);
      else {
        this.perUser.delete(d.info.userId);
        this.userBudgets.delete(d.info.userId);
      }
      if (room) this.leave(room, conn);
    });
    this.roomFor(d.projectId).then(
      (r) => {
        if (conn.isClosed || ws.readyState !== ws.OPEN) return;
        if (r.failed) return conn.close(CLOSE.internal, closeReason('server_error', 'the document failed; reconnect to reload it'));
        try {
          room = r;
          r.addPeer(conn);
          r.greet(conn);
          for (const m of early.splice(0)) conn.receive(r, m.data, m.isBinary);
        } catch (e) {
          r.fail(e, 'cannot add a connection');
        }
      },
      (e: unknown) => {
        this.log(`sync ${d.projectId}: cannot load the document: ${(e as Error)?.stack ?? e}`);
        conn.close(CLOSE.internal, closeReason('server_error', 'cannot load the document; try again'));
      },
    );
  }

  private async roomFor(projectId: string): Promise<Room> {
    const existing = this.rooms.get(projectId);
    if (existing) return existing.loading;
    const entry: { loading: Promise<Room>; room?: Room } = { loading: this.loadRoom(projectId).then((room) => (entry.room = room)) };
    this.rooms.set(projectId, entry);
    entry.loading.catch(() => {
      if (this.rooms.get(projectId) === entry) this.rooms.delete(projectId);
    });
    return entry.loading;
  }

  private async loadRoom(projectId: string): Promise<Room> {
    await this.unloading.get(projectId);
    return Room.load(projectId, this.opts.store, this.journal, {
      limits: this.limits,
      log: this.log,
      cluster: this.cluster,
      onFailure: (r, err, what) => this.roomFailed(r, err, what),
    });
  }

  /**
   * The current document of a project, as a copy the caller owns (and destroys): the open room's state
   * when teammates are editing, else the stored one. Used to freeze a submission.
   */
  async loadDoc(projectId: string): Promise<Y.Doc> {
    const room = await this.roomFor(projectId);
    try {
      await room.flush();
      const copy = new Y.Doc({ gc: false });
      Y.applyUpdate(copy, encodeIntegratedState(room.doc));
      return copy;
    } finally {
      this.unloadIfIdle(room);
    }
  }

  /**
   * The document's current state as one Yjs update (GET /api/projects/:id/doc, a first visit's
   * notebook): the open room's when teammates are editing, else the stored one. The room stays loaded
   * for a few seconds, because the reader's websocket usually follows at once.
   */
  async encodeState(projectId: string): Promise<Uint8Array> {
    const room = await this.roomFor(projectId);
    try {
      return encodeIntegratedState(room.doc);
    } finally {
      clearTimeout(this.lingering.get(projectId));
      const timer = setTimeout(() => {
        this.lingering.delete(projectId);
        this.unloadIfIdle(room);
      }, ROOM_LINGER_MS);
      timer.unref();
      this.lingering.set(projectId, timer);
    }
  }

  /**
   * A change made by the server itself (e.g. the review flow setting meta.status): applied to the open
   * room's document, so connected editors see it at once, written durably before this returns.
   */
  async editDoc(projectId: string, change: (doc: Y.Doc) => void): Promise<void> {
    const room = await this.roomFor(projectId);
    try {
      Y.transact(room.doc, () => change(room.doc), SERVER_ORIGIN);
      await room.flush();
      if (room.failed) throw new Error(`could not store the change to project ${projectId}`);
    } finally {
      this.unloadIfIdle(room);
    }
  }

  private leave(room: Room, conn: SyncConnection): void {
    room.removePeer(conn);
    this.unloadIfIdle(room);
  }

  private unloadIfIdle(room: Room): void {
    if (room.peers.size > 0 || this.rooms.get(room.projectId)?.room !== room || this.lingering.has(room.projectId)) return;
    // Last peer gone: write, then unload. A new connection meanwhile waits for this and loads afresh.
    this.rooms.delete(room.projectId);
    this.retire(room, 'flush on unload failed');
  }

  /** Writes what the room holds and destroys it; a load of the same project meanwhile waits for this. */
  private retire(room: Room, onError: string): void {
    const done = room
      .flush()
      .catch((e: unknown) => this.log(`sync ${room.projectId}: ${onError}: ${(e as Error)?.message ?? e}`))
      .finally(() => {
        try {
          room.destroy();
        } catch (e) {
          this.log(`sync ${room.projectId}: destroy failed: ${(e as Error)?.message ?? e}`);
        }
        if (this.unloading.get(room.projectId) === done) this.unloading.delete(room.projectId);
      });
    this.unloading.set(room.projectId, done);
  }

  /** A room that cannot go on: its sockets are closed (clients reconnect and reload it), the rest of the server goes on. */
  private roomFailed(room: Room, err: unknown, what: string): void {
    this.log(`sync ${room.projectId}: ${what}; closing the document's connections: ${(err as Error)?.stack ?? err}`);
    const reason = what === 'storage failed' ? 'storage failed; reconnect to reload the document' : 'internal error in this document; reconnect to reload it';
    for (const peer of [...room.peers.keys()]) peer.close(CLOSE.internal, closeReason('server_error', reason));
    if (this.rooms.get(room.projectId)?.room === room) {
      this.rooms.delete(room.projectId);
      clearTimeout(this.lingering.get(room.projectId));
      this.lingering.delete(room.projectId);
      this.retire(room, 'flush of the failed document failed');
    }
  }

  /**
   * Re-checks at once the access of every open connection of these users (the routes call it after a
   * team's members or mentor changed): a student taken out of a team loses the socket now, not at the
   * next heartbeat.
   */
  accessChanged(change: { userIds: readonly number[] }): void {
    const users = new Set(change.userIds);
    const affected = [...this.connections].filter((c) => users.has(c.info.userId));
    if (!affected.length) return;
    this.recheckAccess(affected).catch((e: unknown) => this.log(`sync access re-check failed: ${(e as Error)?.stack ?? e}`));
  }

  /**
   * Closes the connections whose user may no longer see their project; updates the others' access
   * (write/read). Set queries: two statements however many connections (a networked database charges per
   * round trip).
   */
  private async recheckAccess(conns: readonly SyncConnection[]): Promise<void> {
    if (!conns.length) return;
    const { store } = this.opts.auth;
    const [users, facts] = await Promise.all([
      store.accounts.usersByIds(conns.map((c) => c.info.userId)),
      store.projects.accessFactsOf(conns.map((c) => c.info.projectId)),
    ]);
    for (const conn of conns) {
      const user = users.get(conn.info.userId);
      const f = facts.get(conn.info.projectId);
      const access = user && f ? projectAccess(user, f) : null;
      if (!access) conn.close(CLOSE.forbidden, closeReason('access_withdrawn', 'your access to this project was withdrawn'));
      else conn.info.access = access;
    }
  }

  /**
   * Pings every connection; closes dead ones and those whose session ended or whose access was withdrawn.
   * Three statements per heartbeat for all connections (sessions, users, access facts), not three each.
   */
  private async heartbeat(): Promise<void> {
    const { auth } = this.opts;
    const pinged: SyncConnection[] = [];
    for (const conn of [...this.connections]) {
      if (!conn.alive) {
        conn.ws.terminate();
        continue;
      }
      conn.alive = false;
      try {
        conn.ws.ping();
      } catch {
        conn.ws.terminate();
        continue;
      }
      pinged.push(conn);
    }
    if (!pinged.length) return;
    const sessions = await auth.store.accounts.sessionsByTokenHashes(
      pinged.map((c) => c.info.tokenHash),
      auth.now(),
    );
    const live: SyncConnection[] = [];
    for (const conn of pinged) {
      if (!sessions.has(conn.info.tokenHash)) conn.close(CLOSE.unauthenticated, closeReason('session_ended', 'log in again'));
      else live.push(conn);
    }
    await this.recheckAccess(live);
  }

  async close(): Promise<void> {
    this.closing = true;
    clearInterval(this.pinger);
    for (const timer of this.lingering.values()) clearTimeout(timer);
    this.lingering.clear();
    for (const conn of this.connections) conn.close(CLOSE.goingAway, closeReason('going_away', 'server shutting down'));
    const rooms = await Promise.allSettled([...this.rooms.values()].map((e) => e.loading));
    this.rooms.clear();
    for (const r of rooms) {
      if (r.status !== 'fulfilled') continue;
      try {
        await r.value.flush();
      } catch (e) {
        this.log(`sync ${r.value.projectId}: flush on shutdown failed: ${(e as Error).message}`);
      }
      r.value.destroy();
    }
    await Promise.allSettled([...this.unloading.values()]);
    await this.journal.drain();
    for (const ws of this.wss.clients) ws.terminate();
    await new Promise<void>((r) => this.wss.close(() => r()));
  }
}
