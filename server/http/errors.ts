/** Errors the API answers with: JSON `{ error: { code, message, field? } }` and the right HTTP status. */
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
  ) {
    super(message);
  }
}

export const badRequest = (code: string, message: string, field?: string) => new ApiError(400, code, message, field);
export const unauthorized = (message = 'log in first') => new ApiError(401, 'unauthorized', message);
export const forbidden = (message = 'you may not do this') => new ApiError(403, 'forbidden', message);
export const notFound = (message = 'not found') => new ApiError(404, 'not_found', message);
export const conflict = (message: string, field?: string) => new ApiError(409, 'conflict', message, field);
