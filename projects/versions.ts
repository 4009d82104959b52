/**
 * Named versions: Yjs snapshots stored inside the document (`versions`: Y.Array of Y.Map{ id, name,
 * createdBy, createdAt, snapshot }), so every teammate and the server see the same history.
 * Viewing a version rebuilds the document as it was (needs `gc: false`, see createProjectDoc);
 * restoring copies that old content over the current cells as a new change (nothing is lost: the
 * state before the restore is saved as a version first).
 */
import * as Y from 'yjs';
import { cellsArray, createProjectDoc, metaMap, newId, ProjectSchemaError, transact } from './schema';

export interface VersionInfo {
  id: string;
  name: string;
  createdBy: string;
  createdAt: number;
}

function versionsArray(doc: Y.Doc): Y.Array<Y.Map<unknown>> {
  return doc.getArray<Y.Map<unknown>>('versions');
}

export function listVersions(doc: Y.Doc): VersionInfo[] {
  return versionsArray(doc)
    .toArray()
    .map((m) => ({ id: String(m.get('id')), name: String(m.get('name') ?? ''), createdBy: String(m.get('createdBy') ?? ''), createdAt: Number(m.get('createdAt') ?? 0) }));
}

export function saveVersion(doc: Y.Doc, name: string, opts: { createdBy?: string; now?: number } = {}): string {
  if (doc.gc) throw new ProjectSchemaError('named versions need a document created with gc: false (createProjectDoc)');
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 120) throw new ProjectSchemaError('version name must be 1 to 120 characters');
  const id = newId('v');
  const snap = Y.encodeSnapshot(Y.snapshot(doc));
  transact(doc, () => {
    const m = new Y.Map<unknown>();
    versionsArray(doc).push([m]);
    m.set('id', id);
    m.set('name', trimmed);
    m.set('createdBy', opts.createdBy ?? '');
    m.set('createdAt', opts.now ?? Date.now());
    m.set('snapshot', snap);
  });
  return id;
}

/** The project as it was at a version, as a separate document (show it read-only). */
export function openVersion(doc: Y.Doc, versionId: string): Y.Doc {
  const m = versionsArray(doc)
    .toArray()
    .find((v) => v.get('id') === versionId);
  if (!m) throw new ProjectSchemaError(`no version with id "${versionId}"`);
  const snap = Y.decodeSnapshot(m.get('snapshot') as Uint8Array);
  const old = Y.createDocFromSnapshot(doc, snap, createProjectDoc());
  return old;
}

/**
 * Make the current document look like the version again, as a new change that teammates receive
 * like any other edit. The current state is saved first as "before restoring …".
 */
export function restoreVersion(doc: Y.Doc, versionId: string, opts: { createdBy?: string; now?: number; beforeName?: string; afterName?: string } = {}): void {
  const info = listVersions(doc).find((v) => v.id === versionId);
  if (!info) throw new ProjectSchemaError(`no version with id "${versionId}"`);
  const old = openVersion(doc, versionId);
  saveVersion(doc, opts.beforeName ?? `before restoring "${info.name}"`, opts);
  transact(doc, () => {
    const cells = cellsArray(doc);
    cells.delete(0, cells.length);
    cells.push(cellsArray(old).toArray().map((c) => c.clone()));
    const meta = metaMap(doc);
    const oldMeta = metaMap(old);
    for (const key of ['title', 'question', 'subject']) {
      const v = oldMeta.get(key);
      if (v !== undefined && meta.get(key) !== v) meta.set(key, v);
    }
  });
  saveVersion(doc, opts.afterName ?? `restored "${info.name}"`, opts);
}
