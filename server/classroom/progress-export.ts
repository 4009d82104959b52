/**
 * The class progress grid (one row per student, one column per assignment) as the teacher downloads it:
 * CSV (status words in English, UTC times, as before) or an .xlsx workbook with typed cells: a status
 * column and a handed-in date column per assignment, and a second sheet of the assignments with their
 * due dates, times in the reader's time zone. A cell of an assignment not set for that student is empty.
 */
import type { AssignmentStatus, ClassProgress } from '../../projects/contracts/assignments';
import { csvCell } from '../../simulations/core/csv-cell';
import { tablesXlsx, wallClock } from '../spreadsheet/xlsx-write';

export function progressCsv(p: ClassProgress): string {
  const lines = [
    ['student', 'username', ...p.assignments.map((a) => a.title)],
    ...p.students.map((s, i) => [s.displayName, s.username, ...p.cells[i].map((c) => (c === null ? '' : c.handedInAt ? `${c.status} ${new Date(c.handedInAt).toISOString()}` : c.status))]),
  ];
  return '\uFEFF' + lines.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The app's words for the statuses (src/i18n/<locale>/classroom.json classroom.status.*; the server does not import src/). */
export const STATUS_WORDS: Record<'zh-CN' | 'en', Record<AssignmentStatus, string>> = {
  'zh-CN': { not_opened: '未打开', working: '进行中', handed_in: '已提交', late: '逾期提交', missing: '未提交' },
  en: { not_opened: 'not opened', working: 'working', handed_in: 'handed in', late: 'handed in late', missing: 'missing' },
};

const HEAD = {
  'zh-CN': { progress: '进度', assignments: '作业', student: '学生', username: '用户名', handedIn: '提交时间', title: '作业', due: '截止时间' },
  en: { progress: 'Progress', assignments: 'Assignments', student: 'Student', username: 'Username', handedIn: 'handed in', title: 'Assignment', due: 'Due' },
};

export function progressXlsx(p: ClassProgress, locale: 'zh-CN' | 'en', tz: string): Promise<Buffer> {
  const h = HEAD[locale];
  const words = STATUS_WORDS[locale];
  const when = (ms: number | null) => (ms === null ? null : wallClock(ms, tz));
  return tablesXlsx([
    {
      name: `${h.progress} ${p.class.name}`,
      header: [h.student, h.username, ...p.assignments.flatMap((a) => [a.title, `${a.title} · ${h.handedIn} (${tz})`])],
      rows: p.students.map((s, i) => [s.displayName, s.username, ...p.cells[i].flatMap((c) => (c === null ? [null, null] : [words[c.status], when(c.handedInAt)]))]),
    },
    {
      name: h.assignments,
      header: [h.title, `${h.due} (${tz})`],
      rows: p.assignments.map((a) => [a.title, when(a.dueAt)]),
    },
  ]);
}
