/**
 * This browser's copy of a project document, in IndexedDB: database `sprout-project-<id>` in
 * y-indexeddb's layout (an auto-increment `updates` store of Yjs updates, and a `custom` store), so
 * copies written by earlier versions of the app still open. Raw IndexedDB and no Yjs, so the app's
 * entry chunk can start reading a copy while the notebook's code is still on its way (prefetch.ts);
 * local-copy.ts applies the copy to a Y.Doc and keeps it up to date.
 */
const UPDATES = 'updates';
const CUSTOM = 'custom';
/** Key in the `custom` store: how many local changes have not been sent to the server yet (kept for log-out). */
const UNSENT = 'sprout-unsent';
const PREFIX = 'sprout-project-';

export const localCopyName = (projectId: string) => `${PREFIX}${projectId}`;

export interface StoredCopy {
  /** The open database; null when this browser has no usable IndexedDB (nothing is kept then). */
  db: IDBDatabase | null;
  /** The stored updates, oldest first. */
  updates: Uint8Array[];
  /** The key after the last stored update: updates from `nextKey` on were written after this read (by another tab). */
  nextKey: number;
  /** Local changes not yet sent to the server, as last counted (local-copy.ts `setUnsent`). */
  unsent: number;
}

export function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

function open(projectId: string): Promise<IDBDatabase> {
  const r = indexedDB.open(localCopyName(projectId));
  r.onupgradeneeded = () => {
    const db = r.result;
    if (!db.objectStoreNames.contains(UPDATES)) db.createObjectStore(UPDATES, { autoIncrement: true });
    if (!db.objectStoreNames.contains(CUSTOM)) db.createObjectStore(CUSTOM);
  };
  return request(r).then((db) => {
    // log-out deletes the copy (local-copy-logout.ts): let it, instead of blocking it while a notebook is open
    db.onversionchange = () => db.close();
    return db;
  });
}

/** The stored updates from `fromKey` on, and the key after the last one (in the transaction `store` belongs to). */
async function readFrom(store: IDBObjectStore, fromKey: number): Promise<{ updates: Uint8Array[]; nextKey: number }> {
  const range = IDBKeyRange.lowerBound(fromKey);
  const [updates, last] = await Promise.all([request(store.getAll(range)), request(store.openKeyCursor(null, 'prev'))]);
  return { updates: updates as Uint8Array[], nextKey: last ? Number(last.key) + 1 : fromKey };
}

/** Opens and reads the copy of `projectId` (an empty one if there is none, or no IndexedDB). */
export async function readLocalCopy(projectId: string): Promise<StoredCopy> {
  let db: IDBDatabase | null = null;
  try {
    db = await open(projectId);
    const { updates, nextKey } = await readFrom(db.transaction(UPDATES, 'readonly').objectStore(UPDATES), 0);
    return { db, updates, nextKey, unsent: await readUnsent(db) };
  } catch {
    db?.close();
    return { db: null, updates: [], nextKey: 0, unsent: 0 };
  }
}

/** Appends one update. */
export function appendUpdate(db: IDBDatabase, update: Uint8Array): Promise<unknown> {
  return request(db.transaction(UPDATES, 'readwrite').objectStore(UPDATES).add(update));
}

/**
 * Replaces the stored updates with one: `state(newer)` gets the updates other tabs stored since
 * `sinceKey` and returns the whole document's state, which takes the place of everything stored so
 * far, in one transaction (a tab writing meanwhile waits for it). Resolves with the new `nextKey`.
 */
export async function replaceWithState(db: IDBDatabase, sinceKey: number, state: (newer: Uint8Array[]) => Uint8Array): Promise<number> {
  const store = db.transaction(UPDATES, 'readwrite').objectStore(UPDATES);
  const { updates } = await readFrom(store, sinceKey);
  const key = Number(await request(store.add(state(updates))));
  await request(store.delete(IDBKeyRange.upperBound(key, true)));
  return key + 1;
}

/** How many local changes this copy holds that have not reached the server (0 when unknown). */
export async function readUnsent(db: IDBDatabase): Promise<number> {
  try {
    const n = await request(db.transaction(CUSTOM, 'readonly').objectStore(CUSTOM).get(UNSENT));
    return typeof n === 'number' && n > 0 ? n : 0;
  } catch {
    return 0;
  }
}

export function writeUnsent(db: IDBDatabase, n: number): Promise<unknown> {
  return request(db.transaction(CUSTOM, 'readwrite').objectStore(CUSTOM).put(n, UNSENT));
}

/** The projects this browser keeps a copy of. */
export async function listLocalCopies(): Promise<string[]> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return [];
  const dbs = await indexedDB.databases();
  return dbs.map((d) => d.name ?? '').filter((n) => n.startsWith(PREFIX)).map((n) => n.slice(PREFIX.length));
}

/** Deletes the copy of `projectId` (open connections are asked to close); resolves when it is gone, or after `timeoutMs`. */
export function deleteLocalCopy(projectId: string, timeoutMs = 5000): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    const r = indexedDB.deleteDatabase(localCopyName(projectId));
    r.onsuccess = () => {
      clearTimeout(timer);
      resolve(true);
    };
    r.onerror = () => {
      clearTimeout(timer);
      resolve(false);
    };
  });
}
