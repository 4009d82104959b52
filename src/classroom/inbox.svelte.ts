/**
 * The inbox's unread count in the header: asked when someone logs in, on every page change and every
 * minute while the tab is visible (polling; a push over the sync connection is not built yet).
 */
import type { Inbox } from '../../projects/contracts/inbox';

export type { Inbox };
export type { InboxNotice } from '../../projects/contracts/inbox';

type Fetch = typeof fetch;

export class InboxCount {
  unread = $state(0);
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly fetchFn: Fetch = (...a) => fetch(...a)) {}

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
    this.timer = setInterval(() => {
      if (typeof document === 'undefined' || document.visibilityState === 'visible') void this.refresh();
    }, everyMs);
    return () => {
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
