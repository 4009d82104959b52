/**
 * One project document being edited: the Y.Doc, its awareness, the peers connected to it, and the
 * order in which things reach the store and the peers.
 *
 * Durability rule: an update is relayed (broadcast, or included in a sync-step-2 answer) only after it
 * is stored (see the store's flush policy). An update integrated into the doc is stored at once when the
 * store can do that synchronously and nothing is queued ahead of it, then relayed; otherwise it is
 * appended through the journal and its broadcast waits for the append in the room's FIFO queue, which
 * every outgoing message of the room goes through. So nothing the server sends can contain an update
 * that a kill -9 would lose.
 *
 * Several processes (server/cluster): a stored update is published to the other processes holding the
 * document after it is stored, and updates and presence from them are applied here without being stored
 * again (origin BUS_ORIGIN); compaction needs the document's lease and folds exactly the stored ids the
 * snapshot holds.
 *
 * Containment: an update whose dependencies the document lacks is held back only up to a small bound
 * (pending.ts); presence states are checked (presence.ts) and owned by the connection that published
 * them; the room's event-loop time is budgeted (cpu-budget.ts). Anything that still throws inside the
 * room (encoding, relaying) fails the room alone: `onFailure` closes its sockets, the process goes on.
 */
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { readMeta } from '../../projects/schema';
import type { Cluster } from '../cluster/cluster';
import type { Store } from '../store/store';
import { CpuBudget } from './cpu-budget';
import type { UpdateJournal } from './journal';
import { CLOSE, type SyncLimits } from './limits';
import { dropPending, encodeIntegratedState, lacksDependencies, pendingBytes, type DecodedUpdate } from './pending';
import { encodePresenceUpdate, keepFields, PresenceRefused, type PresenceEntry } from './presence';
import { BUS_ORIGIN, RoomBus } from './room-bus';


export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

/**
 * A y-websocket sync message carrying `update` (messageSync, messageYjsUpdate, varUint length, bytes), the
 * same bytes as syncProtocol.writeUpdate into a fresh lib0 Encoder, written into one exactly sized array
 * (an Encoder starts with a 100-byte buffer and copies it out: 0.25 s of 22 s of one process's CPU at 1 500 clients).
 */
export function updateMessage(update: Uint8Array): Uint8Array {
  const n = update.length;
  let lengthBytes = 1;
  for (let v = n; v > 0x7f; v = Math.floor(v / 0x80)) lengthBytes++;
  const message = new Uint8Array(2 + lengthBytes + n);
  message[0] = MESSAGE_SYNC;
  message[1] = syncProtocol.messageYjsUpdate;
  let at = 2;
  let v = n;
  while (v > 0x7f) {
    message[at++] = 0x80 | (v & 0x7f);
    v = Math.floor(v / 0x80);
  }
  message[at++] = v;
  message.set(update, at);
  return message;
}

export interface RoomPeer {
  /** The account behind the connection: a reconnecting tab of the same person takes over its presence. */
  readonly userId: number;
  send(data: Uint8Array): void;
  close(code: number, reason: string): void;
}

export interface RoomOptions {
  limits: SyncLimits;
  /** Called once when the room cannot go on (storage failed, or an internal error): the service closes its sockets. */
  onFailure: (room: Room, err: unknown, what: string) => void;
  log: (line: string) => void;
  /** The processes sharing documents (server/cluster); the room joins its document's channel before loading. */
  cluster?: Cluster;
}

export class Room {
  readonly doc = new Y.Doc({ gc: false });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  /** Each peer with the presence client ids it owns (published, not yet removed). */
  readonly peers = new Map<RoomPeer, Set<number>>();
  /** Owner of each presence client id. */
  private readonly presenceOwners = new Map<number, RoomPeer>();
  readonly budget: CpuBudget;
  /** Bytes of this document on disk plus those being written. */
  storedBytes = 0;
  private updatesSinceSnapshot = 0;
  /** updatesSinceSnapshot when another process held the lease at the last try: the next try waits for as many updates again. */
  private leaseRefusedAt = 0;
  /** The stored snapshot holds something the document no longer has (held-back data from before): rewrite it. */
  private snapshotStale = false;
  /** Ids of the stored updates the document holds that no snapshot of this room folded yet (in store order). */
  private readonly foldable = new Set<number>();
  /** When the document began holding back data (performance.now()), or 0. */
  private pendingSince = 0;
  private queue: Promise<void> = Promise.resolve();
  /** Tasks in `queue` not finished yet. */
  private queued = 0;
  private compactionQueued = false;
  /** The compaction running (or the last one): compactions follow one another, beside the relay queue. */
  private compaction: Promise<void> = Promise.resolve();
  private loading = false;
  private roomFullLogged = false;
  /** This document's channel between processes (room-bus.ts). */
  private readonly bus: RoomBus;
  failed = false;

