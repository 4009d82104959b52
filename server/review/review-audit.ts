/**
 * Checks one project's review history against everything that vouches for it, and names each problem:
 *
 * - the chain: numbering, links, each entry's hash (hash-chain.ts);
 * - signatures: every entry signed with the review key, or, for logs from before signing, an unsigned
 *   prefix that ends exactly where the key's legacy seal says ("unsigned (legacy)");
 * - the head: signed, and reached by the log (nothing removed from the end);
 * - the records: each one hashes to what the newest entry about it recorded (record-kinds.ts); none is
 *   missing, none exists without an entry, and no snapshot's bytes differ from its SHA-256;
 * - the project itself: review records, or a status past draft, but no log means the log was deleted.
 *
 * The store-wide count of entries (a whole log deleted with its head) is checked by `auditTotals`.
 */
import { verifyChain, type StoredChainEntry } from './hash-chain';
import { factKey, factSha256, recordKeyOf, type ReviewFact } from './record-kinds';
import type { ReviewKey } from './review-key';
import type { LegacySeal, LogHead, LogTotals } from '../store/review-records';

export interface ProjectHistory {
  projectId: string;
  /** The project's status in the projects table (draft, submitted, …); undefined if the project is gone. */
  status?: string;
  entries: StoredChainEntry[];
  head?: LogHead;
  legacy?: LegacySeal;
  facts: ReviewFact[];
}

export interface AuditProblem {
  /** The entry the problem is at, when there is one. */
  seq?: number;
  /** The record it is about ("comment abc…", "submission 2 (…)"), when there is one. */
  record?: string;
  message: string;
}

export interface ProjectAudit {
  projectId: string;
  entries: number;
  /** Entries written before signing began (verified by their hashes and the legacy seal only). */
  legacy: number;
  headHash: string | null;
  problems: AuditProblem[];
}

