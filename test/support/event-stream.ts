/**
 * A reader of GET /api/inbox/stream (Server-Sent Events) for tests over real HTTP: the events as they
 * arrive (with the time each arrived), the heartbeat comments counted, and whether the stream ended.
 */

export interface EventStream {
  status: number;
  contentType: string | null;
  events: { event: string; data: string; atMs: number }[];
  /** Comment lines (`: heartbeat`) seen. */
  comments: number;
  ended: boolean;
  close(): void;
}

/** Opens the stream at `base` with the session `cookie` (none: expect a refusal in `status`). */
export async function openEventStream(base: string, cookie: string | undefined, path = '/api/inbox/stream'): Promise<EventStream> {
  const ctrl = new AbortController();
  const r = await fetch(`${base}${path}`, { headers: cookie ? { cookie } : {}, signal: ctrl.signal });
  const s: EventStream = { status: r.status, contentType: r.headers.get('content-type'), events: [], comments: 0, ended: false, close: () => ctrl.abort() };
  if (r.status !== 200) {
    await r.text();
    s.ended = true;
    return s;
  }
  void (async () => {
    const decoder = new TextDecoder();
    let buf = '';
    try {
      for await (const chunk of r.body as unknown as AsyncIterable<Uint8Array>) {
        buf += decoder.decode(chunk, { stream: true });
        let cut: number;
        while ((cut = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, cut);
          buf = buf.slice(cut + 2);
          if (block.startsWith(':')) s.comments++;
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data !== undefined) s.events.push({ event, data, atMs: performance.now() });
        }
      }
    } catch {
      /* aborted */
    }
    s.ended = true;
  })();
  return s;
}

/** The unread count of the stream's last `unread` event (undefined before the first). */
export function lastUnread(s: EventStream): number | undefined {
  const last = s.events.filter((e) => e.event === 'unread').at(-1);
  return last ? (JSON.parse(last.data) as { unread: number }).unread : undefined;
}
