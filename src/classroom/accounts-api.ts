/**
 * The app's client of the school-account routes (projects/contracts/accounts.ts: request and answer
 * types are the contract's, imported as types only, so zod stays out of the bundle). Errors become a
 * PeopleApiError that keeps the field (src/app/people-api.ts), so forms show them beside the input.
 */
import type {
  ChangePasswordInput, ClassListImported, ClassListInput, ClassListPreview, CreateStaffInput, LoginSlip, PersonSummary, SchoolPeople,
} from '../../projects/contracts/accounts';
import { PeopleApiError } from '../app/people-api';
import type { SessionUser } from '../app/session.svelte';

export type { ClassListImported, ClassListPreview, LoginSlip, PersonSummary, SchoolPeople };

type Fetch = typeof fetch;
type ErrorBody = { error?: { code?: string; message?: string; field?: string; retryAfterS?: number; line?: number; preview?: ClassListPreview } };

/** A refused class list: the rows with their problems come with the error. */
export class ClassListRefused extends PeopleApiError {
  constructor(
    message: string,
    readonly preview: ClassListPreview,
  ) {
    super(400, 'class_list_has_problems', message, 'csv');
  }
}

export function createAccountsApi(fetchFn: Fetch = (...a) => fetch(...a)) {
  async function call<T>(path: string, method = 'GET', body?: unknown): Promise<T> {
    let res: Response;
    try {
      res = await fetchFn(path, {
        method,
        credentials: 'same-origin',
        headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new PeopleApiError(0, 'network', 'network error');
    }
    const json = (await res.json().catch(() => ({}))) as ErrorBody & T;
    if (!res.ok) {
      const e = json.error ?? {};
      if (e.code === 'class_list_has_problems' && e.preview) throw new ClassListRefused(e.message ?? '', e.preview);
      throw new PeopleApiError(res.status, e.code ?? 'http_error', e.message ?? `HTTP ${res.status}`, e.field, e.retryAfterS ?? (Number(res.headers.get('retry-after')) || undefined));
    }
    return json;
  }

  return {
    changePassword: (input: ChangePasswordInput) => call<{ user: SessionUser }>('/api/auth/password', 'POST', input).then((r) => r.user),
    people: () => call<SchoolPeople>('/api/admin/people'),
    createStaff: (input: CreateStaffInput) => call<{ user: PersonSummary; slip: LoginSlip }>('/api/admin/users', 'POST', input),
    resetPassword: (userId: number) => call<{ slip: LoginSlip }>(`/api/admin/users/${userId}/password`, 'POST').then((r) => r.slip),
    previewClassList: (input: ClassListInput) => call<ClassListPreview>('/api/admin/class-list/preview', 'POST', input),
    importClassList: (input: ClassListInput) => call<ClassListImported>('/api/admin/class-list/import', 'POST', input),
    classPasswords: (classId: number, studentIds: number[]) => call<{ slips: LoginSlip[] }>(`/api/classes/${classId}/passwords`, 'POST', { studentIds }).then((r) => r.slips),
  };
}

export const accountsApi = createAccountsApi();
