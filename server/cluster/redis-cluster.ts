/**
 * Several processes on one Redis (REDIS_URL, ioredis): the document bus, the compaction lease, connection
 * counts, rate limits and shared secrets. cluster.ts says what each is for.
 *
 * - Bus: one pub/sub channel per document (`<prefix>doc:<projectId>`), joined by the processes that hold
 *   it. A room publishes an update after the store committed it (write-before-publish), so whatever a
 *   receiver relays is already durable; receivers apply it without storing it again. Pub/sub may drop
 *   messages while a connection is down: after a reconnect, and on a gap in a sender's sequence, the room
 *   rereads the document from the store (applying what it already has changes nothing).
 * - Alone on a channel, a process publishes nothing: nginx hashes a document to one process, so another
 *   one rarely holds it, and a publish per edit that nobody receives costs CPU here and in Redis. PUBLISH
 *   answers how many subscribers received a message; when that is 1 (this process) it stops. A process
 *   that joins publishes HELLO; each holder then publishes again and answers HERE, and the newcomer
 *   rereads the stored document on each HERE: an update a holder stored without publishing was stored
 *   before its HERE, so that reread has it; the ones after HERE arrive on the channel. Holders reread on a
 *   HELLO too (a process whose own bus connection dropped greets again, and may have stored edits unseen).
 * - Notices: one channel for the cluster (`<prefix>notices`), joined by every process at start, saying whose
 *   inbox changed (bus-message.ts); after a reconnect every listener hears `'all'` (recount every stream).
 * - Lease: `<prefix>lease:<projectId>` = the holder's node id, with a TTL, taken when a process joins a
 *   document and renewed while it holds it; only the holder compacts (pg-docs.ts keeps a compaction safe
 *   even if a lease ran out at the wrong moment).
 * - Connections: `<prefix>conn:<userId>` counts per node; a node's counts stop counting when its
 *   liveness key (`<prefix>node:<id>`, renewed every few seconds) expires, so a killed process frees its
 *   users' slots within LIVENESS_MS.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { BUS_AWARENESS, BUS_HELLO, BUS_HERE, BUS_UPDATE, decodeBusMessage, type DocMessageKind, decodeNoticesMessage, encodeBusMessage, encodeNoticesMessage, MAX_NOTICE_USERS } from './bus-message';
import type { Cluster, ConnectionCounter, DocEvents, DocLink, NoticesListener } from './cluster';
import { RedisRateLimits } from './redis-rate-limits';

/** A lease lasts this long unless renewed (renewed every third of it). */
export const LEASE_MS = 15_000;
/** A node whose liveness key is older than this no longer counts connections. */
export const LIVENESS_MS = 15_000;

// KEYS[1] lease; ARGV node, ttl. Takes a free lease or renews one's own: 1; 0 when another node holds it.
const TAKE_LEASE = `
local v = redis.call('GET', KEYS[1])
if not v then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
if v == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
return 0`;
const RELEASE_LEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;
// KEYS[1] the user's counts; ARGV node, max, liveness key prefix. Counts live nodes only (dead ones are dropped).
const CONN_ADD = `
local h = redis.call('HGETALL', KEYS[1])
local total = 0
for i = 1, #h, 2 do
  if redis.call('EXISTS', ARGV[3] .. h[i]) == 1 then total = total + tonumber(h[i + 1]) else redis.call('HDEL', KEYS[1], h[i]) end
end
if total >= tonumber(ARGV[2]) then return 0 end
redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
redis.call('PEXPIRE', KEYS[1], 86400000)
return 1`;
const CONN_REMOVE = `
local n = redis.call('HINCRBY', KEYS[1], ARGV[1], -1)
if n <= 0 then redis.call('HDEL', KEYS[1], ARGV[1]) end
return n`;

interface Joined {
  events: DocEvents;
  /** This node's messages on the channel so far. */
  seq: number;
  /** The last seq seen from each other node. */
  seen: Map<string, number>;
  leased: boolean;
  /** Whether another process may hold the document (publish), as of the last PUBLISH reply or HELLO. */
  others: boolean;
  /** HELLOs received: a PUBLISH reply of "nobody else" older than the latest HELLO is stale. */
  hellos: number;
}

export interface RedisClusterOptions {
  url: string;
  prefix?: string;
  log?: (line: string) => void;
  /** How long a lease lasts unless renewed (default LEASE_MS; tests shorten it to see a dead holder's lease run out). */
  leaseMs?: number;
}

export class RedisCluster implements Cluster {
  readonly kind = 'redis' as const;
  readonly nodeId = `${process.pid}-${randomBytes(4).toString('hex')}`;
  readonly rateLimits: RedisRateLimits;
  readonly connections: ConnectionCounter;
  private readonly prefix: string;
  private readonly cmd: Redis;
  private readonly sub: Redis;
  private readonly joined = new Map<string, Joined>();
  private readonly noticeListeners = new Set<NoticesListener>();
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly log: (line: string) => void;
  private wasReady = false;
  /** Messages published on document channels (figures for tests and benches). */
  publishedDocMessages = 0;
  private closed = false;
  private readonly leaseMs: number;

