/**
 * A short-lived connection from a lab to one team notebook, without the notebook editor: the project's
 * Y.Doc from this browser's IndexedDB copy (the same store the notebook uses) plus the stock y-websocket
 * provider. Used to put a recorded table or an experiment into a notebook, and to open the lab at an
 * experiment cell's saved state. Offline, changes stay in IndexedDB and reach the team when the notebook
 * is next online.
 */
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { trackContributions } from '../../projects/contributions';
import { createProjectDoc } from '../../projects/schema';
import { LocalCopy } from './local-copy';
import { readLocalCopy } from './local-store';

/** An experiment as a notebook keeps it: which simulation, its parameters, and its saved state. */
export interface SentExperiment {
  simulationId: string;
  params: Record<string, number | string | boolean>;
  state: unknown;
}

export interface ProjectLink {
  doc: Y.Doc;
  /** True when the server's copy was merged in (else only this browser's copy is known). */
  online: boolean;
  /** Apply a change as `userId` (counted in the contributions panel); resolves when it has left for the server, or is safe in IndexedDB when offline. */
  change(userId: string, fn: (doc: Y.Doc) => void): Promise<{ sent: boolean }>;
  /** Resolves when everything this browser has (the local copy included) has left for the server, or after about 5 s. */
  drained(): Promise<{ sent: boolean }>;
  close(): void;
}

function wait(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export async function openProjectLink(projectId: string, opts: { syncTimeoutMs?: number } = {}): Promise<ProjectLink> {
  const doc = createProjectDoc();
  const local = new LocalCopy(doc, readLocalCopy(projectId));
  await local.load().catch(() => false);
  local.keep();
  const wsUrl = `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/sync`;
  const provider = new WebsocketProvider(wsUrl, projectId, doc, { disableBc: true, maxBackoffTime: 5000 });
  const online = await Promise.race([
    new Promise<boolean>((r) => (provider.synced ? r(true) : provider.once('sync', () => r(true)))),
    wait(opts.syncTimeoutMs ?? 5000).then(() => false),
  ]);
  const close = () => {
    provider.destroy();
    local.destroy();
    doc.destroy();
  };
  const drained = async () => {
    for (let i = 0; i < 50; i++) {
      const ws = provider.ws;
      if (provider.wsconnected && provider.synced && ws && ws.bufferedAmount === 0) {
        await wait(50);
        return { sent: true };
      }
      await wait(100);
    }
    return { sent: false };
  };
  return {
    doc,
    online,
    async change(userId, fn) {
      const tracker = trackContributions(doc, userId);
      fn(doc);
      tracker.stop();
      await local.flushed();
      // IndexedDB first (the local copy stores each update as it happens), then the socket drains.
      const r = await drained();
      if (!r.sent) {
        local.setUnsent(local.unsentChanges + 1); // log-out asks about it (local-copy-logout.ts)
        await local.flushed();
      }
      return r;
    },
    drained,
    close,
  };
}
