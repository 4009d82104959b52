/**
 * What an indicator computes: a score (0–100, or null when it does not apply), the raw figures it came
 * from, and the records behind the number (the gradebook's drill-down and the student's report show them).
 * Notes flag patterns a teacher should look at, as codes the app words in the reader's language.
 */
import type { IndicatorId } from './indicators';

export type IndicatorNote =
  /** Contribution: most of the member's work landed on the team's last working day. */
  | 'late_bulk'
  /** Contribution: edits (moving cells, deleting) but no characters, cells or rows of their own. */
  | 'edits_only'
  /** Soft: nobody rated it yet. */
  | 'not_rated'
  /** Assignments / lab: nothing recorded yet. */
  | 'nothing_yet'
  /** Lab / assignments: this server does not record them (yet), so the indicator leaves the process score. */
  | 'not_recorded';

/** One record behind a number. `at` is milliseconds since 1970 (UTC) when the record has a time. */
export type IndicatorSource =
  | { kind: 'lab_session'; simulationId: string; startedAt: number; lastAt: number; runs: number; recordedRows: number }
  | { kind: 'table'; cellId: string; name: string; rows: number; unitsOk: boolean; rSquared: number | null }
  | { kind: 'assignment'; assignmentId: string; title: string; dueAt: number; handedInAt: number | null; late: boolean; checksPassed: number; checksTotal: number }
  | { kind: 'contribution_day'; day: string; chars: number; cells: number; rows: number; edits: number }
  | { kind: 'comment'; commentId: string; submissionNumber: number; at: number; answered: boolean; repliesByStudent: number }
  | { kind: 'revision'; submissionNumber: number; decidedAt: number | null; resubmitted: boolean }
  | { kind: 'defense'; defenseId: string; at: number; outcome: string | null }
  | { kind: 'rating'; raterId: number; level: number; remark: string; at: number };

export interface IndicatorResult {
  id: IndicatorId;
  /** 0–100 with one decimal, or null: does not apply / not rated. */
  score: number | null;
  /** The figures the score was computed from (named, with units in the name where they have one). */
  raw: Record<string, number | null>;
  sources: IndicatorSource[];
  notes: IndicatorNote[];
}

export const round1 = (x: number) => Math.round(x * 10) / 10;
export const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);
