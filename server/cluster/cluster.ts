/**
 * What several server processes share (issue #21): the documents they hold in common, who compacts each
 * one, rate limits and connection counts. One interface, two implementations:
 *
 * - `LocalCluster` (local-cluster.ts): one process, everything in memory; the default.
 * - `RedisCluster` (redis-cluster.ts, REDIS_URL): a document bus (each stored update and presence change
 *   published to the other processes that hold the document, after it is stored), a lease per document
 *   (only its holder compacts), whose inbox changed (so a live inbox stream on any process pushes at
 *   once), and rate limits and connection counts kept in Redis.
 *
 * A load balancer hashes /sync/<projectId> to one process (docs/deploy.md), so the bus is mostly quiet;
 * it matters when a process dies and its clients reconnect elsewhere, and when an HTTP request (the review
 * flow editing a document) lands on another process. Nothing kept here is the only copy of anything:
 * documents are in the store before they are published.
 */
import type { RateLimitStore } from './rate-limit-store';

/** What the bus delivers to a room (from other processes only). */
export interface DocEvents {
  /** An update another process stored under `id`. */
  update(id: number, update: Uint8Array): void;
  /** A presence (awareness) update from another process's connections. */
  awareness(update: Uint8Array): void;
  /** Messages may have been missed (a gap in a sender's sequence, a reconnect): reread the stored document. */
  resync(): void;
}

/** A room's membership of its document's channel. */
export interface DocLink {
  /** Tells the other processes holding the document about an update stored under `id` (call after storing it). */
  publishUpdate(id: number, update: Uint8Array): void;
  publishAwareness(update: Uint8Array): void;
  /** Whether this process holds the document's compaction lease now (taking it if free). */
  mayCompact(): Promise<boolean>;
  /** Leaves the channel and gives the lease back. */
  leave(): Promise<void>;
}

/** Open sync connections per user over every process. */
export interface ConnectionCounter {
  /** Counts one more connection of `userId` unless it already has `max`; false when refused. */
  tryAdd(userId: number, max: number): Promise<boolean>;
  remove(userId: number): void;
}

/** Whose inbox changed on another process: these users, or `'all'` after messages may have been missed (a Redis reconnect). */
export type NoticesListener = (userIds: number[] | 'all') => void;

export interface Cluster {
  /** This process's id (unique per start). */
  readonly nodeId: string;
  readonly kind: 'local' | 'redis';
  /** Joins a document's channel; resolves once everything published from then on will arrive. */
  join(projectId: string, events: DocEvents): Promise<DocLink>;
  /** Tells the other processes that these users' notices changed (written or read here). */
  publishNotices(userIds: readonly number[]): void;
  /** Listens for notices changed on other processes (never this one's own); returns the unsubscribe. */
  onNotices(listener: NoticesListener): () => void;
  readonly rateLimits: RateLimitStore;
  readonly connections: ConnectionCounter;
  /** A secret all processes share (signing device cookies), made once. */
  sharedSecret(name: string): Promise<Buffer>;
  close(): Promise<void>;
}
