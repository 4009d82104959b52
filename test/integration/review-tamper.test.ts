/**
 * Tampering with the review history behind the server's back (issue #13 item 5), the way someone with
 * the database file but not the review key would: each case edits a copy of a real database made through
 * the API with its own SQLite connection (dropping the protecting triggers first), then runs the real
 * `npm run verify-reviews` on it, which must exit non-zero and name the record or entry. Also: a log from
 * before signing is migrated and verified as "unsigned (legacy)", and receipts find their entry — or
 * catch a log rewritten even by someone holding the key.
 */
import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTextCell } from '../../projects/cells/text';
import { entryHash, type ChainEntryBody } from '../../server/review/hash-chain';
import { storeLiveDocs } from '../../server/review/live-doc';
import { readReviewKey } from '../../server/review/review-key';
import { reviewRoutes } from '../../server/review/routes';
import { verifyAll } from '../../server/review/verify';
import { SqliteStore } from '../../server/store/sqlite';
import { startFixture, type Fixture } from './sprout-fixture';

const root = resolve(import.meta.dirname, '../..');
let fx: Fixture;
let pA: string;
let s1: string;
let s2: string;
let comment: string;
let decisionReceipt: string;
let mentorId: number;
const copies: string[] = [];

beforeAll(async () => {
  fx = await startFixture();
  const sync = fx.server.sync;
  reviewRoutes(fx.server.router, { store: fx.store, auth: fx.server.auth, live: { load: (id) => sync.loadDoc(id), edit: (id, change) => sync.editDoc(id, change) } });
  [pA] = fx.demo.projectIds;
  let cell = '';
  await storeLiveDocs(fx.store).edit(pA, (doc) => {
    cell = addTextCell(doc, [{ paragraph: 'The period of a pendulum depends on its length.' }]);
  });
  const student = await fx.login('student1');
  const mentor = await fx.login('mentor');
  mentorId = (await fx.store.accounts.userByUsername('mentor'))!.id;
  const ok = (r: { status: number; body: unknown }, status = 200) => {
    expect(r.status, JSON.stringify(r.body)).toBe(status);
    return r.body as any; // JSON answers read field by field
  };
  s1 = ok(await fx.api(`/api/projects/${pA}/submissions`, { method: 'POST', cookie: student, body: { note: 'v1' } }), 201).submission.id;
  comment = ok(await fx.api(`/api/submissions/${s1}/comments`, { method: 'POST', cookie: mentor, body: { cellId: cell, body: 'Which variable did you change?' } }), 201).comment.id;
  ok(await fx.api(`/api/comments/${comment}/replies`, { method: 'POST', cookie: student, body: { body: 'The length.' } }), 201);
  ok(await fx.api(`/api/comments/${comment}/resolve`, { method: 'POST', cookie: student, body: { resolved: true } }));
  const levels = { research_question: 3, method_variables: 3, data_quality: 3, analysis: 3, conclusion: 3, teamwork: 4, communication: 2, self_management: 1 };
  ok(await fx.api(`/api/submissions/${s1}/score`, { method: 'PUT', cookie: mentor, body: { levels } }));
  const d = ok(await fx.api(`/api/projects/${pA}/defenses`, { method: 'POST', cookie: mentor, body: { scheduledAt: Date.UTC(2030, 4, 20), place: 'Lab 2' } }), 201).defense.id;
  ok(await fx.api(`/api/defenses/${d}/record`, { method: 'PUT', cookie: mentor, body: { questions: [{ question: 'Why ten swings?', answer: 'Less timing error.' }], outcome: 'passed' } }));
  ok(await fx.api(`/api/submissions/${s1}/decision`, { method: 'POST', cookie: mentor, body: { decision: 'revise', summary: 'Change the length, not the mass.' } }));
  await storeLiveDocs(fx.store).edit(pA, (doc) => void addTextCell(doc, [{ paragraph: 'Second version.' }]));
  s2 = ok(await fx.api(`/api/projects/${pA}/submissions`, { method: 'POST', cookie: student, body: { note: 'v2' } }), 201).submission.id;
  decisionReceipt = ok(await fx.api(`/api/submissions/${s1}`, { cookie: student })).submission.decisionReceipt.code;
});
afterAll(async () => {
  await fx.close();
  for (const c of copies) rmSync(c, { recursive: true, force: true });
});

/** A copy of the database (as the file is now) and of the key, in a fresh folder. */
function copyDatabase(): { dataDir: string; keyFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sprout-tamper-'));
  copies.push(dir);
  const dataDir = join(dir, 'data');
  const db = (fx.store as SqliteStore).db; // SQLite only (vitest.config.ts)
  mkdirSync(dataDir);
  db.prepare('VACUUM INTO ?').run(join(dataDir, 'sprout-lab.db'));
  const keyFile = join(dir, 'school.review-key');
  copyFileSync(`${fx.dataDir}.review-key`, keyFile);
  return { dataDir, keyFile };
}

