/**
 * A room's side of the document bus (server/cluster): what it publishes after storing, and what it
 * applies from the other processes holding the same document.
 *
 * - Updates from another process are already stored there: applied with origin BUS_ORIGIN, which the room
 *   relays to its own peers without storing them again, under the stored id they came with (so a later
 *   compaction may fold them).
 * - Messages arriving while the stored document is still loading wait, then apply in arrival order.
 * - A message this process missed (a gap in a sender's sequence, a Redis reconnect, an update that needs
 *   one it never got) makes the room reread the stored document: applying what it already has changes
 *   nothing, and what it lacked reaches its peers like any other update.
 */
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Cluster, DocEvents, DocLink } from '../cluster/cluster';
import type { Store } from '../store/store';
import { pendingBytes } from './pending';

/** Transaction origin of updates and presence from other processes (stored already: relayed, not stored again). */
export const BUS_ORIGIN = Symbol('bus');

/** What the bus needs of its room. */
export interface BusRoom {
  readonly projectId: string;
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  readonly failed: boolean;
  /** A stored update id the document now holds (compaction may fold it). */
  hold(id: number): void;
  fail(err: unknown, what: string): void;
}

export class RoomBus {
  private link: DocLink | null = null;
  /** The stored id of the bus update being applied (the room relays it under this id). */
  currentId = 0;
  private early: (() => void)[] | null = [];
  private resyncing = false;
  /** A reread was asked for while one was in flight: its read may predate what the asker meant; read again after it. */
  private resyncAgain = false;

  constructor(
    private readonly room: BusRoom,
    private readonly store: Store,
    private readonly log: (line: string) => void,
  ) {}

  /** Joins the document's channel: before the room reads the store, so nothing published after that read is missed. */
  async join(cluster: Cluster): Promise<void> {
    this.link = await cluster.join(this.room.projectId, this.events());
  }

  /** The stored document is in: apply what waited. */
  loaded(): void {
    const waiting = this.early ?? [];
    this.early = null;
    for (const apply of waiting) apply();
  }

  publishUpdate(id: number, update: Uint8Array): void {
    this.link?.publishUpdate(id, update);
  }

  publishAwareness(update: Uint8Array): void {
    this.link?.publishAwareness(update);
  }

  /** Whether this process may compact now (it holds the document's lease); always with one process. */
  async mayCompact(): Promise<boolean> {
    return this.link ? this.link.mayCompact() : true;
  }

  leave(): void {
    const link = this.link;
    this.link = null;
    void link?.leave().catch((e: unknown) => this.log(`sync ${this.room.projectId}: leaving the document's channel: ${(e as Error)?.message ?? e}`));
  }

  private events(): DocEvents {
    const later = (fn: () => void) => {
      if (this.early) return void this.early.push(fn);
      try {
        fn();
      } catch (e) {
        this.room.fail(e, 'cannot apply a message from another process');
      }
    };
    return {
      update: (id, update) => later(() => this.applyUpdate(id, update)),
      awareness: (update) => later(() => awarenessProtocol.applyAwarenessUpdate(this.room.awareness, update, BUS_ORIGIN)),
      resync: () => later(() => this.resync()),
    };
  }

  private applyUpdate(id: number, update: Uint8Array): void {
    if (this.room.failed) return;
    this.currentId = id;
    try {
      Y.applyUpdate(this.room.doc, update, BUS_ORIGIN);
    } finally {
      this.currentId = 0;
    }
    this.room.hold(id); // held even when nothing changed (this process had the same edits)
    if (pendingBytes(this.room.doc) > 0) this.resync(); // it needs something this process missed
  }

  private resync(): void {
    if (this.room.failed) return;
    if (this.resyncing) return void (this.resyncAgain = true);
    this.resyncing = true;
    this.resyncAgain = false;
    this.store.docs
      .loadDoc(this.room.projectId)
      .then((stored) => {
        if (this.room.failed) return;
        Y.transact(
          this.room.doc,
          () => {
            if (stored.snapshot) Y.applyUpdate(this.room.doc, stored.snapshot);
            for (const u of stored.updates) Y.applyUpdate(this.room.doc, u);
          },
          BUS_ORIGIN,
        );
        for (const id of stored.updateIds) this.room.hold(id);
      })
      .catch((e: unknown) => this.room.fail(e, 'storage failed'))
      .finally(() => {
        this.resyncing = false;
        if (this.resyncAgain) this.resync();
      });
  }
}
