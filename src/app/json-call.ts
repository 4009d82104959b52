/**
 * One JSON request to the app's own /api, as every client module makes it: same-origin cookies, a JSON body
 * when there is one, the answer parsed. A failure (no network: status 0; or an error answer with its body's
 * `error` object) is turned into the caller's own error class by `toError`, so each client keeps the fields
 * its forms need (the field at fault, a retry time, a class list's preview, a scheme's floor).
 */
export type Fetch = typeof fetch;
export type ApiErrorBody = { code?: string; message?: string; field?: string; retryAfterS?: number; [k: string]: unknown };

export function jsonCaller(fetchFn: Fetch, toError: (status: number, body: ApiErrorBody, res: Response | null) => Error) {
  return async function call<T>(path: string, method = 'GET', body?: unknown): Promise<T> {
    let res: Response;
    try {
      res = await fetchFn(path, {
        method,
        credentials: 'same-origin',
        headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw toError(0, { code: 'network', message: 'network error' }, null);
    }
    const json = (await res.json().catch(() => ({}))) as { error?: ApiErrorBody } & T;
    if (!res.ok) throw toError(res.status, json.error ?? {}, res);
    return json;
  };
}