  private constructor(
    readonly projectId: string,
    private readonly store: Store,
    private readonly journal: UpdateJournal,
    private readonly opts: RoomOptions,
  ) {
    this.budget = new CpuBudget(opts.limits.roomCpuMsPerS, opts.limits.roomCpuBurstMs);
    this.bus = new RoomBus(this, store, opts.log);
    this.awareness.setLocalState(null);
    this.doc.on('update', this.onUpdate);
    this.doc.on('afterTransaction', this.onAfterTransaction);
    this.doc.on('beforeObserverCalls', this.onBeforeObserverCalls);
    this.awareness.on('update', (changes: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) =>
      this.guard('cannot relay presence', () => this.onAwareness(changes, origin)),
    );
  }

  static async load(projectId: string, store: Store, journal: UpdateJournal, opts: RoomOptions): Promise<Room> {
    const room = new Room(projectId, store, journal, opts);
    // joined before the load: an update another process stores after our read is published after we listen
    if (opts.cluster) await room.bus.join(opts.cluster);
    let stored;
    try {
      stored = await store.docs.loadDoc(projectId);
    } catch (e) {
      room.bus.leave();
      throw e;
    }
    room.loading = true;
    try {
      Y.transact(room.doc, () => {
        if (stored.snapshot) Y.applyUpdate(room.doc, stored.snapshot);
        for (const u of stored.updates) Y.applyUpdate(room.doc, u);
      });
    } catch (e) {
      room.destroy();
      throw e;
    } finally {
      room.loading = false;
    }
    room.bus.loaded();
    room.storedBytes = stored.storedBytes;
    room.updatesSinceSnapshot = stored.updates.length;
    for (const id of stored.updateIds) room.foldable.add(id);
    // Data held back when it was saved (snapshots once included it): nobody can complete it now.
    const dropped = dropPending(room.doc);
    if (dropped) {
      opts.log(`sync ${projectId}: dropped ${dropped} bytes of stored updates whose dependencies never arrived; rewriting the snapshot`);
      room.snapshotStale = true;
      room.scheduleCompaction();
    }
    if (room.updatesSinceSnapshot > opts.limits.compactAfterUpdates) room.scheduleCompaction();
    return room;
  }

  /** Runs `task` after everything queued before it; a failure marks the room failed. */
  enqueue(task: () => Promise<void> | void): Promise<void> {
    this.queued++;
    this.queue = this.queue
      .then(task)
      .catch((err: unknown) => this.fail(err, 'storage failed'))
      .finally(() => this.queued--);
    return this.queue;
  }

  /** Stops the room: its sockets are closed by `onFailure` (once). */
  fail(err: unknown, what: string): void {
    if (!this.failed) {
      this.failed = true;
      this.opts.onFailure(this, err, what);
    }
  }

  /** Runs `fn`; if it throws, the room fails (its sockets close) instead of the error reaching the caller. */
  private guard(what: string, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.fail(err, what);
    }
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => this.onDocUpdate(update, origin);

  private onDocUpdate(update: Uint8Array, origin: unknown): void {
    if (this.loading) return;
    try {
      this.storedBytes += update.length;
      if (origin === BUS_ORIGIN) return this.relay(update, origin, this.bus.currentId); // stored by the process that sent it
      // Fast path: nothing queued ahead of this update and the store can store it right now (one write()
      // to its update log): relay at once, in arrival order, without a promise per update.
      if (this.queued === 0 && !this.failed && this.store.docs.appendNow) {
        let id: number | undefined;
        try {
          id = this.store.docs.appendNow(this.projectId, update, this.journal.now());
        } catch (err) {
          return this.fail(err, 'storage failed');
        }
        if (id !== undefined) return this.relay(update, origin, id);
      }
      const appended = this.journal.append(this.projectId, update);
      this.enqueue(async () => this.relay(update, origin, await appended));
      // Keep the promise from being reported as unhandled if the room already failed.
      appended.catch(() => {});
    } catch (err) {
      this.fail(err, 'cannot store or relay an update');
    }
  }

