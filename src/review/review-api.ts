/** The review API as the app sees it (server/review/*-routes.ts): typed calls; failures are ApiErrors (src/app/json-call.ts). */
import { ApiError, apiCaller } from '../app/json-call';

export interface Person {
  id: number;
  displayName: string;
  role: string;
}
export type SubmissionStatus = 'submitted' | 'in_review' | 'revise' | 'approved';
export interface Submission {
  id: string;
  projectId: string;
  number: number;
  sha256: string;
  bytes: number;
  note: string;
  submittedAt: number;
  submittedBy: Person | null;
  mentor: Person | null;
  status: SubmissionStatus;
  decision: { decision: 'approve' | 'revise'; summary: string; decidedAt: number; decidedBy: Person | null } | null;
  /** The receipt of the log entry that recorded the decision (GET /api/submissions/:id and the decision answer). */
  decisionReceipt?: { seq: number; code: string | null } | null;
}
export interface Reply {
  id: string;
  body: string;
  author: Person | null;
  createdAt: number;
}
export interface CommentThread extends Reply {
  cellId: string | null;
  range: { start: number; end: number; quote: string } | null;
  resolved: { at: number; by: Person | null } | null;
  replies: Reply[];
}
export interface Localized {
  'zh-CN': string;
  en: string;
}
export interface Rubric {
  criteria: { id: string; group: 'product' | 'process'; name: Localized; weight: number; levels: { description: Localized }[] }[];
}
export interface Score {
  scorer: Person | null;
  levels: Record<string, number>;
  remarks: Record<string, string>;
  total: number;
  rubric: Rubric;
  scoredAt: number;
}
export interface SubmissionDetail {
  submission: Submission;
  project: { id: string; title: string; status: string; team: { id: number; name: string } };
  previous: { id: string; number: number; sha256: string } | null;
  latestId: string;
  rubric: Rubric;
  rubricCustom: boolean;
  scores: Score[];
  comments: CommentThread[];
  may: { write: boolean; reply: boolean; submit: boolean };
}
export interface QueueItem {
  submission: Submission;
  project: { id: string; title: string; status: string };
  team: { id: number; name: string };
  class: { id: number; name: string };
  school: { id: number; name: string };
}
export interface Queue {
  items: QueueItem[];
  total: number;
  facets: { schools: { id: number; name: string }[]; classes: { id: number; name: string; schoolId: number }[] };
}
export type WordOp = { op: 'same' | 'added' | 'removed'; text: string };
export interface DiffResult {
  previous: { id: string; number: number; submittedAt: number } | null;
  diff: {
    titleChanged: { before: string; after: string } | null;
    cells: { cellId: string; kind: string; title: string; change: 'added' | 'removed' | 'changed' | 'unchanged'; moved: boolean; words: WordOp[] }[];
    counts: { added: number; removed: number; changed: number; unchanged: number; moved: number };
  } | null;
}
export interface Defense {
  id: string;
  projectId: string;
  submissionId: string | null;
  scheduledAt: number;
  durationMin: number;
  place: string;
  videoUrl: string;
  createdBy: Person | null;
  questions: { question: string; answer: string }[];
  outcome: 'passed' | 'revise' | 'failed' | null;
  notes: string;
  recordedAt: number | null;
}
export interface HistoryEntry {
  seq: number;
  type: string;
  at: number;
  actor: Person | null;
  payload: Record<string, unknown>;
  hash: string;
  prevHash: string;
}
export interface History {
  chain: { ok: boolean; entries: number; legacy?: number; brokenAt?: number | null; reason?: string; receipt?: string | null; problems?: { seq?: number; record?: string; message: string }[] };
  entries: HistoryEntry[];
}
export interface PortfolioProject {
  id: string;
  title: string;
  status: string;
  team: { id: number; name: string };
  createdAt: number;
  submissions: (Submission & { scores: Score[]; comments: CommentThread[] })[];
  defenses: Defense[];
  /** The receipt of the newest entry of the project's review log; null before its first review event. */
  receipt: { seq: number; code: string | null } | null;
}
export interface Portfolio {
  student: { id: number; displayName: string };
  generatedAt: number;
  projects: PortfolioProject[];
}

/** The latest submission of a project and its comment threads by cell (for the notebook). */
export interface ProjectReview {
  submission: (Pick<Submission, 'id' | 'number' | 'status' | 'mentor' | 'decision'>) | null;
  byCell: Record<string, CommentThread[]>;
}

/** What reached one of the student's projects from its mentor (GET /api/feedback). */
export interface ProjectFeedback {
  project: { id: string; title: string; status: string };
  submission: Submission | null;
  comments: { total: number; open: number };
  /** The newest comment, reply, score, decision or defense by the mentor (or a teacher); null before any. */
  latestFeedbackAt: number | null;
}

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
