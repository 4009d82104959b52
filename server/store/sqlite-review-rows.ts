/** SQLite rows of the review tables and the records they hold. */
import type { JsonValue, ReviewEventType, StoredChainEntry } from '../review/hash-chain';
import type { Rubric } from '../review/rubric';
import type { CommentRecord, Decision, DefenseOutcome, DefenseRecord, ScoreRecord, SubmissionRecord, SubmissionStatus } from './review-records';

export interface SubmissionRow {
  id: string; project_id: string; number: number; sha256: string; bytes: number; submitted_by: number; submitted_at: number; note: string;
  mentor_id: number | null; status: string; decision: string | null; decision_summary: string | null; decided_by: number | null; decided_at: number | null;
}
export const SUBMISSION_COLUMNS = 's.id, s.project_id, s.number, s.sha256, s.bytes, s.submitted_by, s.submitted_at, s.note, s.mentor_id, s.status, s.decision, s.decision_summary, s.decided_by, s.decided_at';
export const toSubmission = (r: SubmissionRow): SubmissionRecord => ({
  id: r.id, projectId: r.project_id, number: r.number, sha256: r.sha256, bytes: r.bytes, submittedBy: r.submitted_by, submittedAt: r.submitted_at, note: r.note,
  mentorId: r.mentor_id, status: r.status as SubmissionStatus, decision: r.decision as Decision | null, decisionSummary: r.decision_summary, decidedBy: r.decided_by, decidedAt: r.decided_at,
});

export interface CommentRow {
  id: string; submission_id: string; project_id: string; cell_id: string | null; range_start: number | null; range_end: number | null; quote: string | null;
  parent_id: string | null; author_id: number; body: string; created_at: number; resolved_at: number | null; resolved_by: number | null;
}
export const toComment = (r: CommentRow): CommentRecord => ({
  id: r.id, submissionId: r.submission_id, projectId: r.project_id, cellId: r.cell_id,
  range: r.range_start !== null && r.range_end !== null ? { start: r.range_start, end: r.range_end, quote: r.quote ?? '' } : null,
  parentId: r.parent_id, authorId: r.author_id, body: r.body, createdAt: r.created_at, resolvedAt: r.resolved_at, resolvedBy: r.resolved_by,
});

export interface DefenseRow {
  id: string; project_id: string; submission_id: string | null; scheduled_at: number; duration_min: number; place: string; video_url: string;
  created_by: number; created_at: number; questions: string; outcome: string | null; notes: string; recorded_at: number | null;
}
export const toDefense = (r: DefenseRow): DefenseRecord => ({
  id: r.id, projectId: r.project_id, submissionId: r.submission_id, scheduledAt: r.scheduled_at, durationMin: r.duration_min, place: r.place, videoUrl: r.video_url,
  createdBy: r.created_by, createdAt: r.created_at, questions: JSON.parse(r.questions) as DefenseRecord['questions'], outcome: r.outcome as DefenseOutcome | null,
  notes: r.notes, recordedAt: r.recorded_at,
});

export interface LogRow { project_id: string; seq: number; type: string; actor_id: number; at: number; payload: string; prev_hash: string; hash: string; key_id: string | null; sig: string | null }
export const toEntry = (r: LogRow): StoredChainEntry => ({
  projectId: r.project_id, seq: r.seq, type: r.type as ReviewEventType, actorId: r.actor_id, at: r.at,
  payload: JSON.parse(r.payload) as { [k: string]: JsonValue }, prevHash: r.prev_hash, hash: r.hash, keyId: r.key_id, sig: r.sig,
});

export interface ScoreRow { submission_id: string; scorer_id: number; levels: string; remarks: string; total: number; rubric: string; scored_at: number }
export const toScore = (r: ScoreRow): ScoreRecord => ({
  submissionId: r.submission_id, scorerId: r.scorer_id, levels: JSON.parse(r.levels) as Record<string, number>, remarks: JSON.parse(r.remarks) as Record<string, string>,
  total: r.total, rubric: JSON.parse(r.rubric) as Rubric, scoredAt: r.scored_at,
});