  /**
   * Integrates a document update from `peer` (decoded already, so well-formed). Refused, with nothing
   * stored or relayed, when it depends on data the document lacks and holding it back would pass
   * `maxPendingBytes`; the caller then asks the sender to resync.
   */
  receiveUpdate(peer: RoomPeer, update: Uint8Array, decoded: DecodedUpdate): 'applied' | 'refused' {
    const { maxPendingBytes, pendingTtlMs } = this.opts.limits;
    let held = pendingBytes(this.doc);
    if (held > 0 && performance.now() - this.pendingSince > pendingTtlMs) {
      this.opts.log(`sync ${this.projectId}: dropped ${dropPending(this.doc)} bytes of updates whose dependencies did not arrive within ${pendingTtlMs} ms`);
      held = 0;
    }
    // nothing held back and nothing to hold back: the common case, stored and relayed as sent
    const whole = held === 0 && !lacksDependencies(this.doc, decoded);
    if (whole) this.applyAsSent(peer, update);
    else {
      // (with nothing held back, `whole` false means it lacks dependencies)
      if (held + update.length > maxPendingBytes && (held === 0 || lacksDependencies(this.doc, decoded))) return 'refused';
      // With data held back, this update may complete it, and the transaction then carries that data too,
      // which its sender may lack: it goes to every peer (the sender's own part is a no-op for it).
      Y.applyUpdate(this.doc, update, held > 0 ? null : peer);
    }
    const after = pendingBytes(this.doc);
    if (after > maxPendingBytes) {
      dropPending(this.doc); // a dependency the check could not see (e.g. on an item that is itself held back)
      this.pendingSince = 0;
      return 'refused';
    }
    if (after === 0) this.pendingSince = 0;
    else if (held === 0) this.pendingSince = performance.now();
    return 'applied';
  }

  /**
   * Integrates an update that leaves nothing held back (checked by the caller), stored and relayed as its
   * sender encoded it: what the document gained is that update less what it already had, and a peer or a
   * later load applying the known part again changes nothing. Yjs would otherwise encode the transaction
   * anew for the 'update' event (it does so whenever the event has a listener): at 1 500 clients on one
   * process, 1.3 s of 22 s of the server's CPU. Nothing is stored or relayed when nothing changed (Yjs's
   * own test: no new clock, no deletion).
   *
   * Only the apply's own transaction, the first, goes as sent. Yjs can run more transactions inside the
   * same apply: after a remote change to a Y.Text holding formatting (a link, bold) it cleans up the
   * formatting in a transaction of its own, which may delete redundant formatting marks. Those are
   * encoded, stored and relayed as usual, after the sender's update (the 'update' listener is back for
   * them). Reading the last transaction instead of the first took that cleanup's "nothing changed" for
   * the edit's, and a teammate typing into a paragraph with a link was never relayed (3cfcbca, reverted
   * in d4ab91c: test/e2e/notebook.test.ts "saves a named version").
   */
  private applyAsSent(peer: RoomPeer, update: Uint8Array): void {
    this.asSent = { peer, update, own: undefined };
    this.doc.off('update', this.onUpdate);
    try {
      Y.applyUpdate(this.doc, update, peer);
    } finally {
      this.asSent = null;
      this.doc.on('update', this.onUpdate); // (a set: attached once however often this runs)
    }
  }

  /**
   * The update being applied as sent, and its own transaction once seen. The two listeners below stay on
   * the document (attaching and detaching them for every update was 1.6 % of a server's time in a
   * cluster's CPU profile); only the 'update' listener comes and goes, since its presence alone makes
   * Yjs encode every transaction.
   */
  private asSent: { peer: RoomPeer; update: Uint8Array; own: Y.Transaction | undefined } | null = null;

  /** 'afterTransaction': the first transaction of an apply as sent is the sender's update. */
  private readonly onAfterTransaction = (tr: Y.Transaction): void => {
    const a = this.asSent;
    if (!a || a.own) return;
    a.own = tr;
    this.relayAsSent(tr, a.peer, a.update);
  };

  /** 'beforeObserverCalls': any later transaction of an apply as sent is encoded by Yjs for the listener, as every other update is. */
  private readonly onBeforeObserverCalls = (tr: Y.Transaction): void => {
    const a = this.asSent;
    if (a?.own && tr !== a.own) this.doc.on('update', this.onUpdate);
  };

