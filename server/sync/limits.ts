/**
 * Limits of the sync endpoint and the websocket close codes it uses. Codes 4400–4499 mirror HTTP 4xx:
 * the stock y-websocket client does not reconnect after them (a deliberate refusal); 1001/1011 are
 * transient and it reconnects.
 */
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
};

export const CLOSE = {
  /** Server shutting down: reconnect later. */
  goingAway: 1001,
  /** Frame larger than maxFrameBytes (sent by ws itself). */
  tooBig: 1009,
  /** Storage failed: reconnect, the document is reloaded from the store. */
  internal: 1011,
  malformed: 4400,
  unauthenticated: 4401,
  forbidden: 4403,
  notFound: 4404,
  docTooLarge: 4413,
  rateLimited: 4429,
} as const;

/**
 * Told to read-only connections when they send document updates: a y-protocols auth message
 * (type 2, permission-denied) with this reason. The connection stays open; the updates are dropped.
 */
export const READ_ONLY_NOTICE = 'read-only: you may read this project but not change it; your changes were not saved';
