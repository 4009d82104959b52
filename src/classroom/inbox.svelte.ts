/**
 * The inbox's unread count in the header: pushed by the server's event stream (GET /api/inbox/stream,
 * server/classroom/inbox-stream.ts) the moment a notice arrives or is read elsewhere; also asked when
 * someone logs in, on every page change and every minute while the tab is visible, so the count stays
 * right where the stream cannot open (too many tabs, a proxy that buffers, no EventSource).
 */
import type { Inbox } from '../../projects/contracts/inbox';

export type { Inbox };
export type { InboxNotice } from '../../projects/contracts/inbox';

type Fetch = typeof fetch;

export class InboxCount {
  unread = $state(0);
  private timer: ReturnType<typeof setInterval> | null = null;
  private stream: EventSource | null = null;

  constructor(
    private readonly fetchFn: Fetch = (...a) => fetch(...a),
    private readonly openStream: ((url: string) => EventSource) | null = typeof EventSource === 'undefined' ? null : (url) => new EventSource(url),
  ) {}

  async refresh(): Promise<void> {
    try {
      const r = await this.fetchFn('/api/inbox/unread', { credentials: 'same-origin' });
      if (r.ok) this.unread = ((await r.json()) as { unread: number }).unread;
    } catch {
      /* offline: keep the last count */
    }
  }

  /** Starts asking every `everyMs` while the page is visible; returns the stop function. */
  start(everyMs = 60_000): () => void {
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
    return () => {
      this.stream?.close();
      this.stream = null;
      if (this.timer) clearInterval(this.timer);
      this.timer = null;
      this.unread = 0;
    };
  }

  async load(): Promise<Inbox> {
    const r = await this.fetchFn('/api/inbox', { credentials: 'same-origin' });
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    const inbox = (await r.json()) as Inbox;
    this.unread = inbox.unread;
    return inbox;
  }

  async markRead(ids?: number[]): Promise<void> {
    const r = await this.fetchFn('/api/inbox/read', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ids ? { ids } : {}),
    });
    if (r.ok) this.unread = ((await r.json()) as { unread: number }).unread;
  }
}

export const inboxCount = new InboxCount();
