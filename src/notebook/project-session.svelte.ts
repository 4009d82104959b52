/**
 * One open project in the browser: the Y.Doc, kept in IndexedDB (local-copy.ts) and synced with the
 * server over `/sync/<projectId>` (stock y-websocket), the awareness (who is here, carets), the
 * per-user undo manager and the contribution counter. Reactive views of the document ($state.raw)
 * are refreshed from Yjs observers; components read them and write through projects/ accessors.
 */
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { MAX_IMAGE_BYTES } from '../../projects/cells/image';
import { trackContributions, CONTRIBUTION_ORIGIN, type ContributionTracker } from '../../projects/contributions';
import { cellCount, createProjectDoc, listCells, observeCell, observeCellList, observeMeta, readMeta, setTeamMember, type CellInfo, type ProjectMeta } from '../../projects/schema';
import { createUndoManager } from '../../projects/undo';
import { loadTextEditor } from './cells/editor-loader';
import { connectionRefusal, type ConnectionRefusal } from './connection-refusal';
import { LocalCopy } from './local-copy';
import { RefusalRetry } from './refusal-retry';
import { readLocalCopy } from './local-store';
import type { NotebookPrefetch } from './prefetch';
import { whenQuiet } from './when-quiet';

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
  readonly local: LocalCopy;
  readonly undoManager: Y.UndoManager;
  /**
   * The text editor's code (its own chunk, loaded in parallel with the document). Resolves once the
   * editor's transaction origin is tracked by the undo manager and the contribution counter, so
   * text cells create their editors from this promise.
   */
  readonly textEditor: Promise<typeof import('./cells/text-editor')>;
  /**
   * Resolves once the first text editor is on the page (or its code could not be loaded): what can wait
   * until the notebook takes typing (KaTeX for the previews' formulas) waits for this (issue #22).
   */
  readonly firstEditor: Promise<void>;
  /** A text cell reports that its editor is on the page. */
  readonly editorShown: () => void;
  private tracker: ContributionTracker;
  private cleanups: (() => void)[] = [];

  cells = $state.raw<CellInfo[]>([]);
  meta = $state.raw<ProjectMeta>(readMeta(this.doc));
  status = $state<ConnectionStatus>('syncing');
  /** Why the server last refused or closed the connection (until it syncs again); null when it did not. */
  refusal = $state<ConnectionRefusal | null>(null);
  /** Seconds until the notebook connects again by itself after a refusal that passes (refusal-retry.ts); null when it will not. */
  retryInS = $state<number | null>(null);
  private retry = new RefusalRetry(
    (s) => (this.retryInS = s),
    () => this.connectAgain(),
  );
  /** Local changes made since the server last confirmed a full sync. */
  pendingChanges = $state(0);
  /** The local (IndexedDB) copy has been read. */
  loadedLocal = $state(false);
  /** The document is in (local copy, or the server's on a first visit, or offline) and can be shown and edited. */
  ready = $state(false);
  private destroyed = false;
  syncedOnce = $state(false);
  presence = $state.raw<PresenceUser[]>([]);
  canUndo = $state(false);
  canRedo = $state(false);
  /** The largest image the server accepts (it says so with the project; until then the default). */
  imageLimitBytes = MAX_IMAGE_BYTES;

  constructor(
    readonly projectId: string,
    readonly user: { userId: string; name: string },
    opts: { serverUrl?: string; prefetch?: NotebookPrefetch | null } = {},
  ) {
    const prefetch = opts.prefetch ?? null; // takeNotebookPrefetch gives only this project's
    this.local = new LocalCopy(this.doc, prefetch?.local ?? readLocalCopy(projectId));
    const wsUrl = opts.serverUrl ?? `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/sync`;
    // Connected only once the local copy is in: the server then sends just what the copy lacks.
    this.provider = new WebsocketProvider(wsUrl, projectId, this.doc, { disableBc: true, maxBackoffTime: 5000, connect: false });
    this.quietLoad(prefetch?.remote ?? Promise.resolve(null));
    this.provider.awareness.setLocalStateField('user', { userId: user.userId, name: user.name, color: colorFor(user.userId) });
    this.undoManager = createUndoManager(this.doc);
    // The text editors share this manager; y-tiptap destroys the manager it is given when an editor
    // goes away, so that call is made harmless here and the session destroys it itself.
    this.undoManager.destroy = () => {};
    this.tracker = trackContributions(this.doc, user.userId);
    this.textEditor = loadTextEditor().then((m) => {
      performance.mark('sprout:nb-editor-code');
      this.undoManager.addTrackedOrigin(m.ySyncPluginKey);
      this.tracker.addLocalOrigin(m.ySyncPluginKey);
      return m;
    });
    let shown = () => {};
    this.firstEditor = new Promise<void>((resolve) => (shown = resolve));
    this.editorShown = shown;
    this.textEditor.catch(() => shown());

    this.cleanups.push(() => this.doc.off('update', this.onUpdate));

    const onStatus = () => this.updateStatus();
    this.provider.on('status', onStatus);
    this.provider.on('sync', onStatus);
    const onClose = (event: CloseEvent | null) => {
      if (!event) return; // our own close (leaving, or the provider's watchdog): no refusal
      const refusal = connectionRefusal(event.code, event.reason);
      if (!refusal) return;
      this.refusal = refusal;
      this.retry.refused(refusal);
    };
    this.provider.on('connection-close', onClose);
    this.cleanups.push(() => this.provider.off('connection-close', onClose));
    addEventListener('online', onStatus);
    addEventListener('offline', onStatus);
    this.cleanups.push(() => {
      removeEventListener('online', onStatus);
      removeEventListener('offline', onStatus);
    });

    const onAwareness = () => this.readPresence();
    this.provider.awareness.on('change', onAwareness);
    this.cleanups.push(() => this.provider.awareness.off('change', onAwareness));

    // Only list changes (add, delete, move) re-render the cell list; each cell view observes its own content.
    this.cleanups.push(observeCellList(this.doc, () => this.refresh()));
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
    this.refresh();
    this.readPresence();
  }

  private onUpdate = (_u: Uint8Array, origin: unknown) => {
    if (origin === this.provider || origin === this.local) return;
    if (origin === CONTRIBUTION_ORIGIN && this.status === 'online') return;
    if (this.status !== 'online') this.local.setUnsent(++this.pendingChanges);
  };

  /**
   * Open without encoding the whole document again. Yjs encodes every transaction as an update for
   * the doc's 'update' listeners (the local copy, the websocket provider, the pending counter); for
   * the first load (the local copy, or on a first visit the server's full state) that costs as much
   * as decoding it (≈0.1 s for 0.5 MB) and nobody needs it: the local copy is already stored and the
   * server's state came from the server. So the listeners are attached only once the document is in,
   * and a first visit stores its local copy afterwards, when the browser is idle. Nothing can be
   * edited meanwhile: the notebook is shown when `ready`.
   *
   * On a first visit (no local copy) the server's state comes over HTTP (`remote`, fetched by
   * prefetch.ts in parallel with the app's code) rather than as the websocket's first answer; the
   * websocket then only exchanges what changed since.
   */
  private quietLoad(remote: Promise<Uint8Array | null>): void {
    const send = this.provider._updateHandler;
    this.doc.off('update', send);
    let attached = false;
    let storeWhenSynced = false;
    const attach = () => {
      if (attached || this.destroyed) return;
      attached = true;
      this.local.keep();
      this.doc.on('update', send);
      this.doc.on('update', this.onUpdate);
      this.ready = true;
      performance.mark('sprout:nb-ready');
      this.refresh();
    };
    // Record the member in the team list once the document is known.
    const onFirstSync = (synced: boolean) => {
      if (!synced || this.destroyed) return;
      this.provider.off('sync', onFirstSync);
      attach();
      if (readMeta(this.doc).team[this.user.userId] !== this.user.name) setTeamMember(this.doc, this.user.userId, this.user.name);
      if (storeWhenSynced) this.whenIdle(() => void this.local.storeState().catch(() => {}));
    };
    this.provider.on('sync', onFirstSync);
    // no server (offline, refused): work on whatever the local copy holds
    const onFail = () => attach();
    this.provider.on('connection-close', onFail);
    this.provider.on('connection-error', onFail);
    this.cleanups.push(() => {
      this.provider.off('sync', onFirstSync);
      this.provider.off('connection-close', onFail);
      this.provider.off('connection-error', onFail);
    });
    const onLocal = (hadCopy: boolean, state: Uint8Array | null) => {
      if (this.destroyed || this.loadedLocal) return;
      this.loadedLocal = true;
      performance.mark('sprout:nb-local');
      // changes made offline on an earlier visit still wait to be sent
      if (this.status !== 'online') this.pendingChanges = this.local.unsentChanges;
      storeWhenSynced = !hadCopy;
      if (state) {
        try {
          Y.applyUpdate(this.doc, state, this.provider);
        } catch {
          /* a broken answer: the websocket brings the state instead */
        }
      }
      if (cellCount(this.doc) > 0 || !navigator.onLine) attach();
      this.provider.connect();
      this.refresh();
    };
    // A browser without IndexedDB (or a stuck one) must not keep the notebook closed.
    const fallback = setTimeout(() => onLocal(false, null), 4000);
    this.cleanups.push(() => clearTimeout(fallback));
    void this.local
      .load()
      .catch(() => false) // an unreadable copy: start from the server's
      .then(async (hadCopy) => {
        const state = hadCopy ? null : await remote;
        clearTimeout(fallback);
        onLocal(hadCopy, state);
      });
  }

  /** In an idle moment away from the user's last key or click (the first visit's copy costs ~80 ms to encode). */
  private whenIdle(fn: () => void): void {
    this.cleanups.push(
      whenQuiet(() => {
        if (!this.destroyed) fn();
      }, 5000),
    );
  }

  private updateStatus(): void {
    const connected = this.provider.wsconnected && navigator.onLine;
    if (!connected) this.status = 'offline';
    else if (!this.provider.synced) this.status = 'syncing';
    else {
      this.status = 'online';
      this.refusal = null;
      this.retry.succeeded();
      this.pendingChanges = 0;
      this.local.setUnsent(0);
      if (!this.syncedOnce) {
        this.syncedOnce = true;
        performance.mark('sprout:nb-synced');
        this.refresh();
      }
    }
  }

  /** Tries the connection again after a refusal the server does not take back by itself (the reader pressed the button). */
  reconnect(): void {
    if (this.destroyed) return;
    this.retry.cancel();
    this.refusal = null;
    this.provider.connect();
  }

  /** The countdown after a refusal that passes ran out: try again, the notice staying until it syncs or is refused again. */
  private connectAgain(): void {
    if (!this.destroyed) this.provider.connect();
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
    this.destroyed = true;
    this.retry.cancel();
    this.tracker.stop();
    for (const c of this.cleanups) c();
    this.provider.awareness.setLocalState(null);
    this.provider.destroy();
    this.local.destroy();
    // the real destroy (see the constructor)
    Object.getPrototypeOf(this.undoManager).destroy.call(this.undoManager);
    this.doc.destroy();
  }
}
