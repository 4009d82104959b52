/**
 * The app's client of the school-account routes (projects/contracts/accounts.ts: request and answer
 * types are the contract's, imported as types only, so zod stays out of the bundle). Errors become a
 * PeopleApiError that keeps the field (src/app/people-api.ts), so forms show them beside the input.
 */
import type {
  ChangePasswordInput, ClassListFileProblem, ClassListImported, ClassListInput, ClassListPreview, CreateStaffInput, LoginSlip, PersonSummary, SchoolPeople,
} from '../../projects/contracts/accounts';
import type { ApiTokenCreated, ApiTokenView, CreateApiTokenInput } from '../../projects/contracts/opendata';
import { jsonCaller, type Fetch } from '../app/json-call';
import { PeopleApiError } from '../app/people-api';
import type { SessionUser } from '../app/session.svelte';

export type { ApiTokenView, ClassListImported, ClassListPreview, LoginSlip, PersonSummary, SchoolPeople };


/** A refused class list: the rows with their problems come with the error. */
export class ClassListRefused extends PeopleApiError {
  constructor(
    message: string,
    readonly preview: ClassListPreview,
  ) {
    super(400, 'class_list_has_problems', message, 'csv');
  }
}

/** A class-list file refused as a whole (not a workbook, no header row, too many rows, …): what, and its numbers. */
export class ClassListFileError extends PeopleApiError {
  constructor(
    message: string,
    field: string | undefined,
    readonly problem: ClassListFileProblem,
    readonly vars: Record<string, string | number>,
    readonly line?: number,
  ) {
    super(400, 'invalid_class_list', message, field);
  }
}

export function createAccountsApi(fetchFn: Fetch = (...a) => fetch(...a)) {
  const call = jsonCaller(fetchFn, (status, e, res) => {
    if (status === 0) return new PeopleApiError(0, 'network', 'network error');
    if (e.code === 'class_list_has_problems' && e.preview) return new ClassListRefused(e.message ?? '', e.preview as ClassListPreview);
    if (e.code === 'invalid_class_list' && typeof e.problem === 'string') {
      return new ClassListFileError(e.message ?? '', e.field, e.problem as ClassListFileProblem, (e.vars ?? {}) as Record<string, string | number>, typeof e.line === 'number' ? e.line : undefined);
    }
    return new PeopleApiError(status, e.code ?? 'http_error', e.message ?? `HTTP ${status}`, e.field, e.retryAfterS ?? (Number(res?.headers.get('retry-after')) || undefined));
  });

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
