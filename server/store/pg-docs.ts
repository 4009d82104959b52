/**
 * Yjs documents in PostgreSQL: a snapshot per project plus the updates appended after it.
 *
 * Several server processes may hold the same document (server/cluster): each appends its own updates and
 * only the holder of the document's lease compacts. A compaction deletes exactly the updates its
 * snapshot was built from (their ids, never "everything up to id N": another process's update may have a
 * smaller id and not be in this snapshot yet), and it never loses what a snapshot written by another
 * process holds: when the stored snapshot is not the one this process last read or wrote (compared by
 * MD5, so the bytes are fetched only then), the two are merged (Yjs updates merge without conflict).
 */
import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import type { StoredDoc } from './records';
import type { PgDb } from './pg-db';
import type { DocStore, FoldedUpdates } from './store';
import { TOUCH_EVERY_MS } from './sqlite-doc-writer';

const md5 = (data: Uint8Array) => createHash('md5').update(data).digest('hex');
/** Snapshot digests remembered (per project this process read or wrote); a forgotten one costs a merge. */
const MAX_KNOWN = 20_000;

/**
 * The sync journal starts an append at most every APPEND_GAP_MS (journal.ts): at the cluster bench's 1 300
 * updates a second per process, batches of ~7 instead of 1–2 (an INSERT and its commit cost PostgreSQL
 * ~170 µs of CPU and this process ~150 µs, a row a few µs), for at most this much more time per edit.
 */
export const APPEND_GAP_MS = 5;

export class PgDocs implements DocStore {
  readonly appendGapMs = APPEND_GAP_MS;
  private readonly known = new Map<string, string>();
  private readonly lastTouched = new Map<string, number>();

  constructor(private readonly db: PgDb) {}

  private remember(projectId: string, digest: string): void {
    this.known.delete(projectId);
    this.known.set(projectId, digest);
    if (this.known.size > MAX_KNOWN) this.known.delete(this.known.keys().next().value as string);
  }

  async loadDoc(projectId: string): Promise<StoredDoc> {
    // one statement: the snapshot (id 0) and the updates as of the same moment
    const rows = await this.db.query<{ id: number; data: Buffer }>(
      `SELECT 0::int8 AS id, data FROM doc_snapshots WHERE project_id = $1
       UNION ALL (SELECT id, data FROM doc_updates WHERE project_id = $1 ORDER BY id)`,
      [projectId],
    );
    const snap = rows.length && rows[0].id === 0 ? rows[0] : undefined;
    const updates = snap ? rows.slice(1) : rows;
    if (snap) this.remember(projectId, md5(snap.data));
    let storedBytes = snap ? snap.data.length : 0;
    for (const r of updates) storedBytes += r.data.length;
    return {
      snapshot: snap ? new Uint8Array(snap.data) : null,
      updates: updates.map((r) => new Uint8Array(r.data)),
      updateIds: updates.map((r) => r.id),
      lastUpdateId: updates.length ? updates[updates.length - 1].id : 0,
      storedBytes,
    };
  }

  /** One prepared statement for the batch: committed (PostgreSQL's synchronous commit) when it resolves. */
  async appendUpdates(batch: { projectId: string; update: Uint8Array }[], now: number): Promise<number[]> {
    if (!batch.length) return [];
    const touch: string[] = [];
    for (const { projectId } of batch) {
      if (now - (this.lastTouched.get(projectId) ?? -Infinity) < TOUCH_EVERY_MS) continue;
      this.lastTouched.set(projectId, now);
      touch.push(projectId);
    }
    if (this.lastTouched.size > MAX_KNOWN) this.lastTouched.clear();
    const rows = await this.db.prepared<{ id: number }>(
      'sprout_append_updates',
      `WITH ins AS (
         INSERT INTO doc_updates (project_id, data, created_at)
         SELECT p, d, $3 FROM unnest($1::text[], $2::bytea[]) WITH ORDINALITY AS u(p, d, n) ORDER BY n
         RETURNING id
       ), touched AS (
         UPDATE projects SET updated_at = $3 WHERE id = ANY($4::text[])
       )
       SELECT id FROM ins ORDER BY id`,
      [batch.map((b) => b.projectId), batch.map((b) => Buffer.from(b.update.buffer, b.update.byteOffset, b.update.byteLength)), now, [...new Set(touch)]],
    );
    return rows.map((r) => r.id);
  }

  async compact(projectId: string, snapshot: Uint8Array, folded: FoldedUpdates): Promise<void> {
    const now = Date.now();
    const written = await this.db.tx(async (q) => {
      const stored = await q.one<{ digest: string }>('SELECT md5(data) AS digest FROM doc_snapshots WHERE project_id = $1 FOR UPDATE', [projectId]);
      let data = snapshot;
      if (stored && stored.digest !== this.known.get(projectId)) {
        // another process compacted since this one read the snapshot: keep what its snapshot holds
        const other = (await q.one<{ data: Buffer }>('SELECT data FROM doc_snapshots WHERE project_id = $1', [projectId]))!;
        data = Y.mergeUpdates([new Uint8Array(other.data), snapshot]);
      }
      await q.run(
        `INSERT INTO doc_snapshots (project_id, data, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (project_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
        [projectId, Buffer.from(data.buffer, data.byteOffset, data.byteLength), now],
      );
      if (folded.ids.length) await q.run('DELETE FROM doc_updates WHERE project_id = $1 AND id = ANY($2::int8[])', [projectId, [...folded.ids]]);
      return data;
    });
    this.remember(projectId, md5(written));
  }
}
