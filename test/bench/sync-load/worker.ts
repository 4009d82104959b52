/**
 * One load-generator process of the sync benchmark (forked by test/bench/sync.ts with `--import tsx`).
 * It owns whole documents: every client of a document lives in this process, so an update's send time
 * and its arrival times at the document's other clients are read from one clock (process.hrtime, the
 * machine's monotonic clock) without crossing processes.
 *
 * Each client is a raw `ws` socket speaking the y-websocket protocol the way the stock WebsocketProvider
 * does: sync step 1 on open, answers the server's step 1 with step 2, an awareness state on open and its
 * renewal every 15 s, and one small text insertion at a steady rate (typing forward: at the end of what it
 * wrote; see `EditWhere`), the Yjs update written directly (typedCharMessage). Received updates
 * are not applied to the client's doc (that would measure the client, not the server); each one's
 * (client, first clock) pairs are read from its header (updateStarts) and matched to the send time.
 *
 * Messages from the parent: `connect` (clients and their URLs/headers), `go` (start sending), `measure`
 * (reset counters, start recording latencies), `stop` (stop sending, report, close, exit). The process also
 * exits by itself after `deadlineMs` or when the parent goes away.
 */
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import WebSocket from 'ws';
import * as Y from 'yjs';

export interface WorkerClient {
  index: number;
  url: string;
  headers: Record<string, string>;
}

/**
 * Where a client types. 'append' (the default): at the end of its text, as a student writes forward.
 * 'prepend': at the start, the bench's load before 2026-12-05. A client never applies what it receives,
 * so its text holds only its own characters: prepended, each new item's right neighbour is the client's
 * previous one, and the server's Yjs (Item.integrate) walks every other client's items before it to place
 * it, a cost that grows with the document (0.2 ms per update at 3 000 characters, ~1 ms at 12 000,
 * measured in one Y.Doc) and that a real editor, which has its peers' text, does not cause. Appended, the
 * placement is constant (10-25 µs).
 */
export type EditWhere = 'append' | 'prepend';

export type ToWorker =
  | { kind: 'connect'; clients: WorkerClient[]; rate: number; deadlineMs: number; edit: EditWhere }
  | { kind: 'go' }
  | { kind: 'measure' }
  | { kind: 'stop' };

export interface WorkerReport {
  /** Fan-out latencies (ms) recorded between `measure` and `stop`. */
  latenciesMs: number[];
  sent: number;
  /** Deliveries to other clients of updates sent by this process (whatever window they were sent in). */
  delivered: number;
  closedDuringRun: number;
  /** 99th percentile of this generator's event-loop delay during the window (ms, beyond the sampling interval): how much it may have added to the latencies it measured. */
  loopDelayP99Ms: number;
}

export type FromWorker = { kind: 'connected'; failed: number; firstError: string } | { kind: 'report'; report: WorkerReport };

const MESSAGE_SYNC = 0;
/** The loop-delay histogram samples a timer this often and records whole intervals, so this is its floor. */
const LOOP_SAMPLE_MS = 10;
const MESSAGE_AWARENESS = 1;
/** The send ticker's period. */
const TICK_MS = 5;
const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

interface Client {
  ws: WebSocket;
  /** Holds the client id and presence; what the client types is not applied to it (typedCharMessage). */
  doc: Y.Doc;
  awareness: awarenessProtocol.Awareness;
  nextSendMs: number;
  /** The clock of the next character this client types. */
  clock: number;
}

const zeroMask = (mask: Uint8Array) => mask.fill(0);

/** One number per (client id, clock): client ids are 32-bit and a bench client's clock stays far below 2^21. */
const sentKey = (clientId: number, clock: number) => clientId * 2 ** 21 + clock;

/**
 * The first clock of each client in a Yjs update (what Y.parseUpdateMeta's `from` holds). An update of one
 * client (every update a bench client sends is one insertion; LoadWorker.onMessage reads those in place) is read from its first bytes, without
 * decoding its structs (update format v1: number of client groups, then per group the number of structs,
 * the client id and its first clock); anything else goes through Yjs. At 2 000 clients the load generator
 * does this 16 000 times a second, on the cores the servers need.
 */
/** Where readVarUintAt reads next. */
let at = 0;

