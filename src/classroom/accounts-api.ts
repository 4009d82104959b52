/**
 * The app's client of the school-account routes (projects/contracts/accounts.ts: request and answer
 * types are the contract's, imported as types only, so zod stays out of the bundle). Errors are ApiErrors
 * keeping the field (src/app/json-call.ts), so forms show them beside the input; a refused class list
 * carries its rows with their problems in `details.preview`, a file refused as a whole its `details.problem`,
 * `vars` and `line` (code invalid_class_list).
 */
import type {
  ChangePasswordInput, ClassListImported, ClassListInput, ClassListPreview, CreateStaffInput, LoginSlip, PersonSummary, SchoolPeople,
} from '../../projects/contracts/accounts';
import type { ApiTokenCreated, ApiTokenView, CreateApiTokenInput } from '../../projects/contracts/opendata';
import { apiCaller, type Fetch } from '../app/json-call';
import type { SessionUser } from '../app/session.svelte';

export type { ApiTokenView, ClassListImported, ClassListPreview, LoginSlip, PersonSummary, SchoolPeople };


export function createAccountsApi(fetchFn: Fetch = (...a) => fetch(...a)) {
  const call = apiCaller(fetchFn);

  return {
    changePassword: (input: ChangePasswordInput) => call<{ user: SessionUser }>('/api/auth/password', 'POST', input).then((r) => r.user),
    people: () => call<SchoolPeople>('/api/admin/people'),
    createStaff: (input: CreateStaffInput) => call<{ user: PersonSummary; slip: LoginSlip }>('/api/admin/users', 'POST', input),
    resetPassword: (userId: number) => call<{ slip: LoginSlip }>(`/api/admin/users/${userId}/password`, 'POST').then((r) => r.slip),
    previewClassList: (input: ClassListInput) => call<ClassListPreview>('/api/admin/class-list/preview', 'POST', input),
    importClassList: (input: ClassListInput) => call<ClassListImported>('/api/admin/class-list/import', 'POST', input),
    apiTokens: () => call<{ tokens: ApiTokenView[] }>('/api/admin/api-tokens').then((r) => r.tokens),
    createApiToken: (input: CreateApiTokenInput) => call<ApiTokenCreated>('/api/admin/api-tokens', 'POST', input),
    revokeApiToken: (id: number) => call<{ token: ApiTokenView }>(`/api/admin/api-tokens/${id}`, 'DELETE').then((r) => r.token),
    classPasswords: (classId: number, studentIds: number[]) => call<{ slips: LoginSlip[] }>(`/api/classes/${classId}/passwords`, 'POST', { studentIds }).then((r) => r.slips),
  };
}

export const accountsApi = createAccountsApi();
