/**
 * Each review record as the log vouches for it (record-kinds.ts): which of its fields are hashed. Fields
 * that change through later events belong to the record those events write (a comment's resolution, a
 * submission's decision, a defense's record), so each hashed record changes only with its own entries.
 * A submission's fact includes the SHA-256 of its snapshot bytes, so bytes changed behind the log show.
 */
import type { JsonValue } from './hash-chain';
import type { ReviewFact } from './record-kinds';
import type { CommentRecord, DefenseRecord, ScoreRecord, SubmissionRecord } from '../store/review-records';

const short = (id: string) => (id.length > 10 ? `${id.slice(0, 10)}…` : id);

export function submissionFact(s: SubmissionRecord, stateSha256: string): ReviewFact {
  return {
    kind: 'submission', id: s.id, projectId: s.projectId, label: `submission ${s.number} (${short(s.id)})`,
    content: {
      id: s.id, projectId: s.projectId, number: s.number, sha256: s.sha256, stateSha256, bytes: s.bytes,
      submittedBy: s.submittedBy, submittedAt: s.submittedAt, note: s.note, mentorId: s.mentorId,
    },
    selfCheck: stateSha256 === s.sha256 ? undefined : `its snapshot bytes do not match their SHA-256 (stored ${s.sha256.slice(0, 12)}…, bytes hash to ${stateSha256.slice(0, 12)}…)`,
  };
}

/** Null while the submission is undecided. */
export function decisionFact(s: SubmissionRecord): ReviewFact | null {
  if (s.decision === null) return null;
  return {
    kind: 'decision', id: s.id, projectId: s.projectId, label: `decision on submission ${s.number} (${short(s.id)})`,
    content: { submissionId: s.id, decision: s.decision, summary: s.decisionSummary, decidedBy: s.decidedBy, decidedAt: s.decidedAt, status: s.status },
  };
}

export function commentFact(c: CommentRecord): ReviewFact {
  return {
    kind: 'comment', id: c.id, projectId: c.projectId, label: `${c.parentId ? 'reply' : 'comment'} ${short(c.id)}`,
    content: {
      id: c.id, submissionId: c.submissionId, projectId: c.projectId, cellId: c.cellId, range: c.range ? { ...c.range } : null,
      parentId: c.parentId, authorId: c.authorId, body: c.body, createdAt: c.createdAt,
    },
  };
}

/** Null while the comment is open. */
export function resolutionFact(c: CommentRecord): ReviewFact | null {
  if (c.resolvedAt === null) return null;
  return { kind: 'resolution', id: c.id, projectId: c.projectId, label: `resolution of comment ${short(c.id)}`, content: { commentId: c.id, resolvedAt: c.resolvedAt, resolvedBy: c.resolvedBy } };
}

export function scoreFact(s: ScoreRecord, projectId: string, submissionNumber: number): ReviewFact {
  return {
    kind: 'score', id: `${s.submissionId}:${s.scorerId}`, projectId, label: `score of submission ${submissionNumber} by user ${s.scorerId}`,
    content: {
      submissionId: s.submissionId, scorerId: s.scorerId, levels: s.levels, remarks: s.remarks, total: s.total,
      rubric: s.rubric as unknown as JsonValue, scoredAt: s.scoredAt,
    },
  };
}

export function defenseFact(d: DefenseRecord): ReviewFact {
  return {
    kind: 'defense', id: d.id, projectId: d.projectId, label: `defense ${short(d.id)}`,
    content: {
      id: d.id, projectId: d.projectId, submissionId: d.submissionId, scheduledAt: d.scheduledAt, durationMin: d.durationMin,
      place: d.place, videoUrl: d.videoUrl, createdBy: d.createdBy, createdAt: d.createdAt,
    },
  };
}

/** Null until the defense is recorded. */
export function defenseRecordFact(d: DefenseRecord): ReviewFact | null {
  if (d.recordedAt === null) return null;
  return {
    kind: 'defense_record', id: d.id, projectId: d.projectId, label: `record of defense ${short(d.id)}`,
    content: { defenseId: d.id, questions: d.questions, outcome: d.outcome, notes: d.notes, recordedAt: d.recordedAt },
  };
}