/** A lib0 var-uint at `at` in `b` (moving `at` past it); throws past the end, as lib0's decoder does. */
function readVarUintAt(b: Uint8Array): number {
  let n = 0;
  let mult = 1;
  for (;;) {
    if (at >= b.length) throw new Error('unexpected end of a message');
    const x = b[at++];
    n += (x & 0x7f) * mult;
    if (x < 0x80) return n;
    mult *= 0x80;
  }
}

function updateStarts(update: Uint8Array): Iterable<[number, number]> {
  const dec = decoding.createDecoder(update);
  if (decoding.readVarUint(dec) !== 1) return Y.parseUpdateMeta(update).from;
  decoding.readVarUint(dec); // number of structs
  const clientId = decoding.readVarUint(dec);
  return [[clientId, decoding.readVarUint(dec)]];
}

const writeVarUint = (out: number[], n: number) => {
  while (n > 0x7f) {
    out.push(0x80 | (n & 0x7f));
    n = Math.floor(n / 0x80);
  }
  out.push(n);
};

/** Item info bits of Yjs's update format: a left origin, a right origin; content type 4 = a string. */
const HAS_ORIGIN = 0x80;
const HAS_RIGHT_ORIGIN = 0x40;
const CONTENT_STRING = 4;

/**
 * The sync message (messageSync, messageYjsUpdate, length, update) carrying one character typed by a bench
 * client into its own Y.Text 't' at `clock`, byte for byte what Yjs encodes for `text.insert(…, 'x')`
 * (update format v1: one client, one struct: client id, clock, the item's info and origin, 'x'; an
 * empty delete set). A client's text holds only its own characters, so the item's neighbour is its own
 * previous one: its left origin when typing forward, its right origin when prepending; the first has
 * neither and names its parent, the root type 't'. Written directly, the load generator does not run a
 * Yjs transaction per update on the cores the servers need (a real client's editor runs on its own
 * machine); `checkTypedUpdates` compares it with Yjs when a worker starts.
 */
export function typedCharMessage(clientId: number, clock: number, edit: EditWhere): Uint8Array {
  const u: number[] = [1, 1]; // one client, one struct
  writeVarUint(u, clientId);
  writeVarUint(u, clock);
  if (clock === 0) u.push(CONTENT_STRING, 1, 1, 't'.charCodeAt(0)); // no origin: parent is the root type 't' (a key)
  else {
    u.push(CONTENT_STRING | (edit === 'append' ? HAS_ORIGIN : HAS_RIGHT_ORIGIN));
    writeVarUint(u, clientId);
    writeVarUint(u, clock - 1);
  }
  u.push(1, 'x'.charCodeAt(0), 0); // the string 'x', then an empty delete set
  const head: number[] = [MESSAGE_SYNC, syncProtocol.messageYjsUpdate];
  writeVarUint(head, u.length);
  return Uint8Array.from([...head, ...u]);
}

/** Throws unless typedCharMessage gives what Yjs sends for the same typing (both edit modes, merged and unmerged items). */
export function checkTypedUpdates(): void {
  for (const edit of ['append', 'prepend'] as const) {
    const doc = new Y.Doc();
    doc.clientID = 2 ** 31 + 12345; // a 5-byte var-uint, as random client ids mostly are
    const text = doc.getText('t');
    let sent: Uint8Array | null = null;
    doc.on('update', (u: Uint8Array) => (sent = u));
    for (let clock = 0; clock < 300; clock++) {
      text.insert(edit === 'append' ? text.length : 0, 'x');
      const yjs = frame((e) => (encoding.writeVarUint(e, MESSAGE_SYNC), syncProtocol.writeUpdate(e, sent!)));
      const mine = typedCharMessage(doc.clientID, clock, edit);
      if (yjs.length !== mine.length || yjs.some((b, i) => b !== mine[i])) {
        throw new Error(`typedCharMessage(${edit}, clock ${clock}) differs from Yjs: ${Buffer.from(mine).toString('hex')} vs ${Buffer.from(yjs).toString('hex')}`);
      }
    }
    doc.destroy();
  }
}

