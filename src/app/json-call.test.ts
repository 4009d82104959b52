/** The one client core: what a request looks like, and every failure as an ApiError with code, field and details. */
import { describe, expect, it } from 'vitest';
import { ApiError, apiCaller, readAnswer } from './json-call';

const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('apiCaller', () => {
  it('sends JSON with same-origin cookies and returns the parsed answer', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const call = apiCaller(async (url, init) => (seen.push({ url: String(url), init: init! }), answer(200, { ok: 1 })));
    await expect(call<{ ok: number }>('/api/x', 'POST', { a: 1 })).resolves.toEqual({ ok: 1 });
    expect(seen[0]).toMatchObject({ url: '/api/x', init: { method: 'POST', credentials: 'same-origin', body: '{"a":1}', headers: { 'content-type': 'application/json', accept: 'application/json' } } });
    await call('/api/y');
    expect(seen[1].init).toMatchObject({ method: 'GET', body: undefined, headers: { accept: 'application/json' } });
  });

  it('sends a Blob as it is, with its own type (an image upload)', async () => {
    let init: RequestInit | undefined;
    const call = apiCaller(async (_u, i) => ((init = i), answer(201, {})));
    const blob = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' });
    await call('/api/projects/p/images', 'POST', blob);
    expect(init?.body).toBe(blob);
    expect((init?.headers as Record<string, string>)['content-type']).toBe('image/png');
  });

  it('keeps code, message, field and the extras of an error answer', async () => {
    const call = apiCaller(async () => answer(400, { error: { code: 'below_floor', message: 'processPct: at least 30', field: 'processPct', floorPct: 30 } }));
    const err = await call('/api/x', 'PUT', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 400, code: 'below_floor', message: 'processPct: at least 30', field: 'processPct', details: { floorPct: 30 } });
  });

  it('takes the wait from Retry-After when the body has none; the body wins when both are there', async () => {
    const header = await apiCaller(async () => answer(429, { error: { code: 'rate_limited', message: 'slow down' } }, { 'retry-after': '17' }))<never>('/a').catch((e: ApiError) => e);
    expect(header.details.retryAfterS).toBe(17);
    const body = await apiCaller(async () => answer(429, { error: { code: 'rate_limited', message: 'x', retryAfterS: 42 } }, { 'retry-after': '17' }))<never>('/a').catch((e: ApiError) => e);
    expect(body.details.retryAfterS).toBe(42);
  });

  it('no network is status 0, code network; an answer without an error body is http_error with its status', async () => {
    const offline = await apiCaller(async () => {
      throw new TypeError('failed to fetch');
    })<never>('/a').catch((e: ApiError) => e);
    expect(offline).toMatchObject({ status: 0, code: 'network', field: undefined, details: {} });
    const bare = await apiCaller(async () => new Response('<html>bad gateway</html>', { status: 502 }))<never>('/a').catch((e: ApiError) => e);
    expect(bare).toMatchObject({ status: 502, code: 'http_error', message: 'HTTP 502' });
  });

  it('readAnswer reads a response fetched elsewhere (a prefetch) the same way', async () => {
    await expect(readAnswer(answer(200, { project: { id: 'p' } }))).resolves.toEqual({ project: { id: 'p' } });
    await expect(readAnswer(answer(404, { error: { code: 'not_found', message: 'no such project' } }))).rejects.toMatchObject({ status: 404, code: 'not_found' });
  });
});
