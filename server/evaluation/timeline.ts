/**
 * A student's process timeline: what they did and what happened to their work, when — notebook days,
 * lab sessions, hand-ins, submissions, replies to mentors, decisions, the defense and ratings — oldest
 * first. It is part of the student's page and printed report (the portfolio).
 */
import type { TimelineEvent } from '../../projects/contracts/evaluation';
import type { GradebookRow, ProjectRecords } from './gradebook';

export type { TimelineEvent };

export function studentTimeline(row: GradebookRow, records: ProjectRecords | undefined): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  for (const ind of row.indicators) {
    for (const s of ind.sources) {
      if (s.kind === 'contribution_day') out.push({ kind: 'notebook_day', at: Date.parse(`${s.day}T00:00:00Z`), day: s.day, chars: s.chars, cells: s.cells, rows: s.rows, edits: s.edits });
      else if (s.kind === 'lab_session') out.push({ kind: 'lab_session', at: s.startedAt, simulationId: s.simulationId, runs: s.runs, recordedRows: s.recordedRows });
      else if (s.kind === 'assignment' && s.handedInAt !== null) out.push({ kind: 'assignment', at: s.handedInAt, title: s.title, late: s.late });
      else if (s.kind === 'defense' && s.outcome !== null) out.push({ kind: 'defense', at: s.at, outcome: s.outcome });
      else if (s.kind === 'rating') out.push({ kind: 'rating', at: s.at, indicator: ind.id, level: s.level, raterId: s.raterId });
    }
  }
  if (records) {
    const numberOf = new Map(records.submissions.map((s) => [s.id, s.number]));
    for (const s of records.submissions) {
      out.push({ kind: 'submission', at: s.submittedAt, number: s.number, byStudent: s.submittedBy === row.student.id });
      if (s.decision && s.decidedAt !== null) out.push({ kind: 'decision', at: s.decidedAt, number: s.number, decision: s.decision });
    }
    for (const c of records.comments) {
      if (c.parentId !== null && c.authorId === row.student.id) out.push({ kind: 'reply', at: c.createdAt, submissionNumber: numberOf.get(c.submissionId) ?? 0 });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}
