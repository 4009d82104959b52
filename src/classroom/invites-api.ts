/**
 * The app's client of the mentor invite routes (projects/contracts/invites.ts; types only, so zod stays
 * out of the bundle). Errors become PeopleApiError with the field, for the forms; a used, expired or
 * unknown link keeps its code (`invite_used`, `invite_revoked`, `invite_expired`, `invite_unknown`).
 */
import type { AcceptedInvite, AcceptInviteInput, CreatedInvite, CreateInviteInput, InviteSummary, InviteView } from '../../projects/contracts/invites';
import { jsonCaller, type Fetch } from '../app/json-call';
import { PeopleApiError } from '../app/people-api';

export type { AcceptedInvite, CreatedInvite, InviteSummary, InviteView };

/** A project the caller may hand to a mentor (from GET /api/projects). */
export interface HandableProject {
  id: string;
  title: string;
  team: { name: string; className: string };
}

export function createInvitesApi(fetchFn: Fetch = (...a) => fetch(...a)) {
  const call = jsonCaller(fetchFn, (status, e, res) => {
    if (status === 0) return new PeopleApiError(0, 'network', 'network error');
    return new PeopleApiError(status, e.code ?? 'http_error', e.message ?? `HTTP ${status}`, e.field, e.retryAfterS ?? (Number(res?.headers.get('retry-after')) || undefined));
  });
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
