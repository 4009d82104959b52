/**
 * Sync load: N websocket clients over M documents, each sending a small text update at a steady rate;
 * measures fan-out latency (send → arrival at every other client of the document: median, p95, p99),
 * server CPU and RSS, and the load generator's own CPU. Runs the same load against Sprout Lab's server
 * (auth + durable SQLite on: `sprout` with the default flush policy, `sprout-flush` flushing every update
 * to disk before relaying it), Sprout with its store in memory, and the reference `@y/websocket-server`
 * 0.1.1 (in memory, no auth), each in its own child process on 127.0.0.1, and reports the ratios.
 *
 * Latency tails on a shared 2-core machine vary by ±50 % from one run to the next, so the servers are
 * measured in SYNC_ROUNDS interleaved rounds (the order rotates every round) and each figure is the
 * median over the rounds; the per-round p99s are printed too. Beside the latencies, what else the machine
 * did in the window (sync-load/machine.ts): how long the server's event loop waited for a core
 * (serverRunQueueWaitMsPerS), the machine's CPU pressure and busy CPU, PostgreSQL's and Redis's CPU, so
 * a tail from other processes on the cores is told apart from the server's own work.
 *
 *   npx tsx test/bench/sync.ts
 *   env: SYNC_LOADS=500x100,100x20 (or SYNC_CLIENTS=500 SYNC_DOCS=100), SYNC_RATE=2, SYNC_DURATION_S=20,
 *        SYNC_WARMUP_S=3, SYNC_WORKERS=2, SYNC_ROUNDS=3, SYNC_SERVERS=sprout,sprout-flush,sprout-postgres,sprout-memory,reference,
 *        SYNC_CPU_PROF=<dir> (CPU profiles of the servers; the load generator's in <dir>/generator), SYNC_SERVER_NODE_ARGS (Node flags of the servers),
 *        SYNC_EDIT=append|prepend (where each client types: at the end of its text, or, as before 2026-12-05,
 *        at the start, which costs the server's Yjs a walk over the document per update; sync-load/worker.ts)
 *
 * The clients run in SYNC_WORKERS forked processes (test/bench/sync-load/worker.ts), each owning whole
 * documents, so a send time and the arrival times of that update are read from one process's monotonic
 * clock. Clients are raw `ws` sockets speaking the y-websocket protocol (sync step 1/2, awareness, updates)
 * with one Y.Doc each, so every update is a real Yjs update; Sprout clients carry a real session cookie
 * and Origin and are checked by the server's auth like a browser. */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PgStore } from '../../server/store/pg';
import { SqliteStore } from '../../server/store/sqlite';
import { postgresState } from '../support/services';
import { TEST_DATABASE_URL, testSchemaName } from '../support/test-store';
import { machineFigures, pidsNamed, sampleMachine } from './sync-load/machine';
import { benchProjectId, benchToken, seedBench } from './sync-load/seed';
import type { EditWhere, FromWorker, ToWorker, WorkerClient } from './sync-load/worker';

