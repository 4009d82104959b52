/**
 * The inbox pushed live (issue #19): GET /api/inbox/stream is a Server-Sent Events stream on the
 * ordinary HTTP server, authenticated by the session cookie like every route. It sends the unread count
 * (`event: unread`, `{"unread": n}`) when it opens and whenever a notice of the user is written or read,
 * a comment line as heartbeat (so proxies keep it open and a dead peer is noticed), and ends when the
 * session does (log-out, expiry, a new password), checked at every heartbeat and at once on log-out.
 *
 * At most `maxPerUser` streams per user (a tab each): one more is refused with 429, and the app then
 * keeps asking every minute as before. Notices are kept in the store until read; the stream only says
 * that the count changed. With several processes (server/cluster, REDIS_URL) a change is also published
 * on the cluster's notices channel, so a stream held by another process pushes the new count at once; the
 * heartbeat's recount catches a message lost on the way.
 */
import type { ServerResponse } from 'node:http';
import type { Auth } from '../auth/auth';
import type { Cluster } from '../cluster/cluster';
import { refuse } from '../http/errors';
import type { Router } from '../http/router';
import type { NoticeRecord } from '../store/records';
import type { NoticeStore, Store } from '../store/store';

export interface InboxStreamOptions {
  /** Open streams per user; default 6 (a few tabs and devices). */
  maxPerUser?: number;
  /** Heartbeat and session check; default 25 s (below the 30-60 s idle timeouts of common proxies). */
  heartbeatMs?: number;
}

interface Stream {
  res: ServerResponse;
  userId: number;
  tokenHash: string;
  lastUnread: number;
}

export class InboxStreams {
  private readonly byUser = new Map<number, Set<Stream>>();
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly unlisten: () => void;
  readonly maxPerUser: number;

  /** `cluster`: where changes made on other processes come from and this one's go (default: this process alone). */
  constructor(
    private readonly store: Store,
    private readonly auth: Auth,
    opts: InboxStreamOptions = {},
    private readonly cluster?: Cluster,
  ) {
    this.maxPerUser = opts.maxPerUser ?? 6;
    this.timer = setInterval(() => void this.heartbeat().catch(() => {}), opts.heartbeatMs ?? 25_000);
    this.timer.unref();
    auth.onSessionEnded((tokenHash) => this.endSession(tokenHash));
    this.unlisten =
      cluster?.onNotices((userIds) => void this.recount(userIds === 'all' ? [...this.byUser.keys()] : userIds).catch(() => {})) ?? (() => {});
  }

  /** Open streams (all users). */
  get size(): number {
    let n = 0;
    for (const set of this.byUser.values()) n += set.size;
    return n;
  }

  routes(router: Router): void {
    router.get('/api/inbox/stream', async ({ req, res }) => {
      const { user, session } = await this.auth.requireCaller(req);
      const mine = this.byUser.get(user.id) ?? new Set<Stream>();
      if (mine.size >= this.maxPerUser) {
        throw refuse(429, 'too_many_streams', 'too_many_streams', { max: this.maxPerUser }, { headers: { 'retry-after': '60' } });
      }
      const unread = await this.store.notices.unreadCount(user.id);
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no', // nginx: pass each event on at once
      });
      const stream: Stream = { res, userId: user.id, tokenHash: session.tokenHash, lastUnread: unread };
      mine.add(stream);
      this.byUser.set(user.id, mine);
      res.write(`retry: 5000\n\n`);
      send(stream, unread);
      const drop = () => this.drop(stream);
      req.on('close', drop);
      res.on('error', drop);
    });
  }

  /** The notices of these users changed here: each open stream of theirs, on any process, gets the new count. */
  async changed(userIds: Iterable<number>): Promise<void> {
    const users = [...new Set(userIds)];
    if (users.length) this.cluster?.publishNotices(users);
    await this.recount(users);
  }

  /** Sends the current count to this process's open streams of these users. */
  private async recount(userIds: Iterable<number>): Promise<void> {
    for (const userId of new Set(userIds)) {
      const streams = this.byUser.get(userId);
      if (!streams?.size) continue;
      const unread = await this.store.notices.unreadCount(userId);
      for (const s of streams) send(s, unread);
    }
  }

  /** Ends the streams of a session (log-out). */
  endSession(tokenHash: string): void {
    for (const streams of this.byUser.values()) for (const s of streams) if (s.tokenHash === tokenHash) this.end(s);
  }

  /** Heartbeat: a comment on every stream; streams whose session ended are closed; counts re-sent when they changed elsewhere. */
  async heartbeat(): Promise<void> {
    const all = [...this.byUser.values()].flatMap((s) => [...s]);
    if (!all.length) return;
    const live = await this.store.accounts.sessionsByTokenHashes([...new Set(all.map((s) => s.tokenHash))], this.auth.now());
    for (const s of all) {
      if (!live.has(s.tokenHash)) this.end(s);
      else s.res.write(': heartbeat\n\n');
    }
    await this.recount(all.filter((s) => live.has(s.tokenHash)).map((s) => s.userId));
  }

  close(): void {
    clearInterval(this.timer);
    this.unlisten();
    for (const streams of this.byUser.values()) for (const s of streams) this.end(s);
  }

  private end(s: Stream): void {
    this.drop(s);
    s.res.end();
  }

  private drop(s: Stream): void {
    const set = this.byUser.get(s.userId);
    set?.delete(s);
    if (set && !set.size) this.byUser.delete(s.userId);
  }
}

function send(s: Stream, unread: number): void {
  if (s.res.writableEnded) return;
  s.lastUnread = unread;
  s.res.write(`event: unread\ndata: ${JSON.stringify({ unread })}\n\n`);
}

/**
 * The store as the routes see it: writing notices or marking them read tells `changed` whose count moved.
 * Everything else is the store itself.
 */
export function storeTellingNotices(store: Store, changed: (userIds: number[]) => void): Store {
  const notices: NoticeStore = {
    addNotices: async (list: readonly Omit<NoticeRecord, 'id' | 'readAt'>[]) => {
      await store.notices.addNotices(list);
      changed(list.map((n) => n.userId));
    },
    noticesOf: (userId, limit) => store.notices.noticesOf(userId, limit),
    unreadCount: (userId) => store.notices.unreadCount(userId),
    markRead: async (userId, ids, at) => {
      const n = await store.notices.markRead(userId, ids, at);
      if (n > 0) changed([userId]);
      return n;
    },
  };
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'notices') return notices;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
