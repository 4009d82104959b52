/** The inbox count's calls through the one client core: the count kept when offline or refused, marks read, errors as ApiError. */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../app/json-call';
import { InboxCount } from './inbox.svelte';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('InboxCount', () => {
  it('takes the unread count, and keeps the last one when offline or refused', async () => {
    let answer: () => Response = () => json(200, { unread: 3 });
    const c = new InboxCount(async () => answer(), null);
    await c.refresh();
    expect(c.unread).toBe(3);
    answer = () => json(401, { error: { code: 'unauthorized', message: 'log in first' } });
    await c.refresh();
    expect(c.unread).toBe(3);
    answer = () => {
      throw new TypeError('failed to fetch');
    };
    await c.refresh();
    expect(c.unread).toBe(3);
  });

  it('marks read with the ids (or all) and takes the new count; a refusal leaves it', async () => {
    const sent: unknown[] = [];
    let status = 200;
    const c = new InboxCount(async (_u, init) => (sent.push(JSON.parse(String(init?.body))), status === 200 ? json(200, { unread: 1 }) : json(status, { error: { code: 'invalid_field', message: 'ids.0: …', field: 'ids.0' } })), null);
    await c.markRead([7, 8]);
    await c.markRead();
    expect(sent).toEqual([{ ids: [7, 8] }, {}]);
    expect(c.unread).toBe(1);
    status = 400;
    c.unread = 5;
    await c.markRead([1]);
    expect(c.unread).toBe(5);
  });

  it('a failed load is an ApiError with the status', async () => {
    const c = new InboxCount(async () => json(503, {}), null);
    await expect(c.load()).rejects.toBeInstanceOf(ApiError);
    await expect(c.load()).rejects.toMatchObject({ status: 503, code: 'http_error' });
  });

  it('asks for the first count and opens the stream once the page has loaded, not before; page changes ask from then on', async () => {
    const asked: string[] = [];
    const opened: string[] = [];
    let loaded: (() => void) | null = null;
    const c = new InboxCount(
      async (url) => (asked.push(String(url)), json(200, { unread: 2 })),
      (url) => (opened.push(url), { addEventListener() {}, close() {} }) as unknown as EventSource,
      (fn) => ((loaded = fn), () => (loaded = null)),
    );
    const stop = c.start();
    c.pageChanged(); // the first page's own render: not a second request
    expect({ asked, opened }).toEqual({ asked: [], opened: [] });
    loaded!();
    await Promise.resolve();
    expect(asked).toEqual(['/api/inbox/unread']);
    expect(opened).toEqual(['/api/inbox/stream']);
    await new Promise((r) => setTimeout(r, 0));
    expect(c.unread).toBe(2);
    c.pageChanged();
    expect(asked).toEqual(['/api/inbox/unread', '/api/inbox/unread']);
    stop();
    // stopped before the page had loaded: nothing is asked
    const d = new InboxCount(async (url) => (asked.push(String(url)), json(200, { unread: 1 })), null, (fn) => ((loaded = fn), () => (loaded = null)));
    d.start()();
    expect(loaded).toBeNull();
  });
});
