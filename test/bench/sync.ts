/**
 * Sync load: N websocket clients over M documents, each sending a small text update at a steady rate;
 * measures fan-out latency (send → arrival at every other client of the document: median, p95, p99),
 * server CPU and RSS. Runs the same load against Sprout Lab's server (auth + durable SQLite on) and the
 * reference `@y/websocket-server` 0.1.1 (in memory, no auth), each in its own child process on
 * 127.0.0.1, and reports the ratios.
 *
 *   npx tsx test/bench/sync.ts      SYNC_CLIENTS=500 SYNC_DOCS=100 SYNC_RATE=2 SYNC_DURATION_S=20 SYNC_WARMUP_S=3
 *
 * Clients are raw `ws` sockets speaking the y-websocket protocol with one Y.Doc each (so every update is a
 * real Yjs update); latency is found by reading (client, clock) of each arriving update with
 * Y.parseUpdateMeta and looking up when that client sent it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { hashPassword } from '../../server/auth/password';
import { initialProjectState } from '../../server/projects/initial-doc';
import { SqliteStore } from '../../server/store/sqlite';

type Bench = { name: string; figures: Record<string, number | string> };
const root = resolve(import.meta.dirname, '../..');

function envInt(name: string, fallback: number, min: number, max: number): number {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max) throw new Error(`${name} must be a number from ${min} to ${max}; got '${v}'`);
  return n;
}

interface Params {
  clients: number;
  docs: number;
  rate: number;
  durationS: number;
  warmupS: number;
}

interface Target {
  name: string;
  url: (doc: number) => string;
  headers: (client: number) => Record<string, string>;
  child: ChildProcess;
  stop: () => Promise<void>;
}

async function waitForLine(child: ChildProcess, pattern: RegExp, what: string): Promise<RegExpExecArray> {
  let out = '';
  return new Promise((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not start in 60 s:\n${out}`)), 60_000);
    const onData = (d: Buffer) => {
      out += d;
      const m = pattern.exec(out);
      if (m) {
        clearTimeout(timer);
        resolvePort(m);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (out += d));
    child.once('exit', (code) => reject(new Error(`${what} exited with ${code}:\n${out}`)));
  });
}

const stopChild = (child: ChildProcess) =>
  new Promise<void>((r) => {
    if (child.exitCode !== null || child.signalCode !== null) return r();
    child.once('exit', () => r());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });

/** Sprout Lab: a data directory with one team of N students, M projects, and a session per student. */
async function startSprout(p: Params): Promise<Target> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sprout-bench-'));
  const store = new SqliteStore({ dataDir });
  const school = await store.accounts.createSchool('Bench school');
  const hash = await hashPassword('bench', { N: 1024, r: 8, p: 1 });
  const teacher = await store.accounts.createUser({ username: 'bench-teacher', displayName: 'T', role: 'teacher', schoolId: school.id, passwordHash: hash });
  const cls = await store.classes.createClass({ schoolId: school.id, name: 'Bench', inviteCode: 'BENCH000', teacherId: teacher.id, createdAt: Date.now() });
  const team = await store.classes.createTeam(cls.id, 'All');
  const tokens: string[] = [];
  const ids: number[] = [];
  for (let i = 0; i < p.clients; i++) {
    const u = await store.accounts.createUser({ username: `bench${i}`, displayName: `B${i}`, role: 'student', schoolId: school.id, passwordHash: hash });
    ids.push(u.id);
    const token = randomBytes(32).toString('base64url');
    await store.accounts.createSession({ tokenHash: createHash('sha256').update(token).digest('hex'), userId: u.id, createdAt: Date.now(), expiresAt: Date.now() + 3600_000 });
    tokens.push(token);
  }
  await store.classes.setTeamMembers(team.id, ids);
  const projects: string[] = [];
  for (let d = 0; d < p.docs; d++) {
    const id = `benchdoc${String(d).padStart(4, '0')}`;
    const now = Date.now();
    await store.projects.createProject({ id, teamId: team.id, title: id, templateId: null, status: 'draft', createdBy: ids[0], createdAt: now, updatedAt: now }, initialProjectState({ title: id, templateId: null, locale: 'en', now }));
    projects.push(id);
  }
  store.close();
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'server/main.ts')], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const m = await waitForLine(child, /running at http:\/\/[^:]+:(\d+)\//, 'Sprout Lab server');
  const port = Number(m[1]);
  return {
    name: 'sprout',
    url: (d) => `ws://127.0.0.1:${port}/sync/${projects[d]}`,
    headers: (c) => ({ cookie: `sprout_session=${tokens[c]}`, origin: `http://127.0.0.1:${port}` }),
    child,
    async stop() {
      await stopChild(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The reference server: @y/websocket-server's setupWSConnection behind a plain http + ws server. */
async function startReference(): Promise<Target> {
  const script = `
    import http from 'node:http';
    import { WebSocketServer } from 'ws';
    import { setupWSConnection } from '@y/websocket-server/utils';
    const wss = new WebSocketServer({ noServer: true });
    wss.on('connection', setupWSConnection);
    const server = http.createServer((_q, r) => { r.writeHead(200); r.end('okay'); });
    server.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req)));
    server.listen(0, '127.0.0.1', () => console.log('reference listening on ' + server.address().port));
    process.on('SIGTERM', () => process.exit(0));`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const m = await waitForLine(child, /reference listening on (\d+)/, 'reference server');
  const port = Number(m[1]);
  return { name: 'reference', url: (d) => `ws://127.0.0.1:${port}/benchdoc${d}`, headers: () => ({}), child, stop: () => stopChild(child) };
}

function procStats(pid: number): { cpuS: number; rssMiB: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime (proc(5))
    const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return { cpuS: ticks / 100, rssMiB: rss ? Number(rss[1]) / 1024 : NaN }; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

const pct = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

async function runLoad(target: Target, p: Params): Promise<Record<string, number | string>> {
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let measuring = false;
  let received = 0;
  let sent = 0;
  let closedEarly = 0;
  const sockets: WebSocket[] = [];
  const docs: Y.Doc[] = [];

  const open = (i: number) =>
    new Promise<void>((resolveOpen, reject) => {
      const docIndex = i % p.docs;
      const ws = new WebSocket(target.url(docIndex), { headers: target.headers(i) });
      ws.binaryType = 'nodebuffer';
      const doc = new Y.Doc();
      docs[i] = doc;
      sockets[i] = ws;
      let first = true;
      ws.on('message', (data: Buffer) => {
        const now = performance.now();
        if (first) {
          first = false;
          resolveOpen();
        }
        const dec = decoding.createDecoder(data);
        if (decoding.readVarUint(dec) !== 0) return;
        const kind = decoding.readVarUint(dec);
        if (kind === syncProtocol.messageYjsSyncStep1) {
          // answer the server's step 1 with our (own-content) state
          const e = encoding.createEncoder();
          encoding.writeVarUint(e, 0);
          syncProtocol.writeSyncStep2(e, doc, decoding.readVarUint8Array(dec));
          ws.send(encoding.toUint8Array(e));
          return;
        }
        if (kind !== syncProtocol.messageYjsUpdate) return;
        const update = decoding.readVarUint8Array(dec);
        const meta = Y.parseUpdateMeta(update);
        for (const [client, clock] of meta.from) {
          if (client === doc.clientID) continue;
          const t = sentAt.get(`${client}:${clock}`);
          if (t !== undefined) {
            received++;
            if (measuring) latencies.push(now - t);
          }
        }
      });
      ws.on('close', () => {
        if (first) reject(new Error(`client ${i} closed before the first message`));
        else closedEarly++;
      });
      ws.on('error', () => {});
    });

  for (let i = 0; i < p.clients; i += 50) await Promise.all(Array.from({ length: Math.min(50, p.clients - i) }, (_, k) => open(i + k)));
  const closedAtStart = closedEarly;

  const intervalMs = 1000 / p.rate;
  const timers: NodeJS.Timeout[] = [];
  const starters: NodeJS.Timeout[] = [];
  for (let i = 0; i < p.clients; i++) {
    const doc = docs[i];
    const ws = sockets[i];
    const sendOne = () => {
      if (ws.readyState !== WebSocket.OPEN) return;
      const clock = Y.getState(doc.store, doc.clientID);
      let update: Uint8Array | null = null;
      const capture = (u: Uint8Array) => (update = u);
      doc.once('update', capture);
      doc.getText('t').insert(0, 'x'); // a one-character edit: a small real update
      if (!update) return;
      sentAt.set(`${doc.clientID}:${clock}`, performance.now());
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, 0);
      syncProtocol.writeUpdate(e, update);
      ws.send(encoding.toUint8Array(e));
      sent++;
    };
    starters.push(setTimeout(() => timers.push(setInterval(sendOne, intervalMs)), Math.random() * intervalMs));
  }

  await new Promise((r) => setTimeout(r, p.warmupS * 1000));
  const pid = target.child.pid!;
  const before = procStats(pid);
  let peakRss = before?.rssMiB ?? NaN;
  const sampler = setInterval(() => {
    const s = procStats(pid);
    if (s) peakRss = Math.max(peakRss, s.rssMiB);
  }, 1000);
  const sentBefore = sent;
  measuring = true;
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, p.durationS * 1000));
  measuring = false;
  const elapsedS = (performance.now() - t0) / 1000;
  const after = procStats(pid);
  clearInterval(sampler);
  starters.forEach(clearTimeout);
  timers.forEach(clearInterval);
  const sentInWindow = sent - sentBefore;
  const closedDuringRun = closedEarly - closedAtStart;
  for (const ws of sockets) ws.close();
  await new Promise((r) => setTimeout(r, 500));
  for (const d of docs) d.destroy();

  latencies.sort((a, b) => a - b);
  const expectedDeliveries = sentInWindow * (p.clients / p.docs - 1);
  return {
    updatesSentPerS: round(sentInWindow / elapsedS, 1),
    deliveriesPerS: round(latencies.length / elapsedS, 1),
    deliveredShare: round(latencies.length / Math.max(1, expectedDeliveries), 3),
    latencyMedianMs: round(pct(latencies, 0.5)),
    latencyP95Ms: round(pct(latencies, 0.95)),
    latencyP99Ms: round(pct(latencies, 0.99)),
    latencyMaxMs: round(latencies[latencies.length - 1] ?? NaN),
    serverCpuPercent: before && after ? round(((after.cpuS - before.cpuS) / elapsedS) * 100, 1) : 'n/a',
    serverRssMiB: after ? round(after.rssMiB, 1) : 'n/a',
    serverPeakRssMiB: round(peakRss, 1),
    connectionsClosedDuringRun: closedDuringRun,
    totalReceived: received,
  };
}

export default async function run(): Promise<Bench[]> {
  const p: Params = {
    clients: envInt('SYNC_CLIENTS', 500, 2, 5000),
    docs: envInt('SYNC_DOCS', 100, 1, 1000),
    rate: envInt('SYNC_RATE', 2, 0.1, 50),
    durationS: envInt('SYNC_DURATION_S', 20, 1, 600),
    warmupS: envInt('SYNC_WARMUP_S', 3, 0, 60),
  };
  const params = `${p.clients} clients / ${p.docs} docs / ${p.rate} updates/s each / ${p.durationS} s`;
  const results: Bench[] = [];
  const figures: Record<string, Record<string, number | string>> = {};
  for (const start of [() => startSprout(p), () => startReference()]) {
    const target = await start();
    try {
      figures[target.name] = await runLoad(target, p);
    } finally {
      await target.stop();
    }
    results.push({ name: `sync fan-out, ${target.name === 'sprout' ? 'Sprout Lab (auth + durable SQLite)' : 'reference @y/websocket-server 0.1.1 (in memory)'}: ${params}`, figures: figures[target.name] });
  }
  const ratio: Record<string, number | string> = {};
  for (const k of ['latencyMedianMs', 'latencyP95Ms', 'latencyP99Ms', 'serverCpuPercent', 'serverPeakRssMiB']) {
    const a = figures.sprout[k];
    const b = figures.reference[k];
    ratio[`${k} sprout/reference`] = typeof a === 'number' && typeof b === 'number' && b > 0 ? round(a / b, 2) : 'n/a';
  }
  ratio['target p99 < 100 ms met'] = typeof figures.sprout.latencyP99Ms === 'number' && figures.sprout.latencyP99Ms < 100 ? 'yes' : 'no';
  results.push({ name: `sync ratios: ${params}`, figures: ratio });
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await run();
  for (const r of results) {
    console.log(r.name);
    for (const [k, v] of Object.entries(r.figures)) console.log(`  ${k}: ${v}`);
  }
  process.exit(0);
}
