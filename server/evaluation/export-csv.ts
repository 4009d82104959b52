/**
 * The class's gradebook as CSV (RFC 4180: quoted fields, CRLF line ends, a UTF-8 byte-order mark so
 * spreadsheet programs read Chinese names correctly): one row per student with every indicator's score,
 * the process, result and total; or, `records`, one row per record behind a number.
 */
import { INDICATORS, indicatorName } from '../../projects/evaluation/indicators';
import type { ClassGradebook } from './gradebook';

const cell = (v: string | number | null | undefined) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) || /^[=+\-@]/.test(s) ? `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"` : s;
};
const line = (cells: (string | number | null | undefined)[]) => cells.map(cell).join(',');
const BOM = '\uFEFF';

const HEAD = {
  'zh-CN': { student: '学生', username: '用户名', team: '小组', project: '项目', process: '过程评价', result: '成果评价', total: '总评', processPct: '过程占比 %', indicator: '指标', kind: '记录', at: '时间', details: '内容', score: '得分' },
  en: { student: 'Student', username: 'Username', team: 'Team', project: 'Project', process: 'Process', result: 'Result', total: 'Total', processPct: 'Process share %', indicator: 'Indicator', kind: 'Record', at: 'Time', details: 'Details', score: 'Score' },
};

export function gradebookCsv(g: ClassGradebook, locale: 'zh-CN' | 'en'): string {
  const h = HEAD[locale];
  const rows = [line([h.student, h.username, h.team, h.project, ...INDICATORS.map((id) => indicatorName(id, locale)), h.process, h.result, h.total, h.processPct])];
  for (const r of g.rows) {
    const score = new Map(r.indicators.map((i) => [i.id, i.score]));
    rows.push(line([r.student.displayName, r.student.username, r.team?.name, r.project?.title, ...INDICATORS.map((id) => score.get(id)), r.process, r.result.score, r.total, g.scheme.processPct]));
  }
  return BOM + rows.join('\r\n') + '\r\n';
}

export function recordsCsv(g: ClassGradebook, locale: 'zh-CN' | 'en'): string {
  const h = HEAD[locale];
  const rows = [line([h.student, h.username, h.indicator, h.score, h.kind, h.at, h.details])];
  for (const r of g.rows) {
    for (const ind of r.indicators) {
      for (const s of ind.sources) {
        const at = 'at' in s ? s.at : 'startedAt' in s ? s.startedAt : s.kind === 'assignment' ? s.handedInAt : s.kind === 'revision' ? s.decidedAt : s.kind === 'contribution_day' ? Date.parse(`${s.day}T00:00:00Z`) : null;
        const { kind, ...details } = s;
        rows.push(line([r.student.displayName, r.student.username, indicatorName(ind.id, locale), ind.score, kind, at === null ? '' : new Date(at).toISOString(), JSON.stringify(details)]));
      }
    }
  }
  return BOM + rows.join('\r\n') + '\r\n';
}