function frame(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

class LoadWorker {
  private clients: Client[] = [];
  /** sentKey(clientID, clock) → send time (ms) of updates still expected somewhere. */
  private sentAt = new Map<number, number>();
  private latencies: number[] = [];
  private measuring = false;
  private sending = false;
  private sent = 0;
  private delivered = 0;
  private closed = 0;
  private closedAtStart = 0;
  private ticker: NodeJS.Timeout | undefined;
  private pruner: NodeJS.Timeout | undefined;
  private readonly loopDelay = monitorEventLoopDelay({ resolution: LOOP_SAMPLE_MS });
  edit: EditWhere = 'append';

  constructor(private readonly post: (m: FromWorker) => Promise<void>) {}

  async connect(list: WorkerClient[], rate: number): Promise<void> {
    let failed = 0;
    let firstError = '';
    const intervalMs = 1000 / rate;
    for (let i = 0; i < list.length; i += 25) {
      const chunk = list.slice(i, i + 25);
      await Promise.all(
        chunk.map((c) =>
          this.open(c, intervalMs).then(
            (client) => this.clients.push(client),
            (e: Error) => {
              failed++;
              firstError ||= e.message;
            },
          ),
        ),
      );
    }
    this.closedAtStart = this.closed;
    await this.post({ kind: 'connected', failed, firstError });
  }

  private open(c: WorkerClient, intervalMs: number): Promise<Client> {
    return new Promise((resolve, reject) => {
      // a zero mask (RFC 6455 §5.3 asks a browser for a random one, against proxies that cache): ws then
      // skips drawing random bytes and masking for every frame; the server unmasks as for any other mask
      const ws = new WebSocket(c.url, { headers: c.headers, perMessageDeflate: false, generateMask: zeroMask });
      ws.binaryType = 'nodebuffer';
      const doc = new Y.Doc();
      const awareness = new awarenessProtocol.Awareness(doc);
      const client: Client = { ws, doc, awareness, nextSendMs: 0, clock: 0 };
      let greeted = false;
      awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
        if (origin !== 'local' || ws.readyState !== WebSocket.OPEN) return;
        const changed = added.concat(updated, removed);
        ws.send(frame((e) => (encoding.writeVarUint(e, MESSAGE_AWARENESS), encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, changed)))));
      });
      ws.on('open', () => {
        ws.send(frame((e) => (encoding.writeVarUint(e, MESSAGE_SYNC), syncProtocol.writeSyncStep1(e, doc))));
        awareness.setLocalState({ user: { name: `bench${c.index}`, color: '#3a7' }, cursor: null });
      });
      ws.on('message', (data: Buffer) => {
        const t = nowMs();
        if (!greeted) {
          greeted = true;
          client.nextSendMs = t + Math.random() * intervalMs;
          resolve(client);
        }
        this.onMessage(client, data, t);
      });
      ws.on('close', (code, reason) => {
        awareness.destroy();
        if (!greeted) reject(new Error(`client ${c.index} closed before its first message: ${code} ${reason.toString()}`));
        else this.closed++;
      });
      ws.on('error', () => {});
    });
  }

  private onMessage(client: Client, data: Buffer, t: number): void {
    // the common message, an update of one client (messageSync, messageYjsUpdate, length, then the update's
    // first bytes: one client group, its number of structs, client id, first clock), read in place
    if (data[0] === MESSAGE_SYNC && data[1] === syncProtocol.messageYjsUpdate) {
      at = 2;
      readVarUintAt(data); // the update's length
      const start = at;
      if (readVarUintAt(data) === 1) {
        readVarUintAt(data); // number of structs
        const id = readVarUintAt(data);
        this.arrived(client, id, readVarUintAt(data), t);
        return;
      }
      at = start;
    }
    const dec = decoding.createDecoder(data);
    if (decoding.readVarUint(dec) !== MESSAGE_SYNC) return;
    const kind = decoding.readVarUint(dec);
    if (kind === syncProtocol.messageYjsSyncStep1) {
      const sv = decoding.readVarUint8Array(dec);
      client.ws.send(frame((e) => (encoding.writeVarUint(e, MESSAGE_SYNC), syncProtocol.writeSyncStep2(e, client.doc, sv))));
      return;
    }
    if (kind !== syncProtocol.messageYjsUpdate) return;
    for (const [id, clock] of updateStarts(decoding.readVarUint8Array(dec))) this.arrived(client, id, clock, t);
  }

  /** The first clock `clock` of client `id` arrived at `client` at `t`: a delivery, if this process sent it. */
  private arrived(client: Client, id: number, clock: number, t: number): void {
    if (id === client.doc.clientID) return; // the reference server echoes updates to their sender
    const sentAt = this.sentAt.get(sentKey(id, clock));
    if (sentAt === undefined) return;
    this.delivered++;
    if (this.measuring) this.latencies.push(t - sentAt);
  }

  private sendOne(client: Client): void {
    const clientId = client.doc.clientID;
    const clock = client.clock++;
    // one character: a small real Yjs update, the bytes Yjs would send (typedCharMessage)
    const message = typedCharMessage(clientId, clock, this.edit);
    this.sentAt.set(sentKey(clientId, clock), nowMs());
    client.ws.send(message);
    this.sent++;
  }

  /**
   * Clients by the 5 ms tick in which their next send falls (a timing wheel): each tick visits only the
   * clients due in it, not all of them (at 2 000 clients, 400 000 visits a second for 4 000 sends).
   */
  private slots = new Map<number, Client[]>();
  /** The last tick whose clients were visited. */
  private doneTick = 0;

  private schedule(c: Client): void {
    const tick = Math.max(Math.floor(c.nextSendMs / TICK_MS), this.doneTick + 1);
    let list = this.slots.get(tick);
    if (!list) this.slots.set(tick, (list = []));
    list.push(c);
  }

  /** Every 5 ms: send for each client whose turn has come (catching up if the process fell behind). */
  go(rate: number): void {
    const intervalMs = 1000 / rate;
    this.sending = true;
    this.doneTick = Math.floor(nowMs() / TICK_MS) - 1;
    for (const c of this.clients) this.schedule(c);
    this.ticker = setInterval(() => {
      if (!this.sending) return;
      const t = nowMs();
      const now = Math.floor(t / TICK_MS);
      for (let tick = this.doneTick + 1; tick <= now; tick++) {
        const due = this.slots.get(tick);
        this.doneTick = tick;
        if (!due) continue;
        this.slots.delete(tick);
        for (const c of due) {
          if (c.ws.readyState !== WebSocket.OPEN) continue; // closed for good: out of the wheel
          let guard = 0;
          while (c.nextSendMs <= t && guard++ < 4) {
            this.sendOne(c);
            c.nextSendMs += intervalMs;
          }
          if (c.nextSendMs <= t) c.nextSendMs = t + intervalMs; // more than 4 behind: skip, don't burst
          this.schedule(c);
        }
      }
    }, TICK_MS);
    // Send times older than 30 s will never be matched (or are lost): forget them.
    this.pruner = setInterval(() => {
      const cutoff = nowMs() - 30_000;
      for (const [k, v] of this.sentAt) if (v < cutoff) this.sentAt.delete(k);
    }, 5000);
  }

  measure(): void {
    this.latencies = [];
    this.sent = 0;
    this.delivered = 0;
    this.closedAtStart = this.closed;
    this.loopDelay.reset();
    this.loopDelay.enable();
    this.measuring = true;
  }

  async stop(): Promise<void> {
    this.measuring = false;
    this.sending = false;
    this.loopDelay.disable();
    clearInterval(this.ticker);
    clearInterval(this.pruner);
    const report: WorkerReport = {
      latenciesMs: this.latencies,
      sent: this.sent,
      delivered: this.delivered,
      closedDuringRun: this.closed - this.closedAtStart,
      loopDelayP99Ms: Math.max(0, this.loopDelay.percentile(99) / 1e6 - LOOP_SAMPLE_MS),
    };
    await this.post({ kind: 'report', report });
    for (const c of this.clients) {
      c.awareness.destroy();
      c.ws.close();
    }
    await new Promise((r) => setTimeout(r, 300));
    for (const c of this.clients) c.doc.destroy();
  }
}

if (import.meta.url === `file://${process.argv[1]}` && process.send) {
  const send = (m: FromWorker) => new Promise<void>((r) => process.send!(m, undefined, {}, () => r()));
  checkTypedUpdates();
  const worker = new LoadWorker(send);
  let rate = 1;
  process.on('disconnect', () => process.exit(0));
  process.on('message', (m: ToWorker) => {
    if (m.kind === 'connect') {
      rate = m.rate;
      worker.edit = m.edit;
      setTimeout(() => process.exit(3), m.deadlineMs).unref(); // bounded, whatever happens to the parent
      void worker.connect(m.clients, m.rate);
    } else if (m.kind === 'go') worker.go(rate);
    else if (m.kind === 'measure') worker.measure();
    else if (m.kind === 'stop') void worker.stop().then(() => process.disconnect());
  });
}