  private constructor(opts: RedisClusterOptions) {
    this.prefix = opts.prefix ?? 'sprout:';
    this.leaseMs = opts.leaseMs ?? LEASE_MS;
    this.log = opts.log ?? ((l) => console.log(l));
    const common = { maxRetriesPerRequest: 3, enableAutoPipelining: true, retryStrategy: (n: number) => Math.min(n * 200, 2000) };
    this.cmd = new Redis(opts.url, { ...common, lazyConnect: true, connectionName: `sprout-${this.nodeId}` });
    this.sub = new Redis(opts.url, { ...common, lazyConnect: true, connectionName: `sprout-sub-${this.nodeId}` });
    for (const [name, r] of [['commands', this.cmd], ['bus', this.sub]] as const) {
      r.on('error', (e: Error) => this.log(`cluster: Redis (${name}): ${e.message}`));
    }
    this.sub.on('messageBuffer', (channel: Buffer, message: Buffer) => this.onMessage(channel.toString('utf8'), message));
    // messages published while the bus connection was down are lost: every room rereads its document
    this.sub.on('ready', () => {
      if (this.wasReady) {
        // unsubscribed meanwhile: the others may have stopped publishing; greet them again
        for (const [projectId, j] of this.joined) {
          j.events.resync();
          this.hello(projectId, j);
        }
        this.tellNotices('all');
      }
      this.wasReady = true;
    });
    this.rateLimits = new RedisRateLimits(this.cmd, this.prefix);
    const connKey = (userId: number) => `${this.prefix}conn:${userId}`;
    this.connections = {
      tryAdd: async (userId, max) => Number(await this.cmd.eval(CONN_ADD, 1, connKey(userId), this.nodeId, max, `${this.prefix}node:`)) === 1,
      remove: (userId) => {
        this.cmd.eval(CONN_REMOVE, 1, connKey(userId), this.nodeId).catch((e: Error) => this.log(`cluster: connection count: ${e.message}`));
      },
    };
  }

  /** Connects both Redis connections and starts the liveness and lease timers. */
  static async connect(opts: RedisClusterOptions): Promise<RedisCluster> {
    const c = new RedisCluster(opts);
    try {
      await Promise.all([c.cmd.connect(), c.sub.connect()]);
      await Promise.all([c.beat(), c.sub.subscribe(c.noticesChannel)]);
    } catch (e) {
      c.cmd.disconnect();
      c.sub.disconnect();
      throw new Error(`cannot reach Redis at ${opts.url.replace(/:[^:@/]*@/, ':***@')}: ${(e as Error).message}`);
    }
    c.timers.push(setInterval(() => c.beat().catch((e: Error) => c.log(`cluster: liveness: ${e.message}`)), LIVENESS_MS / 3));
    c.timers.push(setInterval(() => c.renewLeases().catch((e: Error) => c.log(`cluster: leases: ${e.message}`)), c.leaseMs / 3));
    for (const t of c.timers) t.unref();
    return c;
  }

  private beat(): Promise<unknown> {
    return this.cmd.set(`${this.prefix}node:${this.nodeId}`, '1', 'PX', LIVENESS_MS);
  }

  private channel(projectId: string): string {
    return `${this.prefix}doc:${projectId}`;
  }

  private get noticesChannel(): string {
    return `${this.prefix}notices`;
  }

  private leaseKey(projectId: string): string {
    return `${this.prefix}lease:${projectId}`;
  }

  private async takeLease(projectId: string): Promise<boolean> {
    return Number(await this.cmd.eval(TAKE_LEASE, 1, this.leaseKey(projectId), this.nodeId, this.leaseMs)) === 1;
  }

  private async renewLeases(): Promise<void> {
    await Promise.all(
      [...this.joined].map(async ([projectId, j]) => {
        j.leased = await this.takeLease(projectId);
      }),
    );
  }

  private onMessage(channel: string, message: Buffer): void {
    if (channel === this.noticesChannel) {
      const m = decodeNoticesMessage(message);
      if (m && m.sender !== this.nodeId) this.tellNotices(m.userIds);
      return;
    }
    if (!channel.startsWith(`${this.prefix}doc:`)) return;
    const j = this.joined.get(channel.slice(this.prefix.length + 4));
    const m = decodeBusMessage(message);
    if (!j || !m || m.sender === this.nodeId) return;
    const last = j.seen.get(m.sender);
    j.seen.set(m.sender, m.seq);
    try {
      if (last !== undefined && m.seq !== last + 1) j.events.resync();
      if (m.kind === BUS_UPDATE) j.events.update(m.id, m.payload);
      else if (m.kind === BUS_AWARENESS) j.events.awareness(m.payload);
      else if (m.kind === BUS_HELLO) {
        j.others = true;
        j.hellos++;
        this.publishOn(channel, j, BUS_HERE, 0, new Uint8Array());
        // a process greeting again after its bus connection dropped may have stored edits without publishing them
        j.events.resync();
      } else if (m.kind === BUS_HERE) j.events.resync(); // what that process stored while it published nothing
    } catch (e) {
      this.log(`cluster: applying a message on ${channel}: ${(e as Error)?.stack ?? e}`);
    }
  }

