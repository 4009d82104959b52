/**
 * `npm run verify-reviews`: checks every project's review history in the database (DATA_DIR's SQLite, or DATABASE_URL's
 * PostgreSQL) against the review key (REVIEW_KEY_FILE, default `<DATA_DIR>.review-key`; review-audit.ts says what is checked) and
 * prints one line per project (OK) or per problem (BROKEN, naming the entry and the record). Exit code 1
 * if anything is broken, 2 if it cannot check (no database, a missing key for a signed log).
 *
 * `npm run verify-reviews -- --receipt 12-K3F9Q-7XW2M`: finds the entry a receipt was issued for and
 * checks its project; exit code 1 when no entry matches (the entry was changed or removed).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, readConfig } from '../config';
import { openStore } from '../store/open-store';
import type { Store } from '../store/store';
import { auditProject, auditTotals, type ProjectAudit } from './review-audit';
import { parseReceipt, ReviewKeyError } from './review-key';

type Print = (line: string) => void;

async function auditOne(store: Store, projectId: string, status: string | undefined): Promise<ProjectAudit> {
  const r = store.reviews;
  const [entries, head, legacy, facts] = await Promise.all([r.log(projectId), r.logHead(projectId), r.legacySeal(projectId), r.factsOfProject(projectId)]);
  return auditProject({ projectId, status, entries, head, legacy, facts }, r.key);
}

function printAudit(a: ProjectAudit, receipt: string | null, print: Print): void {
  if (a.problems.length === 0) {
    const signed = a.entries - a.legacy;
    const kinds = a.legacy > 0 ? `${a.legacy} unsigned (legacy), ${signed} signed` : `${signed} signed`;
    print(`OK      ${a.projectId}  ${a.entries} entries (${kinds})  head ${a.headHash ? `${a.headHash.slice(0, 16)}…` : '-'}${receipt ? `  receipt ${receipt}` : ''}`);
    return;
  }
  for (const p of a.problems) print(`BROKEN  ${a.projectId}  ${p.seq !== undefined ? `at entry ${p.seq} of ${a.entries}: ` : ''}${p.message}`);
}


export async function verifyAll(store: Store, print: Print): Promise<{ projects: number; broken: number; storeWide: string | null }> {
  const statuses = await store.projects.statuses();
  const withHistory = new Set([...(await store.reviews.projectsWithLog()), ...(await store.reviews.projectsWithRecords())]);
  for (const [id, status] of statuses) if (status !== 'draft') withHistory.add(id);
  const ids = [...withHistory].sort();
  let broken = 0;
  for (const id of ids) {
    const a = await auditOne(store, id, statuses.get(id));
    if (a.problems.length) broken++;
    printAudit(a, a.problems.length === 0 && a.entries > 0 ? await store.reviews.receipt(id, a.entries) : null, print);
  }
  const { recorded, counted } = await store.reviews.logTotals();
  const totals = auditTotals(recorded, counted, store.reviews.key, (await store.reviews.signedKeyIds()).length > 0);
  if (totals) print(`BROKEN  (all projects)  ${totals.message}`);
  if (!store.reviews.key && ids.length > 0) print('Note: no review key yet; the logs were written before signing began and are checked as unsigned (legacy).');
  print(ids.length === 0 ? 'No review history to check.' : `${ids.length} project(s) checked, ${broken} broken${totals ? ', and the store-wide count does not match' : ''}.`);
  return { projects: ids.length, broken, storeWide: totals?.message ?? null };
}

/** Finds the entry a receipt was issued for; ok when it is there and its project's history holds. */
export async function verifyReceipt(store: Store, text: string, print: Print): Promise<{ ok: boolean }> {
  const parsed = parseReceipt(text);
  if (!parsed) {
    print(`"${text}" is not a receipt; a receipt looks like 12-K3F9Q-7XW2M (entry number, then ten letters and digits)`);
    return { ok: false };
  }
  const key = store.reviews.key;
  if (!key) {
    print('There is no review key, so no receipt was ever issued from this database.');
    return { ok: false };
  }
  const statuses = await store.projects.statuses();
  const shorter: string[] = [];
  for (const id of await store.reviews.projectsWithLog()) {
    const entries = await store.reviews.log(id);
    const e = entries[parsed.seq - 1];
    if (!e) {
      const head = await store.reviews.logHead(id);
      if (head && head.seq >= parsed.seq) shorter.push(id);
      continue;
    }
    if (key.receipt(id, e.seq, e.hash) !== parsed.code) continue;
    print(`Receipt ${parsed.code}: entry ${e.seq} (${e.type}, ${new Date(e.at).toISOString()}) of project ${id} is in its review log.`);
    const a = await auditOne(store, id, statuses.get(id));
    printAudit(a, null, print);
    return { ok: a.problems.length === 0 };
  }
  print(
    `BROKEN  receipt ${parsed.code} matches no entry: entry ${parsed.seq} of the log it was issued from was changed or removed` +
      (shorter.length ? ` (logs whose head says they reached entry ${parsed.seq} but are shorter now: ${shorter.join(', ')})` : '') +
      '. (Or the code was mistyped.)',
  );
  return { ok: false };
}

const USAGE = 'usage: npm run verify-reviews [-- --receipt <code>]';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let receipt: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--receipt' && args[i + 1] !== undefined) receipt = args[++i];
    else if (args[i] === '--help') {
      console.log(USAGE);
      return;
    } else {
      console.error(`unknown option ${args[i]}; ${USAGE}`);
      process.exit(2);
    }
  }
  let config;
  try {
    config = readConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  if (!config.database && !existsSync(join(config.dataDir, 'sprout-lab.db'))) {
    console.error(`no database at ${join(config.dataDir, 'sprout-lab.db')} (set DATA_DIR)`);
    process.exit(2);
  }
  let store: Store;
  try {
    // may run beside a live server: documents and the key are only read
    store = await openStore(config, { documents: 'read', warn: (m) => console.warn(`warning: ${m}`) });
  } catch (e) {
    if (e instanceof ReviewKeyError) {
      console.error(`cannot check the review log: ${e.message}`);
      process.exit(2);
    }
    throw e;
  }
  try {
    if (receipt !== undefined) {
      process.exitCode = (await verifyReceipt(store, receipt, (l) => console.log(l))).ok ? 0 : 1;
    } else {
      const { broken, storeWide } = await verifyAll(store, (l) => console.log(l));
      process.exitCode = broken > 0 || storeWide ? 1 : 0;
    }
  } finally {
    await store.close();
  }
}

// run as a script: from source (tsx server/review/verify.ts) or from the bundle (node dist-server/verify-reviews.js)
if (process.argv[1] && /(verify\.ts|verify-reviews\.js)$/.test(process.argv[1])) void main();
