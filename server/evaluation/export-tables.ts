/**
 * The class's gradebook as tables, the one place that decides the exports' columns: one row per student
 * with every indicator's score, the process, result and total; or, `records`, one row per record behind
 * a number. Cells keep their types (numbers, instants as Dates); export-csv.ts writes them as text,
 * export-xlsx.ts as typed spreadsheet cells.
 */
import { INDICATORS, indicatorName } from '../../projects/evaluation/indicators';
import type { SheetCell } from '../spreadsheet/xlsx-write';
import type { ClassGradebook } from './gradebook';

export type Locale = 'zh-CN' | 'en';

export interface ExportTable {
  header: string[];
  rows: SheetCell[][];
}

export const EXPORT_HEAD = {
  'zh-CN': { student: '学生', username: '用户名', team: '小组', project: '项目', process: '过程评价', result: '成果评价', total: '总评', processPct: '过程占比 %', indicator: '指标', kind: '记录', at: '时间', details: '内容', score: '得分', students: '成绩册', records: '记录' },
  en: { student: 'Student', username: 'Username', team: 'Team', project: 'Project', process: 'Process', result: 'Result', total: 'Total', processPct: 'Process share %', indicator: 'Indicator', kind: 'Record', at: 'Time', details: 'Details', score: 'Score', students: 'Gradebook', records: 'Records' },
};

export function gradebookTable(g: ClassGradebook, locale: Locale): ExportTable {
  const h = EXPORT_HEAD[locale];
  return {
    header: [h.student, h.username, h.team, h.project, ...INDICATORS.map((id) => indicatorName(id, locale)), h.process, h.result, h.total, h.processPct],
    rows: g.rows.map((r) => {
      const score = new Map(r.indicators.map((i) => [i.id, i.score]));
      return [r.student.displayName, r.student.username, r.team?.name, r.project?.title, ...INDICATORS.map((id) => score.get(id)), r.process, r.result.score, r.total, g.scheme.processPct];
    }),
  };
}

/** Every record behind the class's numbers, in gradebook order: the one place that says when a record happened. */
export function classRecords(g: ClassGradebook) {
  return g.rows.flatMap((r) =>
    r.indicators.flatMap((ind) =>
      ind.sources.map((s) => {
        const at = 'at' in s ? s.at : 'startedAt' in s ? s.startedAt : s.kind === 'assignment' ? s.handedInAt : s.kind === 'revision' ? s.decidedAt : s.kind === 'contribution_day' ? Date.parse(`${s.day}T00:00:00Z`) : null;
        const { kind, ...details } = s;
        return { student: r.student, indicator: ind.id, score: ind.score, kind, at: typeof at === 'number' ? at : null, details: details as Record<string, unknown> };
      }),
    ),
  );
}

export function recordsTable(g: ClassGradebook, locale: Locale): ExportTable {
  const h = EXPORT_HEAD[locale];
  const rows: SheetCell[][] = classRecords(g).map((x) => [x.student.displayName, x.student.username, indicatorName(x.indicator, locale), x.score, x.kind, x.at === null ? null : new Date(x.at), JSON.stringify(x.details)]);
  return { header: [h.student, h.username, h.indicator, h.score, h.kind, h.at, h.details], rows };
}