/** Runs `npm run verify-reviews` (the real script) on a data directory. */
function verifyCli(dataDir: string, keyFile: string, args: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'server/review/verify.ts'), ...args],
      { cwd: root, env: { ...process.env, DATA_DIR: dataDir, REVIEW_KEY_FILE: keyFile } },
      (err, stdout, stderr) => done({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Edits the copy with a plain SQLite connection, as someone with the file would. */
function tamper(dataDir: string, edit: (db: Database.Database) => void): void {
  const db = new Database(join(dataDir, 'sprout-lab.db'));
  try {
    db.exec('DROP TRIGGER IF EXISTS review_log_append_only; DROP TRIGGER IF EXISTS review_submissions_frozen;');
    edit(db);
  } finally {
    db.close();
  }
}

interface Row { project_id: string; seq: number; type: string; actor_id: number; at: number; payload: string; prev_hash: string; hash: string }
const body = (r: Row): ChainEntryBody => ({ projectId: r.project_id, seq: r.seq, type: r.type as ChainEntryBody['type'], actorId: r.actor_id, at: r.at, payload: JSON.parse(r.payload), prevHash: r.prev_hash });

/** Re-hashes the project's chain from entry `from` on (links and hashes), and moves the head to match. */
function rehash(db: Database.Database, projectId: string, from: number): void {
  const rows = db.prepare('SELECT * FROM review_log WHERE project_id = ? ORDER BY seq').all(projectId) as Row[];
  let prev = from > 1 ? rows[from - 2].hash : '0'.repeat(64);
  for (const r of rows.slice(from - 1)) {
    const h = entryHash({ ...body(r), prevHash: prev });
    db.prepare('UPDATE review_log SET prev_hash = ?, hash = ? WHERE project_id = ? AND seq = ?').run(prev, h, projectId, r.seq);
    prev = h;
  }
  db.prepare('UPDATE review_log_heads SET hash = ? WHERE project_id = ?').run(prev, projectId);
}

describe('verify-reviews on an untouched database', () => {
  it('passes: every entry signed, every record matches, receipt found (exit 0)', async () => {
    const { dataDir, keyFile } = copyDatabase();
    const r = await verifyCli(dataDir, keyFile);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^OK\\s+${pA}\\s+9 entries \\(9 signed\\)`, 'm'));
    const receipt = await verifyCli(dataDir, keyFile, ['--receipt', decisionReceipt.toLowerCase()]);
    expect(receipt.code).toBe(0);
    expect(receipt.stdout).toContain(`entry 8 (decision`);
  }, 30_000);

  it('keeps the key outside the database, readable by its owner only', () => {
    const file = `${fx.dataDir}.review-key`;
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const key = readReviewKey(file)!;
    const row = (fx.store as SqliteStore).db.prepare('SELECT key_id FROM review_log LIMIT 1').get() as { key_id: string };
    expect(row.key_id).toBe(key.id);
    // the secret appears nowhere in the database file
    const secret = Buffer.from((JSON.parse(readFileSync(file, 'utf8')) as { key: string }).key, 'base64url');
    expect(readFileSync(join(fx.dataDir, 'sprout-lab.db')).includes(secret)).toBe(false);
  });
});

describe('verify-reviews finds each kind of tampering, naming the record (exit 1)', () => {
  // expectations are functions: the ids are known only once beforeAll has run
  const cases: [string, (db: Database.Database) => void, () => RegExp][] = [
    [
      'editing a log entry',
      (db) => {
        const r = db.prepare('SELECT payload FROM review_log WHERE project_id = ? AND seq = 2').get(pA) as { payload: string };
        db.prepare('UPDATE review_log SET payload = ? WHERE project_id = ? AND seq = 2').run(r.payload.replace('Which variable', 'Looks great!'), pA);
      },
      () => /at entry 2 of 9: entry 2 was changed after it was written/,
    ],
    [
      "zeroing a snapshot's bytes",
      (db) => db.prepare('UPDATE review_submissions SET state = zeroblob(length(state)) WHERE id = ?').run(s1),
      () => new RegExp(`submission 1 \\(${s1.slice(0, 10)}…\\): its snapshot bytes do not match their SHA-256`),
    ],
    [
      'swapping a snapshot together with its sha256 column',
      (db) => {
        const other = db.prepare('SELECT state, sha256, bytes FROM review_submissions WHERE id = ?').get(s2) as { state: Buffer; sha256: string; bytes: number };
        db.prepare('UPDATE review_submissions SET state = ?, sha256 = ?, bytes = ? WHERE id = ?').run(other.state, other.sha256, other.bytes, s1);
      },
      () => new RegExp(`at entry 1 of 9: submission 1 \\(${s1.slice(0, 10)}…\\) was changed after entry 1 \\(submit\\) recorded it`),
    ],
    [
      'changing a score',
      (db) => db.prepare('UPDATE review_scores SET total = 100, levels = ? WHERE submission_id = ?').run(JSON.stringify({ research_question: 4 }), s1),
      () => new RegExp(`at entry 5 of 9: score of submission 1 by user ${mentorId} was changed after entry 5 \\(score\\)`),
    ],
    [
      "changing a comment's body",
      (db) => db.prepare('UPDATE review_comments SET body = ? WHERE id = ?').run('Looks great!', comment),
      () => new RegExp(`at entry 2 of 9: comment ${comment.slice(0, 10)}… was changed after entry 2 \\(comment\\)`),
    ],
    [
      'changing a decision',
      (db) => db.prepare("UPDATE review_submissions SET decision = 'approve', status = 'approved' WHERE id = ?").run(s1),
      () => new RegExp(`at entry 8 of 9: decision on submission 1 \\(${s1.slice(0, 10)}…\\) was changed after entry 8 \\(decision\\)`),
    ],
    [
      'deleting the newest entry and moving the head back',
      (db) => {
        db.prepare('DELETE FROM review_log WHERE project_id = ? AND seq = 9').run(pA);
        const prev = db.prepare('SELECT hash FROM review_log WHERE project_id = ? AND seq = 8').get(pA) as { hash: string };
        db.prepare('UPDATE review_log_heads SET seq = 8, hash = ? WHERE project_id = ?').run(prev.hash, pA);
        db.prepare('DELETE FROM review_submissions WHERE id = ?').run(s2);
      },
      () => /at entry 8 of 8: the recorded head was changed \(its signature does not match\)[\s\S]*9 entries were written, but 1 with 8 are present: entries were deleted/,
    ],
    [
      're-hashing the whole chain after an edit',
      (db) => {
        const r = db.prepare('SELECT payload FROM review_log WHERE project_id = ? AND seq = 2').get(pA) as { payload: string };
        db.prepare('UPDATE review_log SET payload = ? WHERE project_id = ? AND seq = 2').run(r.payload.replace('Which variable did you change?', 'Looks great!'), pA);
        db.prepare('UPDATE review_comments SET body = ? WHERE id = ?').run('Looks great!', comment);
        rehash(db, pA, 2);
      },
      () => /at entry 2 of 9: entry 2's signature does not match: the entry was changed and re-hashed, or forged/,
    ],
    [
      "deleting a project's whole log",
      (db) => {
        db.prepare('DELETE FROM review_log WHERE project_id = ?').run(pA);
        db.prepare('DELETE FROM review_log_heads WHERE project_id = ?').run(pA);
      },
      () => new RegExp(`BROKEN\\s+${pA}\\s+the project has \\d+ review record\\(s\\) but no review log \\(the log was deleted\\)[\\s\\S]*a whole project log was deleted`),
    ],
    [
      "deleting a project's whole log and every review record with it",
      (db) => {
        db.prepare('DELETE FROM review_log WHERE project_id = ?').run(pA);
        db.prepare('DELETE FROM review_log_heads WHERE project_id = ?').run(pA);
        db.prepare('DELETE FROM review_defenses WHERE project_id = ?').run(pA);
        db.prepare('DELETE FROM review_submissions WHERE project_id = ?').run(pA);
      },
      () => new RegExp(`BROKEN\\s+${pA}\\s+the project is "submitted" but has no review log[\\s\\S]*BROKEN\\s+\\(all projects\\)\\s+1 project log\\(s\\) with 9 entries were written, but 0 with 0 are present: a whole project log was deleted`),
    ],
  ];

  for (const [name, edit, expected] of cases) {
    it(name, async () => {
      const { dataDir, keyFile } = copyDatabase();
      tamper(dataDir, edit);
      const r = await verifyCli(dataDir, keyFile);
      expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 1, stdout: expect.stringMatching(expected()) });
    }, 30_000);
  }

  it('a receipt catches a log rewritten even by someone holding the key', async () => {
    const { dataDir, keyFile } = copyDatabase();
    const key = readReviewKey(keyFile)!;
    tamper(dataDir, (db) => {
      // soften the decision, re-hash, and re-sign everything with the stolen key
      const r = db.prepare('SELECT payload FROM review_log WHERE project_id = ? AND seq = 8').get(pA) as { payload: string };
      db.prepare('UPDATE review_log SET payload = ? WHERE project_id = ? AND seq = 8').run(r.payload.replace('Change the length, not the mass.', 'Fine.'), pA);
      rehash(db, pA, 8);
      for (const e of db.prepare('SELECT seq, hash FROM review_log WHERE project_id = ? AND seq >= 8').all(pA) as { seq: number; hash: string }[]) {
        db.prepare('UPDATE review_log SET sig = ? WHERE project_id = ? AND seq = ?').run(key.sign('entry', e.hash), pA, e.seq);
      }
      const head = db.prepare('SELECT seq, hash FROM review_log_heads WHERE project_id = ?').get(pA) as { seq: number; hash: string };
      db.prepare('UPDATE review_log_heads SET sig = ? WHERE project_id = ?').run(key.sign('head', pA, head.seq, head.hash), pA);
    });
    const receipt = await verifyCli(dataDir, keyFile, ['--receipt', decisionReceipt]);
    expect(receipt.code).toBe(1);
    expect(receipt.stdout).toMatch(new RegExp(`BROKEN\\s+receipt ${decisionReceipt} matches no entry: entry 8 of the log it was issued from was changed or removed`));
  }, 30_000);

  it('refuses to check (exit 2) when the key file of a signed log is missing', async () => {
    const { dataDir } = copyDatabase();
    const r = await verifyCli(dataDir, join(dataDir, '..', 'nowhere.review-key'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/review key .*nowhere\.review-key is missing, but the review log was signed with key [0-9a-f]{12}/);
  }, 30_000);
});

describe('a review log from before signing', () => {
  it('is sealed when the server first opens it, verified as "unsigned (legacy)", and still guarded against a rewrite', async () => {
    const { dataDir } = copyDatabase();
    const keyFile = join(dataDir, '..', 'fresh.review-key');
    // make the copy look like a database of the previous release: no signature columns, no seal, no count
    tamper(dataDir, (db) => {
      db.exec('DROP TABLE review_log_legacy; DROP TABLE review_log_totals;');
      db.exec('ALTER TABLE review_log DROP COLUMN key_id; ALTER TABLE review_log DROP COLUMN sig;');
      db.exec('ALTER TABLE review_log_heads DROP COLUMN key_id; ALTER TABLE review_log_heads DROP COLUMN sig;');
      db.pragma('user_version = 1'); // that release's schema version (before versioned migrations)
    });
    // the old checks apply before any key exists (verify-reviews beside an old server): exit 0
    const before = await verifyCli(dataDir, keyFile);
    expect(before.code).toBe(0);
    expect(before.stdout).toMatch(/9 entries \(9 unsigned \(legacy\), 0 signed\)[\s\S]*Note: no review key yet/);
    expect(existsSync(keyFile)).toBe(false); // the checker never makes a key

    // the server starts on it: the key is made and the old log sealed
    const store = new SqliteStore({ dataDir, reviewKeyFile: keyFile });
    try {
      expect(existsSync(keyFile)).toBe(true);
      const lines: string[] = [];
      expect(await verifyAll(store, (l) => lines.push(l))).toEqual({ projects: 1, broken: 0, storeWide: null });
      expect(lines[0]).toMatch(/9 entries \(9 unsigned \(legacy\), 0 signed\)/);
      // a new event is signed and carries its record's hash
      const s = (await store.reviews.submissionsOfProject(pA))[1];
      await store.reviews.decide(s.id, { decision: 'approve', summary: 'Good.', by: mentorId, at: Date.now() }, {
        projectId: pA, type: 'decision', actorId: mentorId, at: Date.now(), payload: { submissionId: s.id, decision: 'approve', summary: 'Good.' },
      });
      const log = await store.reviews.log(pA);
      expect(log[9]).toMatchObject({ seq: 10, keyId: store.reviews.key!.id, sig: expect.stringMatching(/^[0-9a-f]{64}$/), payload: { recordSha256: expect.stringMatching(/^[0-9a-f]{64}$/) } });
      lines.length = 0;
      expect(await verifyAll(store, (l) => lines.push(l))).toMatchObject({ broken: 0 });
      expect(lines[0]).toMatch(/10 entries \(9 unsigned \(legacy\), 1 signed\)/);
    } finally {
      await store.close();
    }
    // rewriting the legacy part (re-hashed, unsigned as before) breaks the seal
    tamper(dataDir, (db) => {
      const r = db.prepare('SELECT payload FROM review_log WHERE project_id = ? AND seq = 2').get(pA) as { payload: string };
      db.prepare('UPDATE review_log SET payload = ? WHERE project_id = ? AND seq = 2').run(r.payload.replace('Which variable', 'Nice'), pA);
      rehash(db, pA, 2);
    });
    const after = await verifyCli(dataDir, keyFile);
    expect(after.code).toBe(1);
    expect(after.stdout).toMatch(/at entry 9 of 10: the entries written before signing began were changed: entry 9 is not the one that was sealed/);
  }, 60_000);
});
