/**
 * One load-generator process of the sync benchmark (forked by test/bench/sync.ts with `--import tsx`).
 * It owns whole documents: every client of a document lives in this process, so an update's send time
 * and its arrival times at the document's other clients are read from one clock (process.hrtime, the
 * machine's monotonic clock) without crossing processes.
 *
 * Each client is a raw `ws` socket speaking the y-websocket protocol the way the stock WebsocketProvider
 * does: sync step 1 on open, answers the server's step 1 with step 2, an awareness state on open and its
 * renewal every 15 s, and one small text insertion into its own Y.Doc at a steady rate (typing forward: at
 * the end of what it wrote; see `EditWhere`). Received updates
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
const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

interface Client {
  ws: WebSocket;
  doc: Y.Doc;
  awareness: awarenessProtocol.Awareness;
  nextSendMs: number;
}

/** One number per (client id, clock): client ids are 32-bit and a bench client's clock stays far below 2^21. */
const sentKey = (clientId: number, clock: number) => clientId * 2 ** 21 + clock;

/**
 * The first clock of each client in a Yjs update (what Y.parseUpdateMeta's `from` holds). An update of one
 * client (every update a bench client sends is one insertion) is read from its first bytes, without
 * decoding its structs (update format v1: number of client groups, then per group the number of structs,
 * the client id and its first clock); anything else goes through Yjs. At 2 000 clients the load generator
 * does this 16 000 times a second, on the cores the servers need.
 */
function updateStarts(update: Uint8Array): Iterable<[number, number]> {
  const dec = decoding.createDecoder(update);
  if (decoding.readVarUint(dec) !== 1) return Y.parseUpdateMeta(update).from;
  decoding.readVarUint(dec); // number of structs
  const clientId = decoding.readVarUint(dec);
  return [[clientId, decoding.readVarUint(dec)]];
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
      const ws = new WebSocket(c.url, { headers: c.headers, perMessageDeflate: false });
      ws.binaryType = 'nodebuffer';
      const doc = new Y.Doc();
      const awareness = new awarenessProtocol.Awareness(doc);
      const client: Client = { ws, doc, awareness, nextSendMs: 0 };
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
    const dec = decoding.createDecoder(data);
    if (decoding.readVarUint(dec) !== MESSAGE_SYNC) return;
    const kind = decoding.readVarUint(dec);
    if (kind === syncProtocol.messageYjsSyncStep1) {
      const sv = decoding.readVarUint8Array(dec);
      client.ws.send(frame((e) => (encoding.writeVarUint(e, MESSAGE_SYNC), syncProtocol.writeSyncStep2(e, client.doc, sv))));
      return;
    }
    if (kind !== syncProtocol.messageYjsUpdate) return;
    for (const [id, clock] of updateStarts(decoding.readVarUint8Array(dec))) {
      if (id === client.doc.clientID) continue; // the reference server echoes updates to their sender
      const key = sentKey(id, clock);
      const sentAt = this.sentAt.get(key);
      if (sentAt === undefined) continue;
      this.delivered++;
      if (this.measuring) this.latencies.push(t - sentAt);
    }
  }

  private sendOne(client: Client): void {
    const { doc, ws } = client;
    let update: Uint8Array | null = null;
    const capture = (u: Uint8Array) => (update = u);
    doc.once('update', capture);
    const clock = Y.getState(doc.store, doc.clientID);
    const text = doc.getText('t');
    text.insert(this.edit === 'append' ? text.length : 0, 'x'); // one character: a small real Yjs update
    if (!update) return;
    const message = frame((e) => (encoding.writeVarUint(e, MESSAGE_SYNC), syncProtocol.writeUpdate(e, update!)));
    this.sentAt.set(sentKey(doc.clientID, clock), nowMs());
    ws.send(message);
    this.sent++;
  }

  /** Every 5 ms: send for each client whose turn has come (catching up if the process fell behind). */
  go(rate: number): void {
    const intervalMs = 1000 / rate;
    this.sending = true;
    this.ticker = setInterval(() => {
      if (!this.sending) return;
      const t = nowMs();
      for (const c of this.clients) {
        if (c.ws.readyState !== WebSocket.OPEN) continue;
        let guard = 0;
        while (c.nextSendMs <= t && guard++ < 4) {
          this.sendOne(c);
          c.nextSendMs += intervalMs;
        }
        if (c.nextSendMs <= t) c.nextSendMs = t + intervalMs; // more than 4 behind: skip, don't burst
      }
    }, 5);
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
