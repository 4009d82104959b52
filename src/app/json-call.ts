/**
 * The app's one client core for its own /api: every client module (people, accounts, invites, assignments,
 * evaluation, review, notebook, session) calls through `apiCaller`, and every failure is an `ApiError`.
 *
 * A request is same-origin with cookies; a JSON body when there is one (a Blob, e.g. an image, is sent as it
 * is, with its own type); the answer parsed. A failure is an `ApiError`: no network gives status 0 and code
 * `network`; an error answer `{ error: { code, message, field?, ...extras } }` keeps its code, message, the
 * request field at fault (so a form shows the problem beside that input) and its extras in `details`.
 * Request and answer types come from the contracts (projects/contracts/*, imported as types only, so zod
 * stays out of the bundle).
 */
import type { ClassListFileProblem, ClassListPreview } from '../../projects/contracts/accounts';

export type Fetch = typeof fetch;

/** What an error answer may carry besides code, message and field (each route documents its own). */
export interface ApiErrorDetails {
  /** Seconds to wait (rate_limited; also from a `Retry-After` header). */
  retryAfterS?: number;
  /** The school's floor, when a weight scheme was refused for going below it (below_floor). */
  floorPct?: number;
  /** A refused class list: its rows with their problems (class_list_has_problems). */
  preview?: ClassListPreview;
  /** A class-list file refused as a whole (invalid_class_list): what, its numbers, and the line. */
  problem?: ClassListFileProblem;
  vars?: Record<string, string | number>;
  line?: number;
  /** The refusal's stable name (server/http/error-reasons.ts): the app says it as `errors.<reason>` (./server-error.ts). */
  reason?: string;
  /** The values the refusal's sentence needs. */
  params?: Record<string, string | number>;
  /** The project's image allowance (image_quota_exceeded). */
  quotaBytes?: number;
  [extra: string]: unknown;
}

/** The error body the server sends (server/http/errors). */
export type ApiErrorBody = { code?: string; message?: string; field?: string } & ApiErrorDetails;

/** A failed API call. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** The server's error code (`invalid_field`, `unknown_invite_code`, `conflict`, `below_floor`, …), or `network`, or `http_error` when the answer had none. */
    readonly code: string,
    message: string,
    /** The request field at fault (`inviteCode`, `username`, `studentIds.0`, …), when there is one. */
    readonly field?: string,
    readonly details: ApiErrorDetails = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The error of a failed answer (its parsed body's `error` object, maybe empty). */
  static fromAnswer(res: Response, body: ApiErrorBody): ApiError {
    const { code, message, field, ...details } = body;
    const header = Number(res.headers.get('retry-after')) || undefined;
    if (details.retryAfterS === undefined && header !== undefined) details.retryAfterS = header;
    return new ApiError(res.status, code ?? 'http_error', message ?? `HTTP ${res.status}`, field, details);
  }

  static network(): ApiError {
    return new ApiError(0, 'network', 'network error');
  }
}

/** The body of a JSON answer, or its error as an ApiError (also for a response fetched elsewhere, e.g. a prefetch). */
export async function readAnswer<T>(res: Response): Promise<T> {
  const json = (await res.json().catch(() => ({}))) as { error?: ApiErrorBody } & T;
  if (!res.ok) {
    await errorWords();
    throw ApiError.fromAnswer(res, json.error ?? {});
  }
  return json;
}

/** The words of the server's refusals (errors.json), fetched with the first one, so whoever catches it can say it at once. */
async function errorWords(): Promise<void> {
  try {
    const { i18n } = await import('../i18n');
    await i18n.need(['errors']);
  } catch {
    /* no words: the refusal is shown in the server's English */
  }
}

export type ApiCall = <T>(path: string, method?: string, body?: unknown) => Promise<T>;

/** The call function of a client module (tests pass a fake fetch). */
export function apiCaller(fetchFn: Fetch = (...a) => fetch(...a)): ApiCall {
  return async function call<T>(path: string, method = 'GET', body?: unknown): Promise<T> {
    const raw = typeof Blob !== 'undefined' && body instanceof Blob;
    let res: Response;
    try {
      res = await fetchFn(path, {
        method,
        credentials: 'same-origin',
        headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': raw ? (body as Blob).type : 'application/json' }) },
        body: body === undefined ? undefined : raw ? (body as Blob) : JSON.stringify(body),
      });
    } catch {
      throw ApiError.network();
    }
    return readAnswer<T>(res);
  };
}
