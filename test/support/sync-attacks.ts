/**
 * Adversarial y-websocket traffic for the sync tests and the attack bench: raw sockets that speak the
 * protocol byte by byte, message builders (updates, sync step 1, awareness with any JSON text),
 * deletion-only updates for clients a document has never seen, deeply nested presence states, and a
 * victim pair of clients that measures how long an edit takes to reach its teammate.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export interface RawSocket {
  ws: WebSocket;
  /** The binary messages received, in order (those `keep` accepts, when given). */
  messages: Uint8Array[];
  closed: Promise<{ code: number; reason: string }>;
  send(data: Uint8Array | string): void;
}

/** A raw socket to `<wsBase>/<projectId>` with a session cookie; resolves once the server's first message arrived (the room is loaded). */
export async function rawSocket(wsBase: string, projectId: string, cookie: string, origin: string, opts: { keep?: (m: Uint8Array) => boolean } = {}): Promise<RawSocket> {
  const ws = new WebSocket(`${wsBase}/${projectId}`, { headers: { cookie, origin } });
  const messages: Uint8Array[] = [];
  const closed = new Promise<{ code: number; reason: string }>((r) => ws.on('close', (code, reason) => r({ code, reason: reason.toString() })));
  await new Promise<void>((resolve, reject) => {
    ws.on('message', (data: Buffer) => {
      const m = new Uint8Array(data);
      if (!opts.keep || opts.keep(m)) messages.push(m);
      resolve();
    });
    ws.once('error', reject);
    ws.once('close', (code, reason) => reject(new Error(`closed before the first message: ${code} ${reason.toString()}`)));
  });
  ws.on('error', () => {}); // errors after the start show up as the close code
  return {
    ws,
    messages,
    closed,
    send: (data) => {
      if (ws.readyState === WebSocket.OPEN) ws.send(data);
    },
  };
}

export function updateMessage(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0); // sync
  encoding.writeVarUint(e, 2); // update
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

export function step1Message(stateVector: Uint8Array = new Uint8Array([0])): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 0); // sync step 1
  encoding.writeVarUint8Array(e, stateVector);
  return encoding.toUint8Array(e);
}

/** An awareness message with these entries; `json` is sent as it is (it need not be valid). */
export function awarenessMessage(entries: { clientId: number; clock: number; json: string }[]): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const e of entries) {
    encoding.writeVarUint(inner, e.clientId);
    encoding.writeVarUint(inner, e.clock);
    encoding.writeVarString(inner, e.json);
  }
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
  return encoding.toUint8Array(e);
}

/** A presence state whose `x` field is nested `depth` arrays deep. */
export const deepState = (depth: number) => `{"user":{"name":"x"},"x":${'['.repeat(depth)}${']'.repeat(depth)}}`;

/**
 * A Yjs update (v1) holding only deletions, of every other clock of `client` (a client the document has
 * never seen), about 4 bytes per range: `bytes` long. Yjs keeps it as a pending delete set.
 */
export function deletionsOnlyUpdate(client: number, bytes: number): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0); // no structs
  encoding.writeVarUint(e, 1); // one client in the delete set
  encoding.writeVarUint(e, client);
  const ranges = Math.max(1, Math.floor(bytes / 4));
  encoding.writeVarUint(e, ranges);
  for (let i = 0; i < ranges; i++) {
    encoding.writeVarUint(e, 2 * i);
    encoding.writeVarUint(e, 1);
  }
  return encoding.toUint8Array(e);
}

/** A small self-contained update (a fresh client inserting into its own root type): integrates anywhere. */
export function independentUpdate(text: string): Uint8Array {
  const d = new Y.Doc();
  d.getText('spam').insert(0, text);
  const u = Y.encodeStateAsUpdate(d);
  d.destroy();
  return u;
}

/** A WebSocket class that sends the session cookie and an Origin, for the stock WebsocketProvider. */
function cookieSocket(cookie: string, origin: string): typeof WebSocket {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie, origin } });
    }
  } as typeof WebSocket;
}

export function provider(wsBase: string, projectId: string, cookie: string, origin: string) {
  const doc = new Y.Doc({ gc: false });
  const p = new WebsocketProvider(wsBase, projectId, doc, {
    WebSocketPolyfill: cookieSocket(cookie, origin) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
  });
  return { doc, provider: p };
}

