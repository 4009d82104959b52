/**
 * The app's client of the mentor invite routes (projects/contracts/invites.ts; types only, so zod stays
 * out of the bundle). Errors are ApiErrors (src/app/json-call.ts) with the field, for the forms; a used, expired or
 * unknown link keeps its code (`invite_used`, `invite_revoked`, `invite_expired`, `invite_unknown`).
 */
import type { AcceptedInvite, AcceptInviteInput, CreatedInvite, CreateInviteInput, InviteSummary, InviteView } from '../../projects/contracts/invites';
import type { ProjectSummary } from '../../projects/contracts/projects';
import { apiCaller, type Fetch } from '../app/json-call';

export type { AcceptedInvite, CreatedInvite, InviteSummary, InviteView };

/** A project the caller may hand to a mentor (from GET /api/projects). */
export type HandableProject = Pick<ProjectSummary, 'id' | 'title' | 'team'>;

export function createInvitesApi(fetchFn: Fetch = (...a) => fetch(...a)) {
  const call = apiCaller(fetchFn);
  return {
    create: (input: CreateInviteInput) => call<CreatedInvite>('/api/invites', 'POST', input),
    view: (token: string) => call<InviteView>(`/api/invites/${encodeURIComponent(token)}`),
    accept: (token: string, input: AcceptInviteInput) => call<AcceptedInvite>(`/api/invites/${encodeURIComponent(token)}/accept`, 'POST', input),
    /** The school's links (administrator) or one's own (teacher), newest first. */
    list: () => call<{ invites: InviteSummary[] }>('/api/invites').then((r) => r.invites),
    revoke: (id: number) => call<{ invite: InviteSummary }>(`/api/invites/${id}/revoke`, 'POST').then((r) => r.invite),
    projects: () => call<{ projects: HandableProject[] }>('/api/projects').then((r) => r.projects),
  };
}

export const invitesApi = createInvitesApi();
