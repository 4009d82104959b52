/** The review API as the app sees it (server/review/*-routes.ts; types from projects/contracts/review.ts, types only): typed calls; failures are ApiErrors (src/app/json-call.ts). */
import type {
  CommentThread, Defense, DiffResult, History, Portfolio, ProjectFeedback, ProjectReview, Queue, Reply, Rubric, Score, Submission, SubmissionDetail,
} from '../../projects/contracts/review';
import { ApiError, apiCaller } from '../app/json-call';

export type {
  CommentThread, Defense, DiffResult, History, HistoryEntry, LocalizedText, LocalizedText as Localized, Person, Portfolio, PortfolioProject, ProjectFeedback, ProjectReview, Queue, QueueItem, Reply, Rubric, Score, Submission, SubmissionDetail, SubmissionStatus, WordOp,
} from '../../projects/contracts/review';

const call = apiCaller();

const enc = encodeURIComponent;

export const reviewApi = {
  queue: (q: { status?: string; schoolId?: string; classId?: string }) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(q)) if (v) p.set(k, v);
    return call<Queue>(`/api/reviews/queue?${p}`);
  },
  projectSubmissions: (projectId: string) => call<{ submissions: Submission[] }>(`/api/projects/${enc(projectId)}/submissions`).then((r) => r.submissions),
  submit: (projectId: string, note: string) => call<{ submission: Submission }>(`/api/projects/${enc(projectId)}/submissions`, 'POST', { note }).then((r) => r.submission),
  submission: (id: string) => call<SubmissionDetail>(`/api/submissions/${enc(id)}`),
  snapshot: async (id: string): Promise<Uint8Array> => {
    const res = await fetch(`/api/submissions/${enc(id)}/snapshot`, { credentials: 'same-origin' }).catch(() => {
      throw ApiError.network();
    });
    if (!res.ok) throw new ApiError(res.status, 'snapshot', `HTTP ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  },
  diff: (id: string) => call<DiffResult>(`/api/submissions/${enc(id)}/diff`),
  comment: (id: string, body: { cellId: string; range?: { start: number; end: number }; body: string }) =>
    call<{ comment: CommentThread }>(`/api/submissions/${enc(id)}/comments`, 'POST', body).then((r) => r.comment),
  reply: (commentId: string, body: string) => call<{ reply: Reply }>(`/api/comments/${enc(commentId)}/replies`, 'POST', { body }).then((r) => r.reply),
  resolve: (commentId: string, resolved: boolean) => call<{ resolved: CommentThread['resolved'] }>(`/api/comments/${enc(commentId)}/resolve`, 'POST', { resolved }),
  score: (id: string, levels: Record<string, number>, remarks: Record<string, string>) =>
    call<{ score: Score }>(`/api/submissions/${enc(id)}/score`, 'PUT', { levels, remarks }).then((r) => r.score),
  decide: (id: string, decision: 'approve' | 'revise', summary: string) =>
    call<{ submission: Submission }>(`/api/submissions/${enc(id)}/decision`, 'POST', { decision, summary }).then((r) => r.submission),
  defenses: (projectId: string) => call<{ defenses: Defense[] }>(`/api/projects/${enc(projectId)}/defenses`).then((r) => r.defenses),
  scheduleDefense: (projectId: string, body: { scheduledAt: number; durationMin?: number; place?: string; videoUrl?: string; submissionId?: string }) =>
    call<{ defense: Defense }>(`/api/projects/${enc(projectId)}/defenses`, 'POST', body).then((r) => r.defense),
  recordDefense: (id: string, body: { questions: { question: string; answer: string }[]; outcome: string; notes: string }) =>
    call<{ defense: Defense }>(`/api/defenses/${enc(id)}/record`, 'PUT', body).then((r) => r.defense),
  history: (projectId: string) => call<History>(`/api/projects/${enc(projectId)}/review-history`),
  projectComments: (projectId: string) =>
    call<ProjectReview>(`/api/projects/${enc(projectId)}/review-comments`),
  portfolio: (studentId: string) => call<Portfolio>(`/api/students/${enc(studentId)}/portfolio`),
  feedback: () => call<{ projects: ProjectFeedback[] }>('/api/feedback').then((r) => r.projects),
  /** The school's rubric (`custom`: its teachers changed it; otherwise Sprout Lab's default). */
  rubric: (schoolId: number) => call<{ rubric: Rubric; custom: boolean }>(`/api/schools/${schoolId}/rubric`),
  saveRubric: (schoolId: number, rubric: Rubric) => call<{ rubric: Rubric; custom: boolean }>(`/api/schools/${schoolId}/rubric`, 'PUT', rubric),
};

/** The rubric's weighted total, 0–100 (same formula as server/review/rubric.ts), for a live preview while scoring. */
export function rubricTotal(rubric: Rubric, levels: Record<string, number>): number | null {
  let w = 0;
  let sum = 0;
  for (const c of rubric.criteria) {
    const l = levels[c.id];
    if (!l) return null;
    sum += c.weight * (l / c.levels.length);
    w += c.weight;
  }
  return w > 0 ? Math.round((1000 * sum) / w) / 10 : null;
}