export type Bench = { name: string; figures: Record<string, number | string> };
const root = resolve(import.meta.dirname, '../..');
/** Node flags of the server processes: SYNC_CPU_PROF=<dir> writes a V8 CPU profile there (node --cpu-prof). */
export const profileArgs = [
  ...(process.env.SYNC_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${resolve(process.env.SYNC_CPU_PROF)}`] : []),
  // SYNC_SERVER_NODE_ARGS='--max-semi-space-size=32': Node flags for the server processes only (not the load generator)
  ...(process.env.SYNC_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean),
];

function envInt(name: string, fallback: number, min: number, max: number): number {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max) throw new Error(`${name} must be a number from ${min} to ${max}; got '${v}'`);
  return n;
}

export interface Params {
  clients: number;
  docs: number;
  rate: number;
  durationS: number;
  warmupS: number;
  /** Load-generator processes (each owns whole documents). */
  workers: number;
}

export interface Target {
  name: string;
  url: (doc: number) => string;
  headers: (client: number) => Record<string, string>;
  child: ChildProcess;
  /** Server processes whose CPU and memory are the server's figures (default: `child`). */
  pids?: number[];
  /** Other processes on the path (nginx): their CPU is reported apart. */
  proxyPids?: number[];
  stop: () => Promise<void>;
}

export async function waitForLine(child: ChildProcess, pattern: RegExp, what: string): Promise<RegExpExecArray> {
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

export const stopChild = (child: ChildProcess) =>
  new Promise<void>((r) => {
    if (child.exitCode !== null || child.signalCode !== null) return r();
    child.once('exit', () => r());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });

/** Sprout Lab's real server (server/main.ts) on a data directory seeded with the bench school: auth + durable SQLite, with the given flush policy. */
async function startSprout(p: Params, flush: 'background' | 'before-relay'): Promise<Target> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sprout-bench-'));
  const secret = randomBytes(16).toString('hex');
  const store = new SqliteStore({ dataDir });
  await seedBench(store, { clients: p.clients, docs: p.docs, secret });
  await store.close();
  const child = spawn(process.execPath, [...profileArgs, '--import', 'tsx', join(root, 'server/main.ts')], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SYNC_FLUSH: flush },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const target = await sproutTarget(flush === 'background' ? 'sprout' : 'sprout-flush', child, secret);
  return {
    ...target,
    async stop() {
      await target.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Sprout Lab's server with the store in memory (test/bench/sync-load/memory-server.ts): no durable storage. */
async function startSproutMemory(p: Params): Promise<Target> {
  const secret = randomBytes(16).toString('hex');
  const child = spawn(process.execPath, [...profileArgs, '--import', 'tsx', join(root, 'test/bench/sync-load/memory-server.ts')], {
    cwd: root,
    env: { ...process.env, SYNC_CLIENTS: String(p.clients), SYNC_DOCS: String(p.docs), SYNC_BENCH_SECRET: secret },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return sproutTarget('sprout-memory', child, secret);
}

/** Sprout Lab's server on PostgreSQL: a schema of its own, seeded with the bench school, dropped afterwards. */
async function startSproutPostgres(p: Params): Promise<Target> {
  const schema = testSchemaName(`bench-${randomBytes(6).toString('hex')}`);
  const secret = randomBytes(16).toString('hex');
  const dataDir = mkdtempSync(join(tmpdir(), 'sprout-bench-pg-'));
  // the review key beside dataDir, where the server finds it (it refuses a database signed by another key)
  const store = await PgStore.open({ url: TEST_DATABASE_URL, schema, dataDir });
  await seedBench(store, { clients: p.clients, docs: p.docs, secret });
  await store.close();
  const child = spawn(process.execPath, [...profileArgs, '--import', 'tsx', join(root, 'server/main.ts')], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const target = await sproutTarget('sprout-postgres', child, secret);
  return {
    ...target,
    async stop() {
      await target.stop();
      await PgStore.dropSchema(TEST_DATABASE_URL, schema);
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(`${dataDir}.review-key`, { force: true });
    },
  };
}

async function sproutTarget(name: string, child: ChildProcess, secret: string): Promise<Target> {
  const m = await waitForLine(child, /running at http:\/\/[^:]+:(\d+)\//, `${name} server`);
  const port = Number(m[1]);
  return {
    name,
    url: (d) => `ws://127.0.0.1:${port}/sync/${benchProjectId(d)}`,
    headers: (c) => ({ cookie: `sprout_session=${benchToken(secret, c)}`, origin: `http://127.0.0.1:${port}` }),
    child,
    stop: () => stopChild(child),
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
  const child = spawn(process.execPath, [...profileArgs, '--input-type=module', '-e', script], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const m = await waitForLine(child, /reference listening on (\d+)/, 'reference server');
  const port = Number(m[1]);
  return { name: 'reference', url: (d) => `ws://127.0.0.1:${port}/benchdoc${d}`, headers: () => ({}), child, stop: () => stopChild(child) };
}

export function procStats(pid: number): { cpuS: number; rssMiB: number } | null {
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

/** Per figure, the median over the rounds (numbers), or the first round's value (text). */
function medianFigures(rounds: Record<string, number | string>[]): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const k of Object.keys(rounds[0] ?? {})) {
    const values = rounds.map((f) => f[k]);
    const nums = values.filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
    out[k] = nums.length === values.length ? round(nums.length % 2 ? nums[(nums.length - 1) / 2] : (nums[nums.length / 2 - 1] + nums[nums.length / 2]) / 2) : values[0];
  }
  return out;
}

const pct = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);
export const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

interface LoadWorkerHandle {
  child: ChildProcess;
  next: (kind: FromWorker['kind']) => Promise<FromWorker>;
  post: (m: ToWorker) => void;
}

