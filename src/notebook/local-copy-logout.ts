/**
 * Log-out on a shared classroom PC: the notebooks' local copies (IndexedDB, local-store.ts) would
 * otherwise stay in the browser for the next person to read. Before logging out, what the copies hold
 * that the server lacks is sent; then every copy is deleted. While logged in nothing changes: the copies
 * keep offline editing working.
 *
 * "What the server lacks" is measured, not guessed: the server's state (GET /api/projects/:id/doc) with
 * the copy's stored updates applied one by one; each update that changes it is an unsent change. Those
 * are sent over the sync websocket and measured again (local-copy-send.ts, with Yjs, loaded only then).
 * Offline, the count the notebook kept (its "changes waiting to be sent") is used: this module has no
 * Yjs and is part of the app's entry, so it works without the network.
 */
import { deleteLocalCopy, listLocalCopies, readLocalCopy } from './local-store';

export interface LocalChanges {
  /** Local changes the server does not have. */
  unsent: number;
  /** In how many notebooks. */
  notebooks: number;
  /** The server could not be reached (the counts are the notebooks' own). */
  offline: boolean;
}

/** Keys in localStorage that belong to the logged-in user (the notebook's "who am I" for offline reloads). */
const USER_KEYS = ['sprout.notebook.user'];

type ServerState = { kind: 'state'; state: Uint8Array } | { kind: 'offline' } | { kind: 'gone' };

async function serverState(projectId: string): Promise<ServerState> {
  if (!navigator.onLine) return { kind: 'offline' };
  try {
    const r = await fetch(`/api/projects/${encodeURIComponent(projectId)}/doc`, { credentials: 'same-origin', cache: 'no-store' });
    if (r.ok) return { kind: 'state', state: new Uint8Array(await r.arrayBuffer()) };
    // no longer this user's project (or gone): the server would not take the changes anyway
    if (r.status === 403 || r.status === 404) return { kind: 'gone' };
    return { kind: 'offline' };
  } catch {
    return { kind: 'offline' };
  }
}

/** Sends what one copy holds that the server lacks; resolves with what is still unsent. */
async function sendOne(projectId: string): Promise<{ unsent: number; offline: boolean }> {
  const copy = await readLocalCopy(projectId);
  const { updates, unsent: counted } = copy;
  copy.db?.close();
  if (updates.length === 0) return { unsent: 0, offline: false };
  const server = await serverState(projectId);
  if (server.kind === 'gone') return { unsent: 0, offline: false };
  if (server.kind === 'offline') return { unsent: counted, offline: true };
  let send: typeof import('./local-copy-send');
  try {
    send = await import('./local-copy-send');
  } catch {
    return { unsent: counted, offline: true }; // the code did not arrive: as good as offline
  }
  if (send.unsentUpdates(server.state, updates) === 0) return { unsent: 0, offline: false };
  const left = await send.sendCopy(projectId, updates, async () => {
    const s = await serverState(projectId);
    return s.kind === 'state' ? s.state : null;
  });
  return left === null ? { unsent: counted, offline: true } : { unsent: left, offline: false };
}

/** Sends what every local copy holds that the server lacks, and says what could not be sent. */
export async function sendLocalChanges(): Promise<LocalChanges> {
  const out: LocalChanges = { unsent: 0, notebooks: 0, offline: false };
  for (const id of await listLocalCopies()) {
    const r = await sendOne(id).catch(() => ({ unsent: 0, offline: true }));
    if (r.unsent > 0) {
      out.unsent += r.unsent;
      out.notebooks++;
    }
    out.offline ||= r.offline;
  }
  return out;
}

/** Deletes every local copy and the user's keys in localStorage. */
export async function forgetLocalData(): Promise<void> {
  for (const k of USER_KEYS) localStorage.removeItem(k);
  await Promise.all((await listLocalCopies()).map((id) => deleteLocalCopy(id)));
}