  async join(projectId: string, events: DocEvents): Promise<DocLink> {
    if (this.joined.has(projectId)) throw new Error(`document ${projectId} joined twice by one process`);
    const j: Joined = { events, seq: 0, seen: new Map(), leased: false, others: true, hellos: 0 };
    this.joined.set(projectId, j);
    const channel = this.channel(projectId);
    try {
      await this.sub.subscribe(channel); // resolves once Redis confirmed: what is published from now on arrives
      j.leased = await this.takeLease(projectId);
    } catch (e) {
      this.joined.delete(projectId);
      throw e;
    }
    this.hello(projectId, j);
    const publish = (kind: DocMessageKind, id: number, payload: Uint8Array) => {
      if (this.joined.get(projectId) === j && j.others) this.publishOn(channel, j, kind, id, payload);
    };
    return {
      publishUpdate: (id, update) => publish(BUS_UPDATE, id, update),
      publishAwareness: (update) => publish(BUS_AWARENESS, 0, update),
      mayCompact: async () => (j.leased = await this.takeLease(projectId)),
      leave: async () => {
        if (this.joined.get(projectId) !== j) return;
        this.joined.delete(projectId);
        if (this.closed) return;
        await Promise.all([this.sub.unsubscribe(channel), j.leased ? this.cmd.eval(RELEASE_LEASE, 1, this.leaseKey(projectId), this.nodeId) : null]);
      },
    };
  }

  publishNotices(userIds: readonly number[]): void {
    const unique = [...new Set(userIds)];
    for (let i = 0; i < unique.length; i += MAX_NOTICE_USERS) {
      const message = encodeNoticesMessage({ sender: this.nodeId, userIds: unique.slice(i, i + MAX_NOTICE_USERS) });
      this.cmd.publish(this.noticesChannel, message).catch((e: Error) => this.log(`cluster: publishing notices: ${e.message}`));
    }
  }

  onNotices(listener: NoticesListener): () => void {
    this.noticeListeners.add(listener);
    return () => this.noticeListeners.delete(listener);
  }

  private tellNotices(userIds: number[] | 'all'): void {
    for (const listener of this.noticeListeners) {
      try {
        listener(userIds);
      } catch (e) {
        this.log(`cluster: a notices listener failed: ${(e as Error)?.stack ?? e}`);
      }
    }
  }

  /** Tells the processes holding the document that this one does too (they publish again and answer HERE). */
  private hello(projectId: string, j: Joined): void {
    j.others = true;
    j.hellos++; // a "nobody else" reply to a publish made before this greeting no longer counts
    this.publishOn(this.channel(projectId), j, BUS_HELLO, 0, new Uint8Array());
  }

  /** Publishes; a reply saying only this process received it turns publishing off until the next HELLO. */
  private publishOn(channel: string, j: Joined, kind: DocMessageKind, id: number, payload: Uint8Array): void {
    const message = encodeBusMessage({ kind, sender: this.nodeId, seq: ++j.seq, id, payload });
    const hellos = j.hellos;
    this.publishedDocMessages++;
    this.cmd.publish(channel, message).then(
      (receivers) => {
        // 1 = this process only; not while this process's own subscription is down (then it was not counted)
        if (receivers <= 1 && j.hellos === hellos && this.sub.status === 'ready') j.others = false;
      },
      (e: Error) => this.log(`cluster: publishing on ${channel}: ${e.message}`),
    );
  }

  async sharedSecret(name: string): Promise<Buffer> {
    const key = `${this.prefix}secret:${name}`;
    await this.cmd.set(key, randomBytes(32).toString('base64url'), 'NX');
    return Buffer.from((await this.cmd.get(key))!, 'base64url');
  }

  /** Whether this process holds the document's lease as last seen (tests). */
  holdsLease(projectId: string): boolean {
    return this.joined.get(projectId)?.leased ?? false;
  }

  async close(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    const leased = [...this.joined].filter(([, j]) => j.leased).map(([id]) => id);
    this.closed = true;
    this.joined.clear();
    this.noticeListeners.clear();
    try {
      await Promise.all([...leased.map((id) => this.cmd.eval(RELEASE_LEASE, 1, this.leaseKey(id), this.nodeId)), this.cmd.del(`${this.prefix}node:${this.nodeId}`)]);
    } catch {
      /* Redis gone: the keys expire by themselves */
    }
    this.sub.disconnect();
    await this.cmd.quit().catch(() => this.cmd.disconnect());
  }
}
