/**
 * The inbox's unread count in the header: pushed by the server's event stream (GET /api/inbox/stream,
 * server/classroom/inbox-stream.ts) the moment a notice arrives or is read elsewhere; also asked when
 * someone logs in, on every later page change and every minute while the tab is visible, so the count stays
 * right where the stream cannot open (too many tabs, a proxy that buffers, no EventSource). The first count
 * and the stream wait until the page has loaded (after-first-screen.ts): the page's own code and data first.
 */
import type { Inbox } from '../../projects/contracts/inbox';
import { afterFirstScreen } from '../app/after-first-screen';
import { ApiError, apiCaller, type Fetch } from '../app/json-call';

export type { Inbox };
export type { InboxNotice } from '../../projects/contracts/inbox';

export class InboxCount {
  unread = $state(0);
  private timer: ReturnType<typeof setInterval> | null = null;
  private stream: EventSource | null = null;

  private readonly call: ReturnType<typeof apiCaller>;

  /** Started: the first count has been asked for (page changes ask again from then on). */
  private live = false;

  constructor(
    fetchFn: Fetch = (...a) => fetch(...a),
    private readonly openStream: ((url: string) => EventSource) | null = typeof EventSource === 'undefined' ? null : (url) => new EventSource(url),
    private readonly later: (fn: () => void) => () => void = afterFirstScreen,
  ) {
    this.call = apiCaller(fetchFn);
  }

  async refresh(): Promise<void> {
    try {
      this.unread = (await this.call<{ unread: number }>('/api/inbox/unread')).unread;
    } catch {
      /* offline or refused: keep the last count */
    }
  }

  /** Asks again on a page change, once started (the first count is start's). */
  pageChanged(): void {
    if (this.live) void this.refresh();
  }

  /** Once the page has loaded: the count, the stream, and asking every `everyMs` while the page is visible; returns the stop function. */
  start(everyMs = 60_000): () => void {
    const cancel = this.later(() => {
      this.live = true;
      void this.refresh();
      this.stream = this.openStream?.('/api/inbox/stream') ?? null;
      // the browser reconnects by itself after a network drop; a refusal (429, 401) closes it for good
      this.stream?.addEventListener('unread', (e) => {
        const n = (JSON.parse((e as MessageEvent<string>).data) as { unread?: unknown }).unread;
        if (typeof n === 'number' && Number.isInteger(n) && n >= 0) this.unread = n;
      });
      this.timer = setInterval(() => {
        if (typeof document === 'undefined' || document.visibilityState === 'visible') void this.refresh();
      }, everyMs);
    });
    return () => {
      cancel();
      this.live = false;
      this.stream?.close();
      this.stream = null;
      if (this.timer) clearInterval(this.timer);
      this.timer = null;
      this.unread = 0;
    };
  }

  async load(): Promise<Inbox> {
    const inbox = await this.call<Inbox>('/api/inbox');
    this.unread = inbox.unread;
    return inbox;
  }

  async markRead(ids?: number[]): Promise<void> {
    try {
      this.unread = (await this.call<{ unread: number }>('/api/inbox/read', 'POST', ids ? { ids } : {})).unread;
    } catch (err) {
      if (!(err instanceof ApiError) || err.status === 0) throw err; // a refusal leaves the count; no network is the caller's to show
    }
  }
}

export const inboxCount = new InboxCount();