  /** Stores and relays the sender's update once its transaction `tr` is integrated (called from its 'afterTransaction'). */
  private relayAsSent(tr: Y.Transaction, peer: RoomPeer, update: Uint8Array): void {
    let changed = tr.deleteSet.clients.size > 0;
    if (!changed) for (const [client, clock] of tr.afterState) if (tr.beforeState.get(client) !== clock) changed = true;
    if (!changed) return;
    if (pendingBytes(this.doc) === 0) return this.onDocUpdate(update, peer);
    // held back after all (lacksDependencies missed a dependency): store and relay only what integrated
    this.onDocUpdate(encodeIntegratedState(this.doc, Y.encodeStateVector(tr.beforeState)), null);
  }

  /** Sends a stored update to every peer but the one it came from. */
  private relay(update: Uint8Array, origin: unknown, id: number): void {
    this.hold(id);
    if (origin !== BUS_ORIGIN) this.bus.publishUpdate(id, update); // stored now: the other processes may relay it
    this.updatesSinceSnapshot++;
    const message = updateMessage(update);
    for (const peer of this.peers.keys()) if (peer !== origin) peer.send(message);
    if (this.updatesSinceSnapshot - this.leaseRefusedAt > this.opts.limits.compactAfterUpdates) this.scheduleCompaction();
  }

  /**
   * Applies checked presence entries from `peer`. A connection owns the client ids it publishes (at most
   * `maxPresenceStatesPerConnection`, else PresenceRefused); another person's ids are ignored, the same
   * person's (a tab that reconnected) are taken over; ids beyond `maxPresenceStatesPerRoom` are not shown.
   * A read-only connection's states keep only `readOnlyPresenceFields`.
   */
  applyPresence(peer: RoomPeer, entries: readonly PresenceEntry[], readOnly: boolean): void {
    const mine = this.peers.get(peer);
    if (!mine) return;
    const limits = this.opts.limits;
    const accepted: PresenceEntry[] = [];
    const removed: number[] = [];
    for (const e of entries) {
      const owner = this.presenceOwners.get(e.clientId);
      if (owner !== peer) {
        if (owner && owner.userId !== peer.userId) continue;
        if (!owner && e.state === null) continue; // nothing of this connection's to remove
        if (mine.size >= limits.maxPresenceStatesPerConnection) {
          throw new PresenceRefused(CLOSE.rateLimited, `too many presence states: at most ${limits.maxPresenceStatesPerConnection} per connection`);
        }
        if (owner) {
          this.peers.get(owner)?.delete(e.clientId);
        } else if (this.presenceOwners.size >= limits.maxPresenceStatesPerRoom) {
          if (!this.roomFullLogged) this.opts.log(`sync ${this.projectId}: ${limits.maxPresenceStatesPerRoom} presence states; newcomers are not shown`);
          this.roomFullLogged = true;
          continue;
        }
        mine.add(e.clientId);
        this.presenceOwners.set(e.clientId, peer);
      }
      if (e.state === null) removed.push(e.clientId);
      accepted.push(readOnly ? { ...e, state: keepFields(e.state, limits.readOnlyPresenceFields) } : e);
    }
    if (accepted.length) awarenessProtocol.applyAwarenessUpdate(this.awareness, encodePresenceUpdate(accepted), peer);
    for (const id of removed) this.forgetPresence(peer, id);
  }

  /** Releases a presence id (its state is already removed): its clock is forgotten too, so the awareness maps stay bounded. */
  private forgetPresence(peer: RoomPeer, id: number): void {
    this.peers.get(peer)?.delete(id);
    if (this.presenceOwners.get(id) === peer) this.presenceOwners.delete(id);
    if (!this.awareness.states.has(id)) this.awareness.meta.delete(id);
  }

  private onAwareness({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void {
    const changed = added.concat(updated, removed);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    const presence = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
    if (origin !== BUS_ORIGIN) this.bus.publishAwareness(presence);
    encoding.writeVarUint8Array(encoder, presence);
    const message = encoding.toUint8Array(encoder);
    for (const peer of this.peers.keys()) if (peer !== origin) peer.send(message);
  }

  /** The first messages to a new peer: sync step 1 and the current awareness states. */
  greet(peer: RoomPeer): void {
    this.guard('cannot greet a new connection', () => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeSyncStep1(encoder, this.doc);
      peer.send(encoding.toUint8Array(encoder));
      this.sendAwarenessStates(peer);
    });
  }

  /** Asks `peer` for what the document lacks (a sync step 1 with the document's state vector). */
  requestResync(peer: RoomPeer): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    peer.send(encoding.toUint8Array(encoder));
  }