/**
 * Two teammates on one project: the writer appends its clock time every `everyMs`, the reader records how
 * long each took to arrive (both in this process, so one clock). The "unrelated room" of the attack tests.
 */
let victims = 0;

export class VictimPair {
  /** Each pair writes to its own array, so earlier runs on the same document do not count. */
  private readonly key = `victim-${process.pid}-${++victims}`;
  readonly writer: ReturnType<typeof provider>;
  readonly reader: ReturnType<typeof provider>;
  readonly latenciesMs: number[] = [];
  private timer: NodeJS.Timeout | undefined;
  sent = 0;

  constructor(wsBase: string, projectId: string, writerCookie: string, readerCookie: string, origin: string) {
    this.writer = provider(wsBase, projectId, writerCookie, origin);
    this.reader = provider(wsBase, projectId, readerCookie, origin);
    this.reader.doc.getArray<number>(this.key).observe((e) => {
      const t = performance.now();
      for (const d of e.changes.delta) if (d.insert) for (const x of d.insert as number[]) this.latenciesMs.push(t - x);
    });
  }

  get synced(): boolean {
    return this.writer.provider.synced && this.reader.provider.synced;
  }

  start(everyMs: number): void {
    this.timer = setInterval(() => {
      this.writer.doc.getArray<number>(this.key).push([performance.now()]);
      this.sent++;
    }, everyMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  get received(): number {
    return this.reader.doc.getArray(this.key).length;
  }

  destroy(): void {
    this.stop();
    this.writer.provider.destroy();
    this.reader.provider.destroy();
  }
}

export function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;
}

/** Times GET /api/health: milliseconds until the answer arrived. */
export async function healthLatencyMs(base: string): Promise<number> {
  const t = performance.now();
  const r = await fetch(`${base}/api/health`);
  await r.arrayBuffer();
  return performance.now() - t;
}

/** The presence entries of an awareness message (type 1), or null for other messages. */
export function presenceEntries(message: Uint8Array): { clientId: number; clock: number; json: string }[] | null {
  const d = decoding.createDecoder(message);
  if (decoding.readVarUint(d) !== 1) return null;
  const inner = decoding.createDecoder(decoding.readVarUint8Array(d));
  const n = decoding.readVarUint(inner);
  const out: { clientId: number; clock: number; json: string }[] = [];
  for (let i = 0; i < n; i++) out.push({ clientId: decoding.readVarUint(inner), clock: decoding.readVarUint(inner), json: decoding.readVarString(inner) });
  return out;
}

/** Whether a message is a sync step 1 (the server asking for what it lacks). */
export function isStep1(message: Uint8Array): boolean {
  return message.length >= 2 && message[0] === 0 && message[1] === 0;
}

/** Milliseconds of CPU this thread has used (process.threadCpuUsage, Node 23.9+; the whole process before). */
function threadCpuMs(): number {
  const p = process as unknown as { threadCpuUsage?: () => { user: number; system: number } };
  const u = p.threadCpuUsage ? p.threadCpuUsage() : process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Event-loop stalls of this process, seen by a 5 ms interval timer. Each tick records how late it came
 * (wall clock: includes the time the OS did not run this process, so it grows on a loaded machine) and how
 * much CPU this thread used since the previous tick (the work that held the loop: the same on a loaded
 * machine, so tests assert on it). perf_hooks' monitorEventLoopDelay missed a 3.4 s block inside one I/O
 * callback in a test here, so both are measured the plain way.
 */
export class LoopStallMonitor {
  private timer: NodeJS.Timeout | undefined;
  private last = 0;
  private lastCpu = 0;
  readonly lateMs: number[] = [];
  readonly busyMs: number[] = [];

  start(): void {
    this.last = performance.now();
    this.lastCpu = threadCpuMs();
    this.timer = setInterval(() => {
      const t = performance.now();
      const cpu = threadCpuMs();
      this.lateMs.push(Math.max(0, t - this.last - 5));
      this.busyMs.push(cpu - this.lastCpu);
      this.last = t;
      this.lastCpu = cpu;
    }, 5);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Longest wall-clock stall (ms). */
  get maxMs(): number {
    return Math.round(Math.max(0, ...this.lateMs));
  }

  get p99Ms(): number {
    return Math.round(percentile(this.lateMs, 0.99));
  }

  /** Most CPU this thread spent between two ticks (ms): the longest block of work the loop could not interrupt. */
  get blockMaxMs(): number {
    return Math.round(Math.max(0, ...this.busyMs));
  }
}
