/**
 * Hard indicators computed from records the server keeps: lab sessions and runs, assignments handed in
 * (and the checks they passed), mentor comments answered, revisions made, the defense. Pure functions of
 * plain records, so each is tested on hand-built histories.
 */
import { DEFENSE_SCORES, TARGETS } from '../../projects/evaluation/indicators';
import type { CommentRecord, DefenseRecord, SubmissionRecord } from '../store/review-records';
import { clamp01, round1, type IndicatorResult, type IndicatorSource } from '../../projects/evaluation/indicator-result';

/** One lab session as the lab frame reports it (server/evaluation/lab-activity-routes.ts). */
export interface LabSessionRecord {
  sessionId: string;
  userId: number;
  simulationId: string;
  startedAt: number;
  lastAt: number;
  runs: number;
  recordedRows: number;
}

/** 50 · min(1, sessions / 4) + 50 · min(1, runs / 12). */
export function labActivity(sessions: readonly LabSessionRecord[]): IndicatorResult {
  const runs = sessions.reduce((n, s) => n + s.runs, 0);
  const recordedRows = sessions.reduce((n, s) => n + s.recordedRows, 0);
  const score = 50 * clamp01(sessions.length / TARGETS.labSessions) + 50 * clamp01(runs / TARGETS.labRuns);
  return {
    id: 'lab_activity',
    score: round1(score),
    raw: { sessions: sessions.length, runs, recordedRows },
    sources: [...sessions]
      .sort((a, b) => a.startedAt - b.startedAt)
      .map((s) => ({ kind: 'lab_session', simulationId: s.simulationId, startedAt: s.startedAt, lastAt: s.lastAt, runs: s.runs, recordedRows: s.recordedRows })),
    notes: sessions.length === 0 ? ['nothing_yet'] : [],
  };
}

/** An assignment as it concerns one student: when it was due for them, when they handed in, the checks. */
export interface AssignmentWork {
  assignmentId: string;
  title: string;
  /** The student's due date (an extension included). */
  dueAt: number;
  handedInAt: number | null;
  checksPassed: number;
  checksTotal: number;
}

/**
 * Every assignment that is due (at `now`) or handed in: timeliness t = 1 on time, ½ late, 0 missing;
 * with checks: 50·t + 50·passed/total, without: 100·t; averaged. Null with no such assignment.
 */
export function assignmentsDone(work: readonly AssignmentWork[], now: number): IndicatorResult {
  const counted = work.filter((w) => w.handedInAt !== null || w.dueAt <= now).sort((a, b) => a.dueAt - b.dueAt);
  let sum = 0;
  let onTime = 0;
  let late = 0;
  const sources: IndicatorSource[] = [];
  for (const w of counted) {
    const isLate = w.handedInAt !== null && w.handedInAt > w.dueAt;
    const t = w.handedInAt === null ? 0 : isLate ? 0.5 : 1;
    if (w.handedInAt !== null) (isLate ? late++ : onTime++);
    const checks = w.checksTotal > 0 ? clamp01(w.checksPassed / w.checksTotal) : null;
    sum += checks === null ? 100 * t : 50 * t + 50 * checks;
    sources.push({ kind: 'assignment', assignmentId: w.assignmentId, title: w.title, dueAt: w.dueAt, handedInAt: w.handedInAt, late: isLate, checksPassed: w.checksPassed, checksTotal: w.checksTotal });
  }
  return {
    id: 'assignments',
    score: counted.length === 0 ? null : round1(sum / counted.length),
    raw: {
      assignments: counted.length, onTime, late, missing: counted.length - onTime - late,
      checksPassed: counted.reduce((n, w) => n + w.checksPassed, 0), checksTotal: counted.reduce((n, w) => n + w.checksTotal, 0),
    },
    sources,
    notes: counted.length === 0 ? ['nothing_yet'] : [],
  };
}

/**
 * The share of the mentors' comments (top-level, written by someone outside the team) that a team member
 * replied to or that was resolved. `studentId`'s own replies are shown per comment. Null without comments.
 */
export function commentsAnswered(comments: readonly CommentRecord[], submissions: readonly SubmissionRecord[], memberIds: readonly number[], studentId: number): IndicatorResult {
  const members = new Set(memberIds);
  const numberOf = new Map(submissions.map((s) => [s.id, s.number]));
  const repliesTo = new Map<string, CommentRecord[]>();
  for (const c of comments) if (c.parentId) repliesTo.set(c.parentId, [...(repliesTo.get(c.parentId) ?? []), c]);
  const sources: IndicatorSource[] = [];
  let answered = 0;
  for (const c of comments) {
    if (c.parentId !== null || members.has(c.authorId)) continue;
    const replies = repliesTo.get(c.id) ?? [];
    const isAnswered = c.resolvedAt !== null || replies.some((r) => members.has(r.authorId));
    if (isAnswered) answered++;
    sources.push({ kind: 'comment', commentId: c.id, submissionNumber: numberOf.get(c.submissionId) ?? 0, at: c.createdAt, answered: isAnswered, repliesByStudent: replies.filter((r) => r.authorId === studentId).length });
  }
  const total = sources.length;
  return {
    id: 'comments_answered',
    score: total === 0 ? null : round1((100 * answered) / total),
    raw: { comments: total, answered, repliesByStudent: sources.reduce((n, s) => n + (s.kind === 'comment' ? s.repliesByStudent : 0), 0) },
    sources,
    notes: [],
  };
}

/** The share of "revise" decisions followed by a later submission. Null when no revision was asked for. */
export function revisionsMade(submissions: readonly SubmissionRecord[]): IndicatorResult {
  const sorted = [...submissions].sort((a, b) => a.number - b.number);
  const last = sorted[sorted.length - 1]?.number ?? 0;
  const asked = sorted.filter((s) => s.decision === 'revise');
  const sources: IndicatorSource[] = asked.map((s) => ({ kind: 'revision', submissionNumber: s.number, decidedAt: s.decidedAt, resubmitted: last > s.number }));
  const done = sources.filter((s) => s.kind === 'revision' && s.resubmitted).length;
  return {
    id: 'revisions',
    score: asked.length === 0 ? null : round1((100 * done) / asked.length),
    raw: { asked: asked.length, resubmitted: done, submissions: sorted.length },
    sources,
    notes: [],
  };
}

/** The most recently recorded defense's outcome (passed 100, revise 60, failed 20). Null until one is recorded. */
export function defenseHeld(defenses: readonly DefenseRecord[]): IndicatorResult {
  const recorded = defenses.filter((d) => d.recordedAt !== null && d.outcome !== null).sort((a, b) => a.recordedAt! - b.recordedAt!);
  const latest = recorded[recorded.length - 1];
  return {
    id: 'defense',
    score: latest ? DEFENSE_SCORES[latest.outcome!] : null,
    raw: { defenses: defenses.length, recorded: recorded.length },
    sources: [...defenses].sort((a, b) => a.scheduledAt - b.scheduledAt).map((d) => ({ kind: 'defense', defenseId: d.id, at: d.recordedAt ?? d.scheduledAt, outcome: d.outcome })),
    notes: [],
  };
}
