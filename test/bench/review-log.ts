/**
 * The signed review log (figures only, no pass/fail on time), on a real SQLite file:
 * - appending a comment: the record, its hash, the chained entry, its HMAC, the signed head and count,
 *   in one transaction with synchronous=FULL (what a mentor's click costs the server);
 * - `verify-reviews` over one project with that many entries (chain, signatures, every record re-read and
 *   hashed, the snapshot's bytes hashed).
 * Runnable alone: `npx tsx test/bench/review-log.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { addTextCell } from '../../projects/cells/text';
import { createProjectDoc } from '../../projects/schema';
import { freezeProject } from '../../projects/snapshot';
import { createDemoSchool } from '../../server/demo-school';
import { defaultReviewKeyFile } from '../../server/review/review-key';
import { verifyAll } from '../../server/review/verify';
import { SqliteStore } from '../../server/store/sqlite';

type Bench = { name: string; figures: Record<string, number | string> };
const round = (x: number, d = 3) => Number(x.toPrecision(d));

export default async function run(entries = 2000): Promise<Bench[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sprout-bench-review-'));
  const store = new SqliteStore({ dataDir });
  try {
    const demo = await createDemoSchool(store, { password: 'bench-pass-1', scrypt: { N: 2 ** 10, r: 8, p: 1 }, templates: false });
    const projectId = demo.projectIds[0];
    const student = (await store.accounts.userByUsername('student1'))!.id;
    const mentor = (await store.accounts.userByUsername('mentor'))!.id;
    const doc = createProjectDoc();
    const cell = addTextCell(doc, [{ paragraph: 'The period of a pendulum depends on its length. '.repeat(200) }]);
    const frozen = await freezeProject(doc);
    const at = Date.now();
    await store.reviews.addSubmission(
      { id: 'bench-s1', projectId, number: 1, sha256: frozen.sha256, bytes: frozen.bytes, submittedBy: student, submittedAt: at, note: '', mentorId: mentor, status: 'submitted', decision: null, decisionSummary: null, decidedBy: null, decidedAt: null },
      frozen.state,
      { projectId, type: 'submit', actorId: student, at, payload: { submissionId: 'bench-s1', number: 1, sha256: frozen.sha256 } },
    );
    const times: number[] = [];
    for (let i = 1; i < entries; i++) {
      const id = `bench-c${i}`;
      const body = `Comment ${i}: state which variable you change and which you keep fixed.`;
      const t0 = performance.now();
      await store.reviews.addComment(
        { id, submissionId: 'bench-s1', projectId, cellId: cell, range: null, parentId: null, authorId: mentor, body, createdAt: at + i, resolvedAt: null, resolvedBy: null },
        { projectId, type: 'comment', actorId: mentor, at: at + i, payload: { commentId: id, submissionId: 'bench-s1', cellId: cell, body } },
      );
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const t0 = performance.now();
    const result = await verifyAll(store, () => {});
    const verifyMs = performance.now() - t0;
    return [
      {
        name: `review log: append a comment (signed entry, record hash, head, count; SQLite synchronous=FULL), ${entries - 1} appends`,
        figures: { p50Ms: round(times[Math.floor(times.length / 2)]), p95Ms: round(times[Math.floor(times.length * 0.95)]), snapshotBytes: frozen.bytes },
      },
      {
        name: `verify-reviews: one project, ${entries} entries (${result.broken} broken)`,
        figures: { totalMs: round(verifyMs), perEntryUs: round((verifyMs * 1000) / entries) },
      },
    ];
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(defaultReviewKeyFile(dataDir), { force: true });
  }
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  for (const b of await run()) console.log(b.name, b.figures);
}
