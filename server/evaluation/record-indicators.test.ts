/** Record-based hard indicators on hand-built histories of lab sessions, assignments, comments, decisions and defenses. */
import { describe, expect, it } from 'vitest';
import type { CommentRecord, DefenseRecord, SubmissionRecord } from '../store/review-records';
import { assignmentsDone, commentsAnswered, defenseHeld, labActivity, revisionsMade, type AssignmentWork, type LabSessionRecord } from './record-indicators';

const H = 3_600_000;
const t0 = Date.UTC(2026, 3, 1, 8);

describe('lab activity', () => {
  const session = (i: number, runs: number, recordedRows = 0): LabSessionRecord => ({ sessionId: `s${i}`, userId: 5, simulationId: 'pendulum', startedAt: t0 + i * H, lastAt: t0 + i * H + 600_000, runs, recordedRows });

  it('half from sessions (target 4), half from runs (target 12)', () => {
    // 2 sessions of 4 runs: 50·2/4 + 50·8/12 = 25 + 33.3
    const r = labActivity([session(2, 4, 3), session(1, 4, 7)]);
    expect(r.score).toBe(58.3);
    expect(r.raw).toEqual({ sessions: 2, runs: 8, recordedRows: 10 });
    expect(r.sources.map((s) => s.kind === 'lab_session' && s.startedAt)).toEqual([t0 + H, t0 + 2 * H]);
  });

  it('caps at 100 and is 0 with nothing recorded', () => {
    expect(labActivity(Array.from({ length: 6 }, (_, i) => session(i, 5))).score).toBe(100);
    expect(labActivity([])).toMatchObject({ score: 0, notes: ['nothing_yet'] });
  });
});

describe('assignments', () => {
  const a = (id: string, dueAt: number, handedInAt: number | null, checksPassed = 0, checksTotal = 0): AssignmentWork => ({ assignmentId: id, title: id, dueAt, handedInAt, checksPassed, checksTotal });

  it('on time, late and missing, with and without checks; not yet due and not handed in does not count', () => {
    const now = t0 + 100 * H;
    const r = assignmentsDone(
      [
        a('on-time-all-checks', t0 + 10 * H, t0 + 9 * H, 2, 2), // 50 + 50
        a('late-half-checks', t0 + 20 * H, t0 + 21 * H, 1, 2), // 25 + 25
        a('missing', t0 + 30 * H, null, 0, 3), // 0
        a('on-time-no-checks', t0 + 40 * H, t0 + 40 * H), // 100 (handing in at the due moment is on time)
        a('not-due-yet', t0 + 200 * H, null),
      ],
      now,
    );
    expect(r.score).toBe(round((100 + 50 + 0 + 100) / 4));
    expect(r.raw).toEqual({ assignments: 4, onTime: 2, late: 1, missing: 1, checksPassed: 3, checksTotal: 7 });
    expect(r.sources.map((s) => s.kind === 'assignment' && [s.assignmentId, s.late])).toEqual([
      ['on-time-all-checks', false], ['late-half-checks', true], ['missing', false], ['on-time-no-checks', false],
    ]);
  });

  it('does not apply before anything is due', () => {
    expect(assignmentsDone([a('later', t0 + 10 * H, null)], t0).score).toBeNull();
  });
});

const round = (x: number) => Math.round(x * 10) / 10;

function submission(number: number, decision: SubmissionRecord['decision']): SubmissionRecord {
  return {
    id: `sub-${number}`, projectId: 'p', number, sha256: '', bytes: 0, submittedBy: 1, submittedAt: t0 + number * H, note: '', mentorId: 9,
    status: decision === 'revise' ? 'revise' : 'submitted', decision, decisionSummary: null, decidedBy: decision ? 9 : null, decidedAt: decision ? t0 + number * H + 1 : null,
  };
}

function comment(id: string, authorId: number, parentId: string | null = null, resolvedAt: number | null = null): CommentRecord {
  return { id, submissionId: 'sub-1', projectId: 'p', cellId: parentId ? null : 'c1', range: null, parentId, authorId, body: 'x', createdAt: t0, resolvedAt, resolvedBy: resolvedAt ? 1 : null };
}

describe('comments answered', () => {
  const members = [1, 2, 3];
  const comments = [
    comment('m1', 9), // answered by student 2
    comment('r1', 2, 'm1'),
    comment('m2', 9, null, t0 + H), // resolved
    comment('m3', 9), // a reply by the mentor only: not answered
    comment('r3', 9, 'm3'),
    comment('s1', 1), // a student's own note is not a comment to answer
  ];

  it('counts mentor comments replied to by a member or resolved', () => {
    const r = commentsAnswered(comments, [submission(1, 'revise')], members, 2);
    expect(r.score).toBe(66.7);
    expect(r.raw).toEqual({ comments: 3, answered: 2, repliesByStudent: 1 });
    expect(r.sources.map((s) => s.kind === 'comment' && [s.commentId, s.answered, s.submissionNumber])).toEqual([['m1', true, 1], ['m2', true, 1], ['m3', false, 1]]);
    expect(commentsAnswered(comments, [], members, 1).raw.repliesByStudent).toBe(0);
  });

  it('does not apply without comments', () => {
    expect(commentsAnswered([], [], members, 1).score).toBeNull();
  });
});

describe('revisions and defense', () => {
  it('revisions: resubmitted after each "revise" decision, or not', () => {
    expect(revisionsMade([submission(1, 'revise'), submission(2, 'revise'), submission(3, null)]).score).toBe(100);
    const r = revisionsMade([submission(1, 'revise'), submission(2, 'revise')]);
    expect(r.score).toBe(50);
    expect(r.raw).toEqual({ asked: 2, resubmitted: 1, submissions: 2 });
    expect(revisionsMade([submission(1, 'approve')]).score).toBeNull();
  });

  it('defense: the latest recorded outcome; none recorded does not apply', () => {
    const d = (id: string, outcome: DefenseRecord['outcome'], recordedAt: number | null): DefenseRecord => ({
      id, projectId: 'p', submissionId: null, scheduledAt: t0, durationMin: 20, place: '', videoUrl: '', createdBy: 9, createdAt: t0, questions: [], outcome, notes: '', recordedAt,
    });
    expect(defenseHeld([d('a', 'revise', t0 + H), d('b', 'passed', t0 + 2 * H)]).score).toBe(100);
    expect(defenseHeld([d('a', 'failed', t0 + H)]).score).toBe(20);
    expect(defenseHeld([d('a', null, null)])).toMatchObject({ score: null, raw: { defenses: 1, recorded: 0 } });
  });
});
