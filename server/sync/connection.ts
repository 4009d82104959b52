/**
 * One websocket on one room: reads y-websocket messages defensively (a malformed or truncated frame
 * closes this connection only), enforces the per-connection limits, checks presence updates before the
 * room sees them, drops the updates of read-only connections with a notice, asks a sender whose update
 * was refused to resync, and makes its messages wait while its room, or its user over all their
 * connections, has used up its event-loop budget.
 */
import * as authProtocol from 'y-protocols/auth';
import * as syncProtocol from 'y-protocols/sync';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import type { CpuBudget } from './cpu-budget';
import { CLOSE, closeReason, READ_ONLY_NOTICE, type SyncLimits } from './limits';
import { PresenceRefused, readPresenceUpdate } from './presence';
import { MESSAGE_AUTH, MESSAGE_AWARENESS, MESSAGE_QUERY_AWARENESS, MESSAGE_SYNC, type Room, type RoomPeer } from './room';
import type { WriteBatch } from './write-batch';

export class ProtocolError extends Error {}

export interface ConnectionInfo {
  userId: number;
  /** The account's name: presence states say who is here in the account's name, not one the client chose. */
  displayName: string;
  projectId: string;
  /** Re-checked on every heartbeat and when the team changes: a student moved out of the team loses write (or all) access. */
  access: 'write' | 'read';
  sessionExpiresAt: number;
  /** The session's token hash, to re-check that it still exists (logout ends live connections too). */
  tokenHash: string;
}

export class SyncConnection implements RoomPeer {
  private tokens: number;
  private lastRefill: number;
  private closed = false;
  private lastNotice = 0;
  private lastResync = -Infinity;
  /** Messages waiting for the room's or the user's event-loop budget, in arrival order. */
  private deferred: Uint8Array[] = [];
  private deferredBytes = 0;
  private drainTimer: NodeJS.Timeout | undefined;
  alive = true;

  constructor(
    readonly ws: WebSocket,
    readonly info: ConnectionInfo,
    private readonly limits: SyncLimits,
    private readonly now: () => number,
    private readonly log: (line: string) => void,
    /** Shared by all connections of this user: one account cannot take many documents' budgets. */
    private readonly userBudget: CpuBudget,
    /** The websocket's TCP socket, and what writes this connection's messages to it (framed once, one write per turn). */
    private readonly output: { socket: Duplex; batch: WriteBatch },
  ) {
    this.tokens = limits.messageBurst;
    this.lastRefill = now();
  }

