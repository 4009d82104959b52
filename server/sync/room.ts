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
 */
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { readMeta } from '../../projects/schema';
import type { Store } from '../store/store';
import type { UpdateJournal } from './journal';

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

export interface RoomPeer {
  send(data: Uint8Array): void;
  close(code: number, reason: string): void;
}

export class Room {
  readonly doc = new Y.Doc({ gc: false });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  /** Each peer with the awareness client ids it controls. */
  readonly peers = new Map<RoomPeer, Set<number>>();
  /** Bytes of this document on disk plus those being written. */
  storedBytes = 0;
  private updatesSinceSnapshot = 0;
  private lastAppendedId = 0;
  private queue: Promise<void> = Promise.resolve();
  /** Tasks in `queue` not finished yet. */
  private queued = 0;
  private compactionQueued = false;
  failed = false;

  private constructor(
    readonly projectId: string,
    private readonly store: Store,
    private readonly journal: UpdateJournal,
    private readonly compactAfter: number,
    private readonly onFailure: (room: Room, err: unknown) => void,
  ) {
    this.awareness.setLocalState(null);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => this.onDocUpdate(update, origin));
    this.awareness.on('update', (changes: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => this.onAwareness(changes, origin));
  }

  static async load(projectId: string, store: Store, journal: UpdateJournal, compactAfter: number, onFailure: (room: Room, err: unknown) => void): Promise<Room> {
    const room = new Room(projectId, store, journal, compactAfter, onFailure);
    const stored = await store.docs.loadDoc(projectId);
    room.loading = true;
    Y.transact(room.doc, () => {
      if (stored.snapshot) Y.applyUpdate(room.doc, stored.snapshot);
      for (const u of stored.updates) Y.applyUpdate(room.doc, u);
    });
    room.loading = false;
    room.storedBytes = stored.storedBytes;
    room.updatesSinceSnapshot = stored.updates.length;
    room.lastAppendedId = stored.lastUpdateId;
    if (room.updatesSinceSnapshot > compactAfter) room.scheduleCompaction();
    return room;
  }

  private loading = false;

  /** Runs `task` after everything queued before it; a failure marks the room failed. */
  enqueue(task: () => Promise<void> | void): Promise<void> {
    this.queued++;
    this.queue = this.queue
      .then(task)
      .catch((err: unknown) => this.fail(err))
      .finally(() => this.queued--);
    return this.queue;
  }

  private fail(err: unknown): void {
    if (!this.failed) {
      this.failed = true;
      this.onFailure(this, err);
    }
  }

  private onDocUpdate(update: Uint8Array, origin: unknown): void {
    if (this.loading) return;
    this.storedBytes += update.length;
    // Fast path: nothing queued ahead of this update and the store can store it right now (one write()
    // to its update log): relay at once, in arrival order, without a promise per update.
    if (this.queued === 0 && !this.failed && this.store.docs.appendNow) {
      let id: number | undefined;
      try {
        id = this.store.docs.appendNow(this.projectId, update, this.journal.now());
      } catch (err) {
        this.fail(err);
        return;
      }
      if (id !== undefined) return this.relay(update, origin, id);
    }
    const appended = this.journal.append(this.projectId, update);
    this.enqueue(async () => this.relay(update, origin, await appended));
    // Keep the promise from being reported as unhandled if the room already failed.
    appended.catch(() => {});
  }

  /** Sends a stored update to every peer but the one it came from. */
  private relay(update: Uint8Array, origin: unknown, id: number): void {
    this.lastAppendedId = Math.max(this.lastAppendedId, id);
    this.updatesSinceSnapshot++;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeUpdate(encoder, update);
    const message = encoding.toUint8Array(encoder);
    for (const peer of this.peers.keys()) if (peer !== origin) peer.send(message);
    if (this.updatesSinceSnapshot > this.compactAfter) this.scheduleCompaction();
  }

  private onAwareness({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void {
    const ids = origin ? this.peers.get(origin as RoomPeer) : undefined;
    if (ids) {
      for (const id of added) ids.add(id);
      for (const id of removed) ids.delete(id);
    }
    const changed = added.concat(updated, removed);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
    const message = encoding.toUint8Array(encoder);
    for (const peer of this.peers.keys()) if (peer !== origin) peer.send(message);
  }

  /** The first messages to a new peer: sync step 1 and the current awareness states. */
  greet(peer: RoomPeer): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    peer.send(encoding.toUint8Array(encoder));
    this.sendAwarenessStates(peer);
  }

  sendAwarenessStates(peer: RoomPeer): void {
    const states = this.awareness.getStates();
    if (states.size === 0) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...states.keys()]));
    peer.send(encoding.toUint8Array(encoder));
  }

  /**
   * Answers sync step 1 with the missing part of the doc. Encoded now (so it holds only updates whose
   * appends are already queued) and sent after those appends are on disk.
   */
  answerStep1(peer: RoomPeer, stateVector: Uint8Array): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeSyncStep2(encoder, this.doc, stateVector);
    const message = encoding.toUint8Array(encoder);
    this.enqueue(() => {
      if (this.peers.has(peer)) peer.send(message);
    });
  }

  addPeer(peer: RoomPeer): void {
    this.peers.set(peer, new Set());
  }

  removePeer(peer: RoomPeer): void {
    const ids = this.peers.get(peer);
    if (!ids) return;
    this.peers.delete(peer);
    awarenessProtocol.removeAwarenessStates(this.awareness, [...ids], null);
  }

  private scheduleCompaction(): void {
    if (this.compactionQueued) return;
    this.compactionQueued = true;
    setImmediate(() => this.enqueue(() => this.compact()));
  }

  /** Folds the appended updates into one snapshot; also refreshes the project's title in the list. */
  async compact(): Promise<void> {
    this.compactionQueued = false;
    if (this.updatesSinceSnapshot === 0) return;
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    const upTo = this.lastAppendedId;
    await this.store.docs.compact(this.projectId, snapshot, upTo);
    this.updatesSinceSnapshot = 0;
    this.storedBytes = snapshot.length;
    const title = readMeta(this.doc).title.trim();
    if (title) await this.store.projects.setTitle(this.projectId, title);
  }

  /** Waits for every queued append and message, then compacts. */
  async flush(): Promise<void> {
    await this.enqueue(() => this.compact());
  }

  destroy(): void {
    this.awareness.destroy();
    this.doc.destroy();
  }
}
