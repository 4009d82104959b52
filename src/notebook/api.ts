/** The few server calls the notebook makes (REST, JSON errors `{ error: { code, message } }`). */
export interface Me {
  id: number;
  username: string;
  displayName: string;
  role: string;
}
export interface ProjectSummary {
  id: string;
  title: string;
  status: string;
  templateId: string | null;
  team: { id: number; name: string; classId: number; className: string };
  createdAt: number;
  updatedAt: number;
  access: 'write' | 'read';
  /** Only in the answer for one project: the largest image the server accepts. */
  imageLimitBytes?: number;
}
export interface TeamChoice {
  id: number;
  name: string;
  className: string;
}

export class ApiCallError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The error's other fields (e.g. `quotaBytes` of image_quota_exceeded). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  return answer<T>(fetch(path, { credentials: 'same-origin', ...init, headers: { accept: 'application/json', ...(init?.body && typeof init.body === 'string' ? { 'content-type': 'application/json' } : {}), ...init?.headers } }));
}

/** The body of a JSON answer, or its error as an ApiCallError. */
async function answer<T>(response: Promise<Response>): Promise<T> {
  const res = await response;
  const body = (await res.json().catch(() => ({}))) as { error?: { code?: string; message?: string } & Record<string, unknown> } & T;
  if (!res.ok) throw new ApiCallError(res.status, body.error?.code ?? 'http_error', body.error?.message ?? `HTTP ${res.status}`, body.error ?? {});
  return body;
}

export const api = {
  me: () => call<{ user: Me }>('/api/auth/me').then((r) => r.user),
  projects: () => call<{ projects: ProjectSummary[] }>('/api/projects').then((r) => r.projects),
  project: (id: string) => call<{ project: ProjectSummary }>(`/api/projects/${encodeURIComponent(id)}`).then((r) => r.project),
  /** The same, from a GET /api/projects/:id that is already on its way (prefetch.ts). */
  projectFrom: (response: Promise<Response>) => answer<{ project: ProjectSummary }>(response).then((r) => r.project),
  createProject: (body: { teamId: number; title: string; templateId: string; locale: string }) =>
    call<{ project: ProjectSummary }>('/api/projects', { method: 'POST', body: JSON.stringify(body) }).then((r) => r.project),
  /** Teams the user may create projects for: their own teams (students) or their classes' teams (teachers). */
  teams: async (): Promise<TeamChoice[]> => {
    const r = await call<{ classes: { name: string; teams: { id: number; name: string }[] }[] }>('/api/classes');
    return r.classes.flatMap((c) => c.teams.map((tm) => ({ id: tm.id, name: tm.name, className: c.name })));
  },
  uploadImage: (projectId: string, file: File) =>
    call<{ image: { id: string; url: string; mime: string; size: number } }>(`/api/projects/${encodeURIComponent(projectId)}/images`, {
      method: 'POST',
      body: file,
      headers: { 'content-type': file.type },
    }).then((r) => r.image),
};
