/**
 * Errors the API answers with: JSON `{ error: { code, reason, params, message, field? } }` and the right HTTP status.
 * `code` is the kind of error (`forbidden`, `invalid_field`, `rate_limited`, …); `reason` is the stable name of this
 * very refusal (./error-reasons.ts) and `params` the values its sentence needs, so the app says it in the reader's
 * language; `message` is the English sentence, for API users.
 */
import { reasonMessage, type Reason, type ReasonParams } from './error-reasons';

export type { Reason, ReasonParams };

export class ApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    /** The request field at fault, when there is one. */
    public readonly field?: string,
    /** Extra response headers (e.g. `retry-after`). */
    public readonly headers: Record<string, string> = {},
    /** Extra machine-readable details merged into `error` (e.g. `retryAfterS`, `allowed`). */
    public readonly details: Record<string, unknown> = {},
    /** The refusal's stable name (./error-reasons.ts); by default the code. */
    public readonly reason: string = code,
    /** The values `reason`'s sentence needs. */
    public readonly params: ReasonParams = {},
  ) {
    super(message);
  }
}

export interface RefusalExtras {
  field?: string;
  /** The English sentence, when it says more than the reason's (a schema's own words, an English plural); the app still shows the reason's. */
  message?: string;
  headers?: Record<string, string>;
  details?: Record<string, unknown>;
}

/** An error whose English message is `reason`'s sentence filled with `params`. */
export function refuse(status: number, code: string, reason: Reason, params: ReasonParams = {}, extras: RefusalExtras = {}): ApiError {
  return new ApiError(status, code, extras.message ?? reasonMessage(reason, params), extras.field, extras.headers, extras.details, reason, params);
}

/** 400 whose code is its reason (`malformed_json`, `same_password`, …). */
export const badRequest = (reason: Reason, params: ReasonParams = {}, field?: string) => refuse(400, reason, reason, params, { field });
/** 400 `invalid_field`: `field` (also in params, for the sentence) broke the rule `reason` names. */
export const invalidField = (field: string, reason: Reason, params: ReasonParams = {}, message?: string) => refuse(400, 'invalid_field', reason, { field, ...params }, { field, message });
export const unauthorized = (reason: Reason = 'unauthorized', params: ReasonParams = {}) => refuse(401, 'unauthorized', reason, params);
export const forbidden = (reason: Reason = 'forbidden', params: ReasonParams = {}) => refuse(403, 'forbidden', reason, params);
export const notFound = (reason: Reason = 'not_found', params: ReasonParams = {}, field?: string) => refuse(404, 'not_found', reason, params, { field });
export const conflict = (reason: Reason, params: ReasonParams = {}, field?: string) => refuse(409, 'conflict', reason, params, { field });
