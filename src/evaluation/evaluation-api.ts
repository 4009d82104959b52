/**
 * Typed calls of the process-evaluation API (server/evaluation/routes.ts; shapes in
 * projects/contracts/evaluation.ts). Errors are `ApiError`s (src/app/json-call.ts) keeping the field, so a
 * form shows the problem next to that input; a scheme below the school's floor has `details.floorPct`.
 */
import type { GradebookAnswer, MentoredTeams, RatingRequest, RatingSaved, SchoolPolicyView, StudentEvaluationView, WeightsSaved } from '../../projects/contracts/evaluation';
import type { SchoolPolicy, WeightScheme } from '../../projects/evaluation/weights';
import { apiCaller, type Fetch } from '../app/json-call';

export function createEvaluationApi(fetchFn: Fetch = (...a) => fetch(...a)) {
  const call = apiCaller(fetchFn);
  const base = (classId: number) => `/api/classes/${classId}/evaluation`;
  return {
    gradebook: (classId: number) => call<GradebookAnswer>(base(classId)),
    saveWeights: (classId: number, scheme: WeightScheme) => call<WeightsSaved>(`${base(classId)}/weights`, 'PUT', scheme),
    rate: (classId: number, rating: RatingRequest) => call<RatingSaved>(`${base(classId)}/ratings`, 'PUT', rating),
    student: (classId: number, studentId: number | 'me') => call<StudentEvaluationView>(`${base(classId)}/students/${studentId}`),
    mentored: () => call<MentoredTeams>('/api/evaluation/mentored').then((r) => r.teams),
    /** The school's floor and default scheme (its administrator). */
    schoolPolicy: () => call<SchoolPolicyView>('/api/admin/evaluation-policy'),
    saveSchoolPolicy: (policy: SchoolPolicy) => call<SchoolPolicyView>('/api/admin/evaluation-policy', 'PUT', policy),
    /** Download addresses (the browser saves the file). */
    exportUrl: (classId: number, what: 'students' | 'records' | 'xapi' | 'xlsx', locale: string) =>
      what === 'xapi'
        ? `${base(classId)}/export.xapi`
        : what === 'xlsx'
          ? `${base(classId)}/export.xlsx?lang=${locale === 'en' ? 'en' : 'zh-CN'}&tz=${encodeURIComponent(readerTimeZone())}`
          : `${base(classId)}/export.csv?table=${what}&lang=${locale === 'en' ? 'en' : 'zh-CN'}`,
  };
}

export const evaluationApi = createEvaluationApi();

/** The reader's time zone, which spreadsheet downloads show their times in (their cells have no zone). */
export function readerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** A score as shown: one decimal at most; a dash when it does not apply. */
export function scoreText(v: number | null | undefined): string {
  if (v === null || v === undefined) return '—';
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}
