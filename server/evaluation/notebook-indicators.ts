/**
 * Hard indicators read from a project's notebook (its Y.Doc): the data recorded and its quality (one
 * figure for the whole team), and each member's contribution from the per-member, per-day counters the
 * notebook keeps (projects/contributions.ts). Pure: the same document gives the same numbers.
 */
import type * as Y from 'yjs';
import { chartSeries, readChart } from '../../projects/cells/chart';
import { readTable } from '../../projects/cells/table';
import { readContributions, type ContributionRow } from '../../projects/contributions';
import { TARGETS } from '../../projects/evaluation/indicators';
import { listCells } from '../../projects/schema';
import { clamp01, round1, type IndicatorNote, type IndicatorResult, type IndicatorSource } from '../../projects/evaluation/indicator-result';

/** Characters a new cell and a recorded row count for in a member's share of the notebook. */
export const CELL_CHARS = 100;
export const ROW_CHARS = 10;

/** Data quality: per table with data, units on every column, enough rows, a good fit; averaged. */
export function dataQuality(doc: Y.Doc): IndicatorResult {
  const cells = listCells(doc);
  const bestFit = new Map<string, number>();
  for (const c of cells) {
    if (c.kind !== 'chart') continue;
    const chart = readChart(doc, c.id);
    if (chart.fit === 'none') continue;
    const fit = chartSeries(doc, c.id).fit;
    if (fit && Number.isFinite(fit.rSquared)) bestFit.set(chart.tableId, Math.max(bestFit.get(chart.tableId) ?? -Infinity, fit.rSquared));
  }
  const sources: IndicatorSource[] = [];
  let sum = 0;
  for (const c of cells) {
    if (c.kind !== 'table') continue;
    const t = readTable(doc, c.id);
    const rows = t.rows.filter((r) => r.values.some((v) => v !== null)).length;
    if (rows === 0) continue;
    const unitsOk = t.columns.length > 0 && t.columns.every((col) => col.unit.trim() !== '');
    const r2 = bestFit.get(c.id) ?? null;
    sources.push({ kind: 'table', cellId: c.id, name: t.name, rows, unitsOk, rSquared: r2 === null ? null : Math.round(r2 * 10000) / 10000 });
    sum += ((unitsOk ? 1 : 0) + clamp01(rows / TARGETS.dataPoints) + (r2 === null ? 0 : clamp01(r2 / TARGETS.fitRSquared))) / 3;
  }
  const tables = sources.length;
  return {
    id: 'data_quality',
    score: tables === 0 ? 0 : round1((100 * sum) / tables),
    raw: { tables, rows: sources.reduce((n, s) => n + (s.kind === 'table' ? s.rows : 0), 0) },
    sources,
    notes: tables === 0 ? ['nothing_yet'] : [],
  };
}

const workOf = (r: Pick<ContributionRow, 'chars' | 'cells' | 'rows'>) => r.chars + CELL_CHARS * r.cells + ROW_CHARS * r.rows;

/**
 * Each member's contribution, keyed by user id (as the notebook writes it: a decimal string):
 *   60 · min(1, share / (1 / members))  +  40 · min(1, activeDays / min(TARGETS.activeDays, teamDays))
 * where share is the member's part of the team's characters + 100·cells + 10·rows and the days are the
 * distinct days with any edit. Notes: `late_bulk` when ≥ 80 % of a member's work is on the team's last day
 * of a project worked on for 3 days or more; `edits_only` when a member edited but added nothing.
 */
export function contributions(doc: Y.Doc, memberIds: readonly number[]): Map<number, IndicatorResult> {
  const rows = readContributions(doc);
  const members = new Set(memberIds.map(String));
  const ofTeam = rows.filter((r) => members.has(r.userId));
  const teamDays = [...new Set(ofTeam.map((r) => r.day))].sort();
  const lastDay = teamDays[teamDays.length - 1];
  const teamWork = ofTeam.reduce((n, r) => n + workOf(r), 0);
  const fair = memberIds.length > 0 ? 1 / memberIds.length : 1;
  const targetDays = Math.min(TARGETS.activeDays, teamDays.length);
  const out = new Map<number, IndicatorResult>();
  for (const id of memberIds) {
    const mine = ofTeam.filter((r) => r.userId === String(id)).sort((a, b) => a.day.localeCompare(b.day));
    const sum = (k: 'chars' | 'cells' | 'rows' | 'edits') => mine.reduce((n, r) => n + r[k], 0);
    const work = mine.reduce((n, r) => n + workOf(r), 0);
    const activeDays = mine.filter((r) => r.edits > 0 || workOf(r) > 0).length;
    const share = teamWork > 0 ? work / teamWork : 0;
    const lastDayWork = mine.filter((r) => r.day === lastDay).reduce((n, r) => n + workOf(r), 0);
    const notes: IndicatorNote[] = [];
    if (work > 0 && teamDays.length >= 3 && lastDayWork / work >= 0.8) notes.push('late_bulk');
    if (work === 0 && sum('edits') > 0) notes.push('edits_only');
    const score = 60 * clamp01(share / fair) + (targetDays > 0 ? 40 * clamp01(activeDays / targetDays) : 0);
    out.set(id, {
      id: 'contribution',
      score: round1(score),
      raw: {
        chars: sum('chars'), cells: sum('cells'), rows: sum('rows'), edits: sum('edits'),
        sharePct: round1(100 * share), activeDays, teamDays: teamDays.length,
        lastDaySharePct: work > 0 ? round1((100 * lastDayWork) / work) : null,
      },
      sources: mine.map((r) => ({ kind: 'contribution_day', day: r.day, chars: r.chars, cells: r.cells, rows: r.rows, edits: r.edits })),
      notes,
    });
  }
  return out;
}
