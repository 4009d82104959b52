/**
 * Limits of the sync endpoint and the websocket close codes it uses. Codes 4400–4499 mirror HTTP 4xx:
 * the stock y-websocket client does not reconnect after them (a deliberate refusal); 1001/1011 are
 * transient and it reconnects.
 */
import { CLOSE, CLOSE_REASONS, type CloseReason } from '../../projects/contracts/sync-close';
export interface SyncLimits {
  /** Largest websocket frame accepted (ws closes with 1009 above it). */
  maxFrameBytes: number;
  /** Largest stored document (snapshot + updates); an update that would pass it is refused with 4413. */
  maxDocBytes: number;
  /** Sustained messages per second per connection, with a burst allowance of `messageBurst`. */
  maxMessagesPerS: number;
  messageBurst: number;
  /** Open sync connections per user over all documents. */
  maxConnectionsPerUser: number;
  /** Fold the updates of a document into a snapshot when it has more than this many. */
  compactAfterUpdates: number;
  /** Ping every connection this often; no pong by the next ping closes it. Session and access are re-checked too. */
  pingIntervalMs: number;
  /** A client whose unsent backlog exceeds this is too slow and is closed (it reconnects and resyncs). */
  maxBufferedBytes: number;

  /** Largest presence (awareness) state of one client, bytes of JSON; larger closes with 4413. */
  maxPresenceStateBytes: number;
  /** Deepest nesting of objects and arrays in a presence state; deeper closes with 4400. */
  maxPresenceDepth: number;
  /** Presence client ids one connection may publish at a time (a browser tab has one); more closes with 4429. */
  maxPresenceStatesPerConnection: number;
  /** Presence states in one document; a newcomer beyond it is not shown (its edits still sync). */
  maxPresenceStatesPerRoom: number;
  /** Top-level presence fields a read-only connection (teacher, mentor) may publish; others are dropped. */
  readOnlyPresenceFields: readonly string[];

  /**
   * Bytes of updates a document may hold back while their dependencies (earlier edits, or the items a
   * deletion refers to) have not arrived. An update that would pass it is refused, and its sender is
   * asked to resync (sent a sync step 1).
   */
  maxPendingBytes: number;
  /** Held-back updates whose dependencies have not arrived within this time are dropped. */
  pendingTtlMs: number;
  /** A refused sender is asked to resync at most this often. */
  resyncIntervalMs: number;

  /** Event-loop time one document may use, sustained, per second (applying, answering, relaying). */
  roomCpuMsPerS: number;
  /** Event-loop time one document may use at once before its further messages wait. */
  roomCpuBurstMs: number;
  /** The same for one user over all their connections (several documents cannot add up their budgets). */
  userCpuMsPerS: number;
  userCpuBurstMs: number;
  /** Bytes of messages a connection may have waiting for its document's time; more closes with 4429. */
  maxDeferredBytes: number;
}

export const DEFAULT_SYNC_LIMITS: SyncLimits = {
  maxFrameBytes: 2 * 1024 * 1024,
  maxDocBytes: 32 * 1024 * 1024,
  maxMessagesPerS: 60,
  messageBurst: 200,
  maxConnectionsPerUser: 24,
  compactAfterUpdates: 500,
  pingIntervalMs: 30_000,
  maxBufferedBytes: 16 * 1024 * 1024,
  // The notebook publishes `user` ({ userId, name, color }, ~100 bytes) and y-prosemirror's `cursor`
  // (two relative positions, ~300 bytes); 8 KiB leaves room for a long name and future fields.
  maxPresenceStateBytes: 8 * 1024,
  maxPresenceDepth: 16,
  maxPresenceStatesPerConnection: 2,
  maxPresenceStatesPerRoom: 128,
  readOnlyPresenceFields: ['user', 'cursor'],
  maxPendingBytes: 16 * 1024,
  pendingTtlMs: 10_000,
  resyncIntervalMs: 2_000,
  roomCpuMsPerS: 200,
  roomCpuBurstMs: 50,
  userCpuMsPerS: 250,
  userCpuBurstMs: 60,
  maxDeferredBytes: 8 * 1024 * 1024,
};

/** A close reason: the stable name, then the English detail (the whole kept under the 123 bytes RFC 6455 allows). */
export { CLOSE, CLOSE_REASONS, type CloseReason };

export function closeReason(name: CloseReason, detail: string): string {
  return `${name}: ${detail}`.slice(0, 120);
}

/**
 * Told to read-only connections when they send document updates: a y-protocols auth message
 * (type 2, permission-denied) with this reason. The connection stays open; the updates are dropped.
 */
export const READ_ONLY_NOTICE = 'read-only: you may read this project but not change it; your changes were not saved';
