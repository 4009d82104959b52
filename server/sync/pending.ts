/**
 * Updates whose dependencies a document lacks. Yjs keeps such an update aside (`doc.store.pendingStructs`
 * for structs after a gap or pointing at unknown items, `doc.store.pendingDs` for deletions of unknown
 * items), re-reads it on every later update in case the gap has been filled, and writes it into every
 * encoded state (snapshots, sync step 2 answers). A few megabytes of deletions for a client the document
 * has never seen thus cost ~300 ms on every later edit and were saved into the snapshot.
 *
 * The room checks each incoming update here first (from its decoded form, without touching the
 * document), holds back only a little, drops what stays unresolved too long, and never encodes held-back
 * data into what it stores or sends.
 */
import * as Y from 'yjs';

/** An update as `Y.decodeUpdate` returns it. */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/**
 * Whether applying the update would leave something pending: a struct after a gap in its client's clock,
 * an item whose origin, right origin or parent item neither the document nor the update holds, or a
 * deletion of clocks neither holds. Linear in the update's size.
 */
export function lacksDependencies(doc: Y.Doc, { structs, ds }: DecodedUpdate): boolean {
  // How far each client's clock reaches with this update added, contiguously from the document's state.
  const reach = new Map<number, number>();
  const known = (client: number) => reach.get(client) ?? Y.getState(doc.store, client);
  for (const s of structs) {
    if (s instanceof Y.Skip) continue; // a gap: the next struct of that client starts past the reach
    const r = known(s.id.client);
    if (s.id.clock > r) return true;
    reach.set(s.id.client, Math.max(r, s.id.clock + s.length));
  }
  const has = (id: Y.ID | null) => id === null || id.clock < known(id.client);
  for (const s of structs) {
    if (!(s instanceof Y.Item)) continue;
    // Decoded items carry their parent as an ID (a nested type), a root type's name, or null (taken from the origin).
    const parent = s.parent as unknown;
    if (!has(s.origin) || !has(s.rightOrigin) || (parent instanceof Y.ID && !has(parent))) return true;
  }
  for (const [client, ranges] of ds.clients) {
    const r = known(client);
    for (const d of ranges) if (d.clock + d.len > r) return true;
  }
  return false;
}

/** Bytes the document holds back (pending structs and deletions). */
export function pendingBytes(doc: Y.Doc): number {
  return (doc.store.pendingStructs?.update.length ?? 0) + (doc.store.pendingDs?.length ?? 0);
}

/** Forgets what the document holds back (its senders still have it and send it again when they resync). */
export function dropPending(doc: Y.Doc): number {
  const bytes = pendingBytes(doc);
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
  return bytes;
}

/** The document's state as one update (what the target with state vector `sv` lacks), without held-back data. */
export function encodeIntegratedState(doc: Y.Doc, sv?: Uint8Array): Uint8Array {
  const { pendingStructs, pendingDs } = doc.store;
  if (!pendingStructs && !pendingDs) return Y.encodeStateAsUpdate(doc, sv);
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
  try {
    return Y.encodeStateAsUpdate(doc, sv);
  } finally {
    doc.store.pendingStructs = pendingStructs;
    doc.store.pendingDs = pendingDs;
  }
}
