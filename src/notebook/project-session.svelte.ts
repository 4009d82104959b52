/**
 * One open project in the browser: the Y.Doc, kept in IndexedDB (y-indexeddb) and synced with the
 * server over `/sync/<projectId>` (stock y-websocket), the awareness (who is here, carets), the
 * per-user undo manager and the contribution counter. Reactive views of the document ($state.raw)
 * are refreshed from Yjs observers; components read them and write through projects/ accessors.
 */
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { trackContributions, CONTRIBUTION_ORIGIN, type ContributionTracker } from '../../projects/contributions';
import { createProjectDoc, listCells, observeCell, observeCells, observeMeta, readMeta, setTeamMember, type CellInfo, type ProjectMeta } from '../../projects/schema';
import { createUndoManager } from '../../projects/undo';

export type ConnectionStatus = 'online' | 'offline' | 'syncing';

export interface PresenceUser {
  clientId: number;
  userId: string;
  name: string;
  color: string;
}

const COLORS = ['#d9480f', '#1971c2', '#2f9e44', '#9c36b5', '#e67700', '#0c8599', '#c2255c', '#5f3dc4'];

export function colorFor(userId: string): string {
  let h = 0;
  for (const ch of userId) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return COLORS[h % COLORS.length];
}

export class ProjectSession {
  readonly doc: Y.Doc = createProjectDoc();
  readonly provider: WebsocketProvider;
  readonly persistence: IndexeddbPersistence;
  readonly undoManager: Y.UndoManager;
  private tracker: ContributionTracker;
  private cleanups: (() => void)[] = [];

  cells = $state.raw<CellInfo[]>([]);
  meta = $state.raw<ProjectMeta>(readMeta(this.doc));
  status = $state<ConnectionStatus>('syncing');
  /** Local changes made since the server last confirmed a full sync. */
  pendingChanges = $state(0);
  loadedLocal = $state(false);
  syncedOnce = $state(false);
  presence = $state.raw<PresenceUser[]>([]);
  canUndo = $state(false);
  canRedo = $state(false);

  constructor(
    readonly projectId: string,
    readonly user: { userId: string; name: string },
    opts: { serverUrl?: string } = {},
  ) {
    this.persistence = new IndexeddbPersistence(`sprout-project-${projectId}`, this.doc);
    void this.persistence.whenSynced.then(() => {
      this.loadedLocal = true;
      this.refresh();
    });
    const wsUrl = opts.serverUrl ?? `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/sync`;
    this.provider = new WebsocketProvider(wsUrl, projectId, this.doc, { disableBc: true, maxBackoffTime: 5000 });
    this.provider.awareness.setLocalStateField('user', { userId: user.userId, name: user.name, color: colorFor(user.userId) });
    this.undoManager = createUndoManager(this.doc, [ySyncPluginKey]);
    // The text editors share this manager; y-tiptap destroys the manager it is given when an editor
    // goes away, so that call is made harmless here and the session destroys it itself.
    this.undoManager.destroy = () => {};
    this.tracker = trackContributions(this.doc, user.userId, { localOrigins: [ySyncPluginKey] });

    const onUpdate = (_u: Uint8Array, origin: unknown) => {
      if (origin === this.provider || origin === this.persistence) return;
      if (origin === CONTRIBUTION_ORIGIN && this.status === 'online') return;
      if (this.status !== 'online') this.pendingChanges++;
    };
    this.doc.on('update', onUpdate);
    this.cleanups.push(() => this.doc.off('update', onUpdate));

    const onStatus = () => this.updateStatus();
    this.provider.on('status', onStatus);
    this.provider.on('sync', onStatus);
    addEventListener('online', onStatus);
    addEventListener('offline', onStatus);
    this.cleanups.push(() => {
      removeEventListener('online', onStatus);
      removeEventListener('offline', onStatus);
    });

    const onAwareness = () => this.readPresence();
    this.provider.awareness.on('change', onAwareness);
    this.cleanups.push(() => this.provider.awareness.off('change', onAwareness));

    // Only list changes re-render the cell list; each cell view observes its own content.
    this.cleanups.push(observeCells(this.doc, (events) => {
      if (events.some((e) => e.path.length === 0)) this.refresh();
    }));
    this.cleanups.push(observeMeta(this.doc, () => (this.meta = readMeta(this.doc))));
    const onStack = () => {
      this.canUndo = this.undoManager.undoStack.length > 0;
      this.canRedo = this.undoManager.redoStack.length > 0;
    };
    for (const ev of ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const) this.undoManager.on(ev, onStack);

    const timer = setInterval(() => this.tracker.flush(), 10_000);
    const onHide = () => this.tracker.flush();
    addEventListener('pagehide', onHide);
    this.cleanups.push(() => {
      clearInterval(timer);
      removeEventListener('pagehide', onHide);
    });
    // Record the member in the team list once the document is known.
    this.provider.once('sync', () => {
      if (readMeta(this.doc).team[user.userId] !== user.name) setTeamMember(this.doc, user.userId, user.name);
    });
    this.refresh();
    this.readPresence();
  }

  private updateStatus(): void {
    const connected = this.provider.wsconnected && navigator.onLine;
    if (!connected) this.status = 'offline';
    else if (!this.provider.synced) this.status = 'syncing';
    else {
      this.status = 'online';
      this.pendingChanges = 0;
      if (!this.syncedOnce) {
        this.syncedOnce = true;
        this.refresh();
      }
    }
  }

  private readPresence(): void {
    const out: PresenceUser[] = [];
    const seen = new Set<string>();
    this.provider.awareness.getStates().forEach((state, clientId) => {
      const u = (state as { user?: { userId?: string; name?: string; color?: string } }).user;
      if (!u?.userId || seen.has(`${u.userId}:${clientId}`)) return;
      seen.add(`${u.userId}:${clientId}`);
      out.push({ clientId, userId: u.userId, name: u.name ?? u.userId, color: u.color ?? colorFor(u.userId) });
    });
    out.sort((a, b) => (a.clientId === this.doc.clientID ? -1 : b.clientId === this.doc.clientID ? 1 : a.name.localeCompare(b.name)));
    this.presence = out;
  }

  refresh(): void {
    this.cells = listCells(this.doc);
    this.meta = readMeta(this.doc);
  }

  /**
   * A counter that changes whenever one of the given cells changes (for $derived reads in cell views).
   * Use inside an $effect: returns the unsubscribe function.
   */
  watchCells(cellIds: string[], onChange: () => void): () => void {
    const offs: (() => void)[] = [];
    for (const id of cellIds) {
      try {
        offs.push(observeCell(this.doc, id, onChange));
      } catch {
        /* the cell is gone: nothing to watch */
      }
    }
    return () => offs.forEach((o) => o());
  }

  undo(): void {
    this.undoManager.undo();
  }
  redo(): void {
    this.undoManager.redo();
  }

  destroy(): void {
    this.tracker.stop();
    for (const c of this.cleanups) c();
    this.provider.awareness.setLocalState(null);
    this.provider.destroy();
    void this.persistence.destroy();
    // the real destroy (see the constructor)
    Object.getPrototypeOf(this.undoManager).destroy.call(this.undoManager);
    this.doc.destroy();
  }
}