  sendAwarenessStates(peer: RoomPeer): void {
    this.guard('cannot encode presence', () => {
      const states = this.awareness.getStates();
      if (states.size === 0) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
      encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...states.keys()]));
      peer.send(encoding.toUint8Array(encoder));
    });
  }

  /**
   * Answers sync step 1 with the missing part of the doc. Encoded now (so it holds only updates whose
   * appends are already queued) and sent after those appends are on disk. Held-back data is left out.
   */
  answerStep1(peer: RoomPeer, stateVector: Uint8Array): void {
    this.guard('cannot encode the document', () => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
      encoding.writeVarUint8Array(encoder, encodeIntegratedState(this.doc, stateVector));
      const message = encoding.toUint8Array(encoder);
      this.enqueue(() => {
        if (this.peers.has(peer)) peer.send(message);
      });
    });
  }

  addPeer(peer: RoomPeer): void {
    this.peers.set(peer, new Set());
  }

  removePeer(peer: RoomPeer): void {
    const ids = this.peers.get(peer);
    if (!ids) return;
    this.peers.delete(peer);
    for (const id of ids) if (this.presenceOwners.get(id) === peer) this.presenceOwners.delete(id);
    this.guard('cannot relay presence', () => awarenessProtocol.removeAwarenessStates(this.awareness, [...ids], null));
    for (const id of ids) if (!this.awareness.states.has(id)) this.awareness.meta.delete(id);
  }

  /** Presence states held, and their JSON bytes (figures for tests and benches). */
  presenceFootprint(): { states: number; bytes: number } {
    let bytes = 0;
    for (const s of this.awareness.getStates().values()) bytes += JSON.stringify(s).length;
    return { states: this.awareness.getStates().size, bytes };
  }

  /** A stored update id the document holds: the next compaction may fold it. */
  hold(id: number): void {
    if (id > 0) this.foldable.add(id);
  }

  /**
   * A compaction beside the relay queue, not in it: its lease check (a Redis round trip), its store
   * transaction and the title's update would otherwise hold back every relay of the document queued
   * behind them (each update's relay waits for the ones before it). It folds only updates already stored
   * (the ids in `foldable`); a snapshot holding more than those (an update whose append is still in
   * flight) is harmless: that update's row stays and applies again as a no-op at the next load.
   */
  private scheduleCompaction(): void {
    if (this.compactionQueued) return;
    this.compactionQueued = true;
    setImmediate(() => void this.compactNext().catch((err: unknown) => this.fail(err, 'storage failed')));
  }

  /** Runs `compact` after the compaction in progress, if any. */
  private compactNext(): Promise<void> {
    const next = this.compaction.catch(() => {}).then(() => this.compact());
    this.compaction = next;
    return next;
  }

  /** Folds the stored updates the document holds into one snapshot; also refreshes the project's title in the list. */
  private async compact(): Promise<void> {
    this.compactionQueued = false;
    if (this.failed || (this.updatesSinceSnapshot === 0 && !this.snapshotStale)) return;
    // updates relayed while this compaction awaits are not in it: they count towards the next one
    const counted = this.updatesSinceSnapshot;
    // with several processes, the holder of the document's lease compacts; the others leave it to it
    // (not asked again at every update after a refusal: each ask is a Redis round trip in the room's queue)
    if (!(await this.bus.mayCompact())) {
      this.leaseRefusedAt = this.updatesSinceSnapshot;
      return;
    }
    if (this.failed) return;
    // the ids first: each is stored, and the snapshot encoded next holds it (it is integrated already)
    const ids = [...this.foldable];
    const snapshot = encodeIntegratedState(this.doc);
    const bytesBefore = this.storedBytes;
    // exactly the updates this snapshot holds: another process's update with a smaller id may not be in it yet
    await this.store.docs.compact(this.projectId, snapshot, { upToId: ids.reduce((m, id) => Math.max(m, id), 0), ids });
    for (const id of ids) this.foldable.delete(id);
    this.updatesSinceSnapshot = Math.max(0, this.updatesSinceSnapshot - counted);
    this.leaseRefusedAt = 0;
    this.snapshotStale = false;
    this.storedBytes = snapshot.length + Math.max(0, this.storedBytes - bytesBefore);
    const title = readMeta(this.doc).title.trim();
    if (title) await this.store.projects.setTitle(this.projectId, title);
  }

  /** Waits for every queued append and message, then compacts (after a compaction in progress). */
  async flush(): Promise<void> {
    await this.enqueue(() => this.compactNext());
  }

  destroy(): void {
    this.bus.leave();
    this.awareness.destroy();
    this.doc.destroy();
  }
}