function forkWorker(): LoadWorkerHandle {
  // SYNC_CPU_PROF=<dir>: the load generator's profiles go to <dir>/generator, apart from the servers'
  const prof = process.env.SYNC_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${join(resolve(process.env.SYNC_CPU_PROF), 'generator')}`] : [];
  const child = fork(join(root, 'test/bench/sync-load/worker.ts'), [], { execArgv: [...prof, '--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const inbox: FromWorker[] = [];
  const waiting: { kind: FromWorker['kind']; resolve: (m: FromWorker) => void; reject: (e: Error) => void }[] = [];
  child.on('message', (m: FromWorker) => {
    const i = waiting.findIndex((w) => w.kind === m.kind);
    if (i >= 0) waiting.splice(i, 1)[0].resolve(m);
    else inbox.push(m);
  });
  child.once('exit', (code) => {
    for (const w of waiting.splice(0)) w.reject(new Error(`load worker exited with ${code} before '${w.kind}'`));
  });
  return {
    child,
    post: (m) => child.send(m),
    next: (kind) => {
      const i = inbox.findIndex((m) => m.kind === kind);
      if (i >= 0) return Promise.resolve(inbox.splice(i, 1)[0]);
      if (child.exitCode !== null) return Promise.reject(new Error(`load worker exited before '${kind}'`));
      return new Promise((resolve, reject) => waiting.push({ kind, resolve, reject }));
    },
  };
}

/** SYNC_EDIT: where the load's clients type (sync-load/worker.ts, EditWhere). */
export function editWhere(): EditWhere {
  const v = process.env.SYNC_EDIT || 'append';
  if (v !== 'append' && v !== 'prepend') throw new Error(`SYNC_EDIT must be 'append' or 'prepend'; got '${v}'`);
  return v;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runLoad(target: Target, p: Params): Promise<Record<string, number | string>> {
  // Whole documents per worker: document d goes to worker d % workers, with all its clients.
  const workers = Array.from({ length: Math.min(p.workers, p.docs) }, () => forkWorker());
  const deadlineMs = (p.warmupS + p.durationS + 120) * 1000;
  const edit = editWhere();
  try {
    workers.forEach((w, wi) => {
      const clients: WorkerClient[] = [];
      for (let i = 0; i < p.clients; i++) if ((i % p.docs) % workers.length === wi) clients.push({ index: i, url: target.url(i % p.docs), headers: target.headers(i) });
      w.post({ kind: 'connect', clients, rate: p.rate, deadlineMs, edit });
    });
    const connected = await Promise.all(workers.map((w) => w.next('connected')));
    const failed = connected.reduce((n, m) => n + (m.kind === 'connected' ? m.failed : 0), 0);
    if (failed) throw new Error(`${failed} clients could not connect: ${connected.map((m) => (m.kind === 'connected' ? m.firstError : '')).find(Boolean)}`);
    for (const w of workers) w.post({ kind: 'go' });
    await sleep(p.warmupS * 1000);

    const pids = target.pids ?? [target.child.pid!];
    const proxyPids = target.proxyPids ?? [];
    const total = (list: number[]) => {
      const all = list.map(procStats);
      return all.every(Boolean) ? { cpuS: all.reduce((n, x) => n + x!.cpuS, 0), rssMiB: all.reduce((n, x) => n + x!.rssMiB, 0) } : null;
    };
    const genPids = [process.pid, ...workers.map((w) => w.child.pid!)];
    const dbPids = pidsNamed(['postgres', 'redis-server']);
    const dbBefore = dbPids.map(procStats);
    const machine0 = sampleMachine(pids);
    const before = total(pids);
    const proxyBefore = total(proxyPids);
    const genBefore = genPids.map(procStats);
    let peakRss = before?.rssMiB ?? NaN;
    const sampler = setInterval(() => {
      const s = total(pids);
      if (s) peakRss = Math.max(peakRss, s.rssMiB);
    }, 1000);
    const load0 = loadAverage();
    for (const w of workers) w.post({ kind: 'measure' });
    const t0 = performance.now();
    await sleep(p.durationS * 1000);
    for (const w of workers) w.post({ kind: 'stop' });
    const elapsedS = (performance.now() - t0) / 1000;
    const after = total(pids);
    const proxyAfter = total(proxyPids);
    const genAfter = genPids.map(procStats);
    const machine1 = sampleMachine(pids);
    const dbAfter = dbPids.map(procStats);
    clearInterval(sampler);
    const reports = (await Promise.all(workers.map((w) => w.next('report')))).map((m) => (m.kind === 'report' ? m.report : null)!);

    const latencies = reports.flatMap((r) => r.latenciesMs).sort((a, b) => a - b);
    const sent = reports.reduce((n, r) => n + r.sent, 0);
    const genCpuS = genAfter.reduce((n, a, i) => n + (a && genBefore[i] ? a.cpuS - genBefore[i]!.cpuS : 0), 0);
    const expectedDeliveries = sent * (p.clients / p.docs - 1);
    // CPU per delivered update: a figure of the code, not of the machine's load (CPU time is not spent waiting for a core)
    const perThousand = (cpuS: number) => (latencies.length ? round((cpuS * 1e6) / latencies.length, 1) : 'n/a');
    const serverCpuS = before && after ? after.cpuS - before.cpuS : NaN;
    const proxyCpuS = proxyBefore && proxyAfter ? proxyAfter.cpuS - proxyBefore.cpuS : NaN;
    // PostgreSQL and Redis by process name: whatever else uses them in the window counts too
    const dbCpuS = dbAfter.reduce((n, a, i) => n + (a && dbBefore[i] ? a.cpuS - dbBefore[i]!.cpuS : 0), 0);
    const pathCpuS = serverCpuS + (proxyPids.length ? proxyCpuS : 0) + genCpuS + dbCpuS;
    return {
      updatesSentPerS: round(sent / elapsedS, 1),
      deliveriesPerS: round(latencies.length / elapsedS, 1),
      deliveredShare: round(latencies.length / Math.max(1, expectedDeliveries), 3),
      latencyMedianMs: round(pct(latencies, 0.5)),
      latencyP95Ms: round(pct(latencies, 0.95)),
      latencyP99Ms: round(pct(latencies, 0.99)),
      latencyMaxMs: round(latencies[latencies.length - 1] ?? NaN),
      serverCpuPercent: before && after ? round(((after.cpuS - before.cpuS) / elapsedS) * 100, 1) : 'n/a',
      serverRssMiB: after ? round(after.rssMiB, 1) : 'n/a',
      serverPeakRssMiB: round(peakRss, 1),
      ...(proxyPids.length ? { proxyCpuPercent: proxyBefore && proxyAfter ? round(((proxyAfter.cpuS - proxyBefore.cpuS) / elapsedS) * 100, 1) : 'n/a' } : {}),
      generatorCpuPercent: round((genCpuS / elapsedS) * 100, 1),
      serverCpuMsPer1000Deliveries: Number.isFinite(serverCpuS) ? perThousand(serverCpuS) : 'n/a',
      ...(proxyPids.length ? { proxyCpuMsPer1000Deliveries: Number.isFinite(proxyCpuS) ? perThousand(proxyCpuS) : 'n/a' } : {}),
      generatorCpuMsPer1000Deliveries: perThousand(genCpuS),
      postgresRedisCpuPercent: round((dbCpuS / elapsedS) * 100, 1),
      postgresRedisCpuMsPer1000Deliveries: perThousand(dbCpuS),
      // the whole path on the shared cores: servers, nginx, load generator, PostgreSQL and Redis
      pathCpuMsPer1000Deliveries: Number.isFinite(pathCpuS) ? perThousand(pathCpuS) : 'n/a',
      ...machineFigures(machine0, machine1, cpus().length),
      generatorLoopDelayP99Ms: round(Math.max(...reports.map((r) => r.loopDelayP99Ms))),
      connectionsClosedDuringRun: reports.reduce((n, r) => n + r.closedDuringRun, 0),
      loadAverage1mAtStart: load0,
    };
  } finally {
    await Promise.all(workers.map((w) => stopChild(w.child)));
  }
}

const loadAverage = () => round(Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]), 2);

/** `SYNC_LOADS=500x100,100x20` runs several loads (clients x documents); else SYNC_CLIENTS x SYNC_DOCS. */
function loads(): { clients: number; docs: number }[] {
  const spec = process.env.SYNC_LOADS;
  if (!spec) return [{ clients: envInt('SYNC_CLIENTS', 500, 2, 5000), docs: envInt('SYNC_DOCS', 100, 1, 1000) }];
  return spec.split(',').map((part) => {
    const m = /^\s*(\d+)x(\d+)\s*$/.exec(part);
    if (!m) throw new Error(`SYNC_LOADS must be a comma-separated list of <clients>x<documents>, e.g. 500x100,100x20; got '${part}'`);
    const clients = Number(m[1]);
    const docs = Number(m[2]);
    if (clients < 2 || clients > 5000 || docs < 1 || docs > clients) throw new Error(`SYNC_LOADS: clients must be 2–5000 and documents 1–clients; got '${part}'`);
    return { clients, docs };
  });
}

export default async function run(): Promise<Bench[]> {
  const common = {
    rate: envInt('SYNC_RATE', 2, 0.1, 50),
    durationS: envInt('SYNC_DURATION_S', 20, 1, 600),
    warmupS: envInt('SYNC_WARMUP_S', 3, 0, 60),
    workers: envInt('SYNC_WORKERS', 2, 1, 16),
  };
  const rounds = envInt('SYNC_ROUNDS', 3, 1, 20);
  const known = ['sprout', 'sprout-flush', 'sprout-postgres', 'sprout-memory', 'reference'];
  let servers = (process.env.SYNC_SERVERS ?? known.join(',')).split(',').map((x) => x.trim());
  for (const s of servers) if (!known.includes(s)) throw new Error(`SYNC_SERVERS: each must be one of ${known.join(', ')}; got '${s}'`);
  if (servers.includes('sprout-postgres')) {
    const pg = await postgresState();
    if (!pg.ok) {
      console.log(`  sprout-postgres skipped: ${pg.why}`);
      servers = servers.filter((s) => s !== 'sprout-postgres');
    }
  }
  const labels: Record<string, string> = {
    sprout: 'Sprout Lab (auth + durable SQLite, flushed in the background)',
    'sprout-flush': 'Sprout Lab (auth + durable SQLite, flushed before relay)',
    'sprout-postgres': 'Sprout Lab (auth + PostgreSQL, committed before relay)',
    'sprout-memory': 'Sprout Lab (store in memory; auth at connect)',
    reference: 'reference @y/websocket-server 0.1.1 (in memory)',
  };
  const results: Bench[] = [];
  for (const load of loads()) {
    const p: Params = { ...load, ...common };
    const params = `${p.clients} clients / ${p.docs} docs / ${p.rate} updates/s each / ${p.durationS} s × ${rounds} rounds (medians)`;
    const starters: Record<string, () => Promise<Target>> = {
      sprout: () => startSprout(p, 'background'),
      'sprout-flush': () => startSprout(p, 'before-relay'),
      'sprout-postgres': () => startSproutPostgres(p),
      'sprout-memory': () => startSproutMemory(p),
      reference: () => startReference(),
    };
    const perRound: Record<string, Record<string, number | string>[]> = Object.fromEntries(servers.map((s) => [s, []]));
    for (let r = 0; r < rounds; r++) {
      const order = servers.map((_, i) => servers[(i + r) % servers.length]);
      for (const name of order) {
        const target = await starters[name]();
        try {
          await sleep(1000); // let the server settle after start-up
          perRound[name].push(await runLoad(target, p));
        } finally {
          await target.stop();
        }
      }
    }
    const figures: Record<string, Record<string, number | string>> = {};
    for (const name of servers) {
      figures[name] = medianFigures(perRound[name]);
      figures[name].latencyP99MsPerRound = perRound[name].map((f) => f.latencyP99Ms).join(' / ');
      results.push({ name: `sync fan-out, ${labels[name]}: ${params}`, figures: figures[name] });
    }
    const ratio: Record<string, number | string> = {};
    for (const mine of ['sprout', 'sprout-flush', 'sprout-postgres', 'sprout-memory'].filter((m) => figures[m] && figures.reference)) {
      for (const k of ['latencyMedianMs', 'latencyP95Ms', 'latencyP99Ms', 'serverCpuPercent', 'serverPeakRssMiB']) {
        const a = figures[mine][k];
        const b = figures.reference[k];
        ratio[`${k} ${mine}/reference`] = typeof a === 'number' && typeof b === 'number' && b > 0 ? round(a / b, 2) : 'n/a';
      }
      const a = figures[mine].latencyP99Ms;
      const b = figures.reference.latencyP99Ms;
      ratio[`${mine} p99 no worse than reference`] = typeof a === 'number' && typeof b === 'number' ? (a <= b ? 'yes' : 'no') : 'n/a';
    }
    if (figures['sprout-postgres'] && figures.sprout) {
      for (const k of ['latencyMedianMs', 'latencyP99Ms', 'serverCpuPercent', 'serverPeakRssMiB']) {
        const a = figures['sprout-postgres'][k];
        const b = figures.sprout[k];
        ratio[`${k} sprout-postgres/sprout (SQLite)`] = typeof a === 'number' && typeof b === 'number' && b > 0 ? round(a / b, 2) : 'n/a';
      }
    }
    if (figures.sprout) ratio['target p99 < 100 ms met'] = typeof figures.sprout.latencyP99Ms === 'number' && figures.sprout.latencyP99Ms < 100 ? 'yes' : 'no';
    results.push({ name: `sync ratios: ${params}`, figures: ratio });
  }
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