/** `key` undefined: no key file was found and nothing in the store is signed (a log from before signing). */
export function auditProject(h: ProjectHistory, key: ReviewKey | undefined): ProjectAudit {
  const problems: AuditProblem[] = [];
  const n = h.entries.length;

  // 1. the chain itself (the head is checked below, with its signature)
  const chain = verifyChain(h.entries);
  if (!chain.ok) problems.push({ seq: chain.brokenAt, message: chain.reason });

  // 2. signatures, and the legacy prefix
  let legacy = 0;
  let legacyEnd = 0;
  if (h.legacy) {
    const sealed = h.entries[h.legacy.seq - 1];
    if (key && !key.verify('legacy', h.legacy.sig, h.projectId, h.legacy.seq, h.legacy.hash)) {
      problems.push({ seq: h.legacy.seq, message: 'the seal of the entries written before signing began was changed (its signature does not match)' });
    } else if (!sealed || sealed.hash !== h.legacy.hash) {
      problems.push({ seq: h.legacy.seq, message: `the entries written before signing began were changed: entry ${h.legacy.seq} is not the one that was sealed` });
    } else legacyEnd = h.legacy.seq;
  }
  for (const e of h.entries) {
    if (e.sig === null) {
      legacy++;
      if (key && e.seq > legacyEnd) problems.push({ seq: e.seq, message: `entry ${e.seq} is not signed: it was written around the server, or its signature was removed` });
    } else if (!key) {
      // reported once by the caller: signed entries need the key file
    } else if (e.keyId !== key.id) {
      problems.push({ seq: e.seq, message: `entry ${e.seq} was signed with key ${e.keyId}, not with this school's key ${key.id}` });
    } else if (!key.verify('entry', e.sig, e.hash)) {
      problems.push({ seq: e.seq, message: `entry ${e.seq}'s signature does not match: the entry was changed and re-hashed, or forged` });
    }
  }

  // 3. the head
  const last = h.entries[n - 1];
  if (!h.head) {
    if (n > 0) problems.push({ message: 'the log has no recorded head (it was deleted)' });
  } else {
    if (key && !(h.head.keyId === key.id && key.verify('head', h.head.sig, h.projectId, h.head.seq, h.head.hash))) {
      problems.push({ seq: h.head.seq, message: 'the recorded head was changed (its signature does not match): entries were removed from the end and the head moved back, or it was forged' });
    }
    if (h.head.seq > n) {
      problems.push({ seq: n + 1, message: `the log ends at entry ${n} but entry ${h.head.seq} was written (entries removed from the end)` });
    } else if (!last || last.seq !== h.head.seq || last.hash !== h.head.hash) {
      problems.push({ seq: h.head.seq, message: `the log does not end at its recorded head, entry ${h.head.seq}` });
    }
  }

  // 4. the records against the newest entry about each
  const vouched = new Map<string, { seq: number; type: string; sha256: string | null | undefined }>();
  for (const e of h.entries) {
    const rec = recordKeyOf(e);
    if (!rec) {
      problems.push({ seq: e.seq, message: `entry ${e.seq} has an unknown type "${e.type}"` });
      continue;
    }
    const sha = e.payload.recordSha256;
    vouched.set(factKey(rec.kind, rec.id), { seq: e.seq, type: e.type, sha256: typeof sha === 'string' || sha === null ? sha : undefined });
  }
  const stored = new Map(h.facts.map((f) => [factKey(f.kind, f.id), f]));
  for (const f of h.facts) {
    if (f.selfCheck) problems.push({ record: f.label, message: `${f.label}: ${f.selfCheck}` });
  }
  for (const [k, v] of vouched) {
    const f = stored.get(k);
    const [kind, ...rest] = k.split(':');
    const name = f?.label ?? `${kind.replace('_', ' ')} ${rest.join(':')}`;
    if (v.sha256 === undefined) continue; // a legacy entry: it does not carry its record's hash
    if (v.sha256 === null) {
      if (f) problems.push({ seq: v.seq, record: name, message: `${name} exists, but entry ${v.seq} (${v.type}) removed it` });
    } else if (!f) {
      problems.push({ seq: v.seq, record: name, message: `${name}, written by entry ${v.seq} (${v.type}), is missing (deleted)` });
    } else if (factSha256(f) !== v.sha256) {
      problems.push({ seq: v.seq, record: name, message: `${name} was changed after entry ${v.seq} (${v.type}) recorded it (its hash differs)` });
    }
  }
  for (const [k, f] of stored) {
    if (!vouched.has(k)) problems.push({ record: f.label, message: `${f.label} is not in the review log (it was added around the review flow)` });
  }

  // 5. a project with a review history but no log
  if (n === 0 && !h.head) {
    if (h.facts.length > 0) problems.push({ message: `the project has ${h.facts.length} review record(s) but no review log (the log was deleted)` });
    else if (h.status && h.status !== 'draft') problems.push({ message: `the project is "${h.status}" but has no review log (the log was deleted)` });
  }

  return { projectId: h.projectId, entries: n, legacy, headHash: last?.hash ?? null, problems };
}

/** The store-wide count against what the logs hold; a problem when a whole log (or entries) went missing. */
export function auditTotals(recorded: LogTotals | undefined, counted: { projects: number; entries: number }, key: ReviewKey | undefined, anySigned: boolean): AuditProblem | null {
  if (!key) return null;
  if (!recorded) {
    return anySigned ? { message: 'the signed count of review-log entries is missing (it was deleted)' } : null;
  }
  if (recorded.keyId !== key.id || !key.verify('totals', recorded.sig, recorded.projects, recorded.entries)) {
    return { message: 'the signed count of review-log entries was changed (its signature does not match)' };
  }
  if (recorded.projects !== counted.projects || recorded.entries !== counted.entries) {
    return {
      message:
        `${recorded.projects} project log(s) with ${recorded.entries} entries were written, but ${counted.projects} with ${counted.entries} are present` +
        (recorded.projects > counted.projects ? ': a whole project log was deleted' : recorded.entries > counted.entries ? ': entries were deleted' : ': entries were added around the server'),
    };
  }
  return null;
}
