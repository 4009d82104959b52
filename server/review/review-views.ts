/** The JSON shapes the review API answers with (people by id and display name, never password hashes), typed by the contract (projects/contracts/review.ts). */
import type { CommentThread, Defense, Person, Score, Submission } from '../../projects/contracts/review';
import type { UserRecord } from '../store/records';
import type { CommentRecord, DefenseRecord, ScoreRecord, SubmissionRecord } from '../store/review-records';
import type { Store } from '../store/store';

export type PersonView = Person;

/** Looks people up once per request. */
export class People {
  private readonly cache = new Map<number, Promise<UserRecord | undefined>>();
  constructor(private readonly store: Store) {}

  /** Reads these people in one query, so views of them cost no statement each (a list of many rows). */
  async preload(ids: Iterable<number | null | undefined>): Promise<void> {
    const missing = [...new Set([...ids].filter((id): id is number => typeof id === 'number' && !this.cache.has(id)))];
    if (!missing.length) return;
    const found = this.store.accounts.usersByIds(missing);
    for (const id of missing) this.cache.set(id, found.then((m) => m.get(id)));
    await found;
  }

  async view(id: number | null): Promise<PersonView | null> {
    if (id === null) return null;
    let p = this.cache.get(id);
    if (!p) this.cache.set(id, (p = this.store.accounts.userById(id)));
    const u = await p;
    return u ? { id: u.id, displayName: u.displayName, role: u.role } : { id, displayName: `#${id}`, role: 'unknown' };
  }
}

export async function submissionView(s: SubmissionRecord, people: People): Promise<Submission> {
  return {
    id: s.id,
    projectId: s.projectId,
    number: s.number,
    sha256: s.sha256,
    bytes: s.bytes,
    note: s.note,
    submittedAt: s.submittedAt,
    submittedBy: await people.view(s.submittedBy),
    mentor: await people.view(s.mentorId),
    status: s.status,
    decision: s.decision ? { decision: s.decision, summary: s.decisionSummary ?? '', decidedAt: s.decidedAt, decidedBy: await people.view(s.decidedBy) } : null,
  };
}

/** Top-level comments with their replies nested, oldest first. */
export async function commentThreads(comments: CommentRecord[], people: People): Promise<CommentThread[]> {
  const one = async (c: CommentRecord) => ({
    id: c.id,
    cellId: c.cellId,
    range: c.range,
    body: c.body,
    author: await people.view(c.authorId),
    createdAt: c.createdAt,
    resolved: c.resolvedAt !== null ? { at: c.resolvedAt, by: await people.view(c.resolvedBy) } : null,
  });
  const tops = comments.filter((c) => c.parentId === null);
  return Promise.all(
    tops.map(async (c) => ({ ...(await one(c)), replies: await Promise.all(comments.filter((r) => r.parentId === c.id).map(one)) })),
  );
}

export async function scoreView(s: ScoreRecord, people: People): Promise<Score> {
  return { scorer: await people.view(s.scorerId), levels: s.levels, remarks: s.remarks, total: s.total, rubric: s.rubric, scoredAt: s.scoredAt };
}

export async function defenseView(d: DefenseRecord, people: People): Promise<Defense> {
  return {
    id: d.id,
    projectId: d.projectId,
    submissionId: d.submissionId,
    scheduledAt: d.scheduledAt,
    durationMin: d.durationMin,
    place: d.place,
    videoUrl: d.videoUrl,
    createdBy: await people.view(d.createdBy),
    questions: d.questions,
    outcome: d.outcome,
    notes: d.notes,
    recordedAt: d.recordedAt,
  };
}