  get userId(): number {
    return this.info.userId;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  send(data: Uint8Array): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    if (this.ws.bufferedAmount > this.limits.maxBufferedBytes) {
      this.close(CLOSE.rateLimited, closeReason('rate_limited', 'client too slow: more than the allowed backlog of unsent data'));
      return;
    }
    // a failed write fails the socket: `ws` sees its error and closes the connection
    this.output.batch.send(this.output.socket, data);
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.drainTimer);
    this.deferred = [];
    try {
      // RFC 6455 allows at most 123 bytes of reason.
      this.ws.close(code, Buffer.from(reason).subarray(0, 123).toString('utf8').replace(/\uFFFD$/, ''));
    } catch {
      this.ws.terminate();
    }
  }

  /** Token bucket: `maxMessagesPerS` sustained, `messageBurst` at once. */
  private takeToken(): boolean {
    const t = this.now();
    this.tokens = Math.min(this.limits.messageBurst, this.tokens + ((t - this.lastRefill) / 1000) * this.limits.maxMessagesPerS);
    this.lastRefill = t;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Handles one frame. Returns normally; every failure closes this connection with a code and a reason. */
  receive(room: Room, data: Uint8Array, isBinary: boolean): void {
    if (this.closed) return;
    if (this.now() >= this.info.sessionExpiresAt) return this.close(CLOSE.unauthenticated, closeReason('session_ended', 'session expired: log in again'));
    if (!this.takeToken()) return this.close(CLOSE.rateLimited, closeReason('rate_limited', `too many messages: at most ${this.limits.maxMessagesPerS} per second`));
    if (!isBinary) return this.close(CLOSE.malformed, closeReason('malformed', 'text frames are not part of the sync protocol'));
    if (this.deferred.length || room.budget.exhausted || this.userBudget.exhausted) return this.defer(room, data);
    this.process(room, data);
  }

  /** Keeps a message until the budgets have room again (arrival order kept); too much waiting closes. */
  private defer(room: Room, data: Uint8Array): void {
    this.deferred.push(data);
    this.deferredBytes += data.length;
    room.budget.deferrals++;
    if (this.deferredBytes > this.limits.maxDeferredBytes) {
      this.log(`sync ${room.projectId}: user ${this.info.userId}: ${this.deferredBytes} bytes waiting for the document's time; closing`);
      return this.close(CLOSE.rateLimited, closeReason('rate_limited', 'too much work for this document: slow down and reconnect'));
    }
    this.scheduleDrain(room);
  }

  private scheduleDrain(room: Room): void {
    if (this.drainTimer) return;
    this.drainTimer = setTimeout(() => {
      this.drainTimer = undefined;
      this.drain(room);
    }, Math.max(1, Math.ceil(Math.max(room.budget.waitMs(), this.userBudget.waitMs()))));
    this.drainTimer.unref();
  }

  private drain(room: Room): void {
    while (this.deferred.length && !this.closed) {
      if (room.budget.exhausted || this.userBudget.exhausted) return this.scheduleDrain(room);
      const data = this.deferred.shift()!;
      this.deferredBytes -= data.length;
      this.process(room, data);
    }
  }

  /** Handles one message now, charging the time it took to the room. */
  private process(room: Room, data: Uint8Array): void {
    const started = performance.now();
    try {
      this.dispatch(room, data);
    } catch (e) {
      if (this.closed) return;
      const refused = e instanceof PresenceRefused;
      const why = refused || e instanceof ProtocolError ? e.message : `cannot decode: ${(e as Error).message}`;
      this.log(`sync ${room.projectId}: user ${this.info.userId}: ${refused ? 'refused presence' : 'malformed message'} (${data.length} bytes): ${why}`);
      this.close(refused ? e.code : CLOSE.malformed, closeReason(refused ? 'presence_refused' : 'malformed', why));
    } finally {
      const ms = performance.now() - started;
      room.budget.charge(ms);
      this.userBudget.charge(ms);
    }
  }

  private dispatch(room: Room, data: Uint8Array): void {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE_SYNC: {
        const syncType = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        if (syncType === syncProtocol.messageYjsSyncStep1) {
          Y.decodeStateVector(payload); // throws on garbage
          room.answerStep1(this, payload);
        } else if (syncType === syncProtocol.messageYjsSyncStep2 || syncType === syncProtocol.messageYjsUpdate) {
          this.receiveUpdate(room, payload);
        } else {
          throw new ProtocolError(`unknown sync message type ${syncType}`);
        }
        return;
      }
      case MESSAGE_AWARENESS: {
        const entries = readPresenceUpdate(decoding.readVarUint8Array(decoder), this.limits);
        for (const e of entries) {
          const user = e.state?.user;
          if (user && typeof user === 'object' && !Array.isArray(user)) e.state!.user = { ...user, userId: String(this.info.userId), name: this.info.displayName };
        }
        room.applyPresence(this, entries, this.info.access !== 'write');
        return;
      }
      case MESSAGE_QUERY_AWARENESS:
        room.sendAwarenessStates(this);
        return;
      case MESSAGE_AUTH:
        return; // clients have nothing to say here
      default:
        throw new ProtocolError(`unknown message type ${type}`);
    }
  }

  private receiveUpdate(room: Room, update: Uint8Array): void {
    // Parse fully before touching the document: a truncated or garbage update is refused whole.
    const decoded = Y.decodeUpdate(update);
    const empty = decoded.structs.length === 0 && decoded.ds.clients.size === 0;
    if (empty) return;
    if (this.info.access !== 'write') {
      const t = this.now();
      if (t - this.lastNotice > 1000) {
        this.lastNotice = t;
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, MESSAGE_AUTH);
        authProtocol.writePermissionDenied(encoder, READ_ONLY_NOTICE);
        this.send(encoding.toUint8Array(encoder));
      }
      return;
    }
    if (room.storedBytes + update.length > this.limits.maxDocBytes) {
      this.close(CLOSE.tooLarge, closeReason('document_too_large', `at most ${this.limits.maxDocBytes} bytes per project`));
      return;
    }
    if (room.receiveUpdate(this, update, decoded) === 'refused') {
      const t = this.now();
      if (t - this.lastResync >= this.limits.resyncIntervalMs) {
        this.lastResync = t;
        this.log(`sync ${room.projectId}: user ${this.info.userId}: refused an update of ${update.length} bytes that depends on data the document lacks; asked for a resync`);
        room.requestResync(this); // the client answers with everything the document lacks
      }
    }
  }
}
