/** The few server calls the notebook makes; failures are ApiErrors (src/app/json-call.ts; `details.quotaBytes` of image_quota_exceeded). */
import type { SignedIn } from '../../projects/contracts/auth';
import type { StudentClass, TeacherClass } from '../../projects/contracts/classes';
import type { CreateProjectInput, ProjectDetail, ProjectSummary, TemplateLanguageInput, TemplateLanguageSwitched, UploadedImage } from '../../projects/contracts/projects';
import { apiCaller, readAnswer } from '../app/json-call';

export type { ProjectDetail, ProjectSummary };

export interface TeamChoice {
  id: number;
  name: string;
  className: string;
}

const call = apiCaller();

export const api = {
  me: () => call<SignedIn>('/api/auth/me').then((r) => r.user),
  projects: () => call<{ projects: ProjectSummary[] }>('/api/projects').then((r) => r.projects),
  project: (id: string) => call<{ project: ProjectDetail }>(`/api/projects/${encodeURIComponent(id)}`).then((r) => r.project),
  /** The same, from a GET /api/projects/:id that is already on its way (prefetch.ts). */
  projectFrom: (response: Promise<Response>) => response.then((res) => readAnswer<{ project: ProjectDetail }>(res)).then((r) => r.project),
  createProject: (body: CreateProjectInput) =>
    call<{ project: ProjectSummary }>('/api/projects', 'POST', body).then((r) => r.project),
  /** Teams the user may create projects for: their own teams (students) or their classes' teams (teachers). */
  teams: async (): Promise<TeamChoice[]> => {
    const r = await call<{ classes: (TeacherClass | StudentClass)[] }>('/api/classes');
    return r.classes.flatMap((c) => c.teams.map((tm) => ({ id: tm.id, name: tm.name, className: c.name })));
  },
  uploadImage: (projectId: string, file: File) =>
    call<{ image: UploadedImage }>(`/api/projects/${encodeURIComponent(projectId)}/images`, 'POST', file).then((r) => r.image),
  /** A template project nobody has written in yet, in the other language (409 project_written otherwise). */
  switchTemplateLanguage: (projectId: string, body: TemplateLanguageInput) =>
    call<TemplateLanguageSwitched>(`/api/projects/${encodeURIComponent(projectId)}/template-language`, 'POST', body),
};
