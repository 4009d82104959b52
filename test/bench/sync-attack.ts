/**
 * Attacks on the sync server (issue #13) against the real server process (server/main.ts, SQLite in a
 * fresh data directory, the demo school), each on a fresh server, while a victim pair of students edits
 * another team's project. Figures only, never pass/fail: whether the process survived, the victim's edit
 * latency (how long the unrelated room waited: the server's event-loop stalls as that school sees them),
 * GET /api/health latency sampled every 100 ms (both measured in a process of their own,
 * test/bench/sync-load/observer.ts), and the server's RSS from /proc.
 *
 *   npx tsx test/bench/sync-attack.ts           (or npm run bench -- sync-attack)
 *   env: SYNC_ATTACK_ROOT=<checkout>  run the server of another checkout (e.g. the code before the fix)
 *        SYNC_ATTACKS=baseline,deep-presence,pending-deletions,presence-flood,step1-burst
 *        SYNC_CPU_PROF=<dir>  the server writes a V8 CPU profile there (node --cpu-prof)
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { awarenessMessage, deepState, deletionsOnlyUpdate, independentUpdate, provider, rawSocket, step1Message, updateMessage } from '../support/sync-attacks';
import type { FromObserver, ToObserver } from './sync-load/observer';

type Bench = { name: string; figures: Record<string, number | string> };
const root = resolve(process.env.SYNC_ATTACK_ROOT ?? resolve(import.meta.dirname, '../..'));
const PASSWORD = 'attack-bench-pass';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (x: number) => Math.round(x * 10) / 10;

interface Server {
  child: ChildProcess;
  base: string;
  wsBase: string;
  exited: () => boolean;
  rssMiB: () => number;
  login: (username: string) => Promise<string>;
  stop: () => Promise<void>;
}

async function startServer(): Promise<Server> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sprout-attack-'));
  const profile = process.env.SYNC_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${resolve(process.env.SYNC_CPU_PROF)}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', join(root, 'server/main.ts')], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO_PASSWORD: PASSWORD },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const port = await new Promise<number>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start in 60 s:\n${out}`)), 60_000);
    child.stdout!.on('data', () => {
      const m = /running at http:\/\/[^:]+:(\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(Number(m[1]));
      }
    });
    child.once('exit', (code) => fail(new Error(`server exited with ${code}:\n${out}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  return {
    child,
    base,
    wsBase: `ws://127.0.0.1:${port}/sync`,
    exited: () => child.exitCode !== null || child.signalCode !== null,
    rssMiB: () => {
      try {
        return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024;
      } catch {
        return NaN;
      }
    },
    async login(username) {
      const r = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify({ username, password: PASSWORD }) });
      if (r.status !== 200) throw new Error(`login ${username}: ${r.status}`);
      return r.headers.get('set-cookie')!.split(';')[0];
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const gone = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
        await gone;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function projectOf(s: Server, cookie: string): Promise<string> {
  const r = await fetch(`${s.base}/api/projects`, { headers: { cookie } });
  return ((await r.json()) as { projects: { id: string }[] }).projects[0].id;
}

type Ctx = { cookies: Record<string, string>; projectA: string };

/**
 * On a fresh server: `prepare` (not measured), then `attack` while the victims edit; returns the figures.
 * What `prepare` returns is handed to `attack`.
 */
async function scenario<P>(name: string, prepare: (s: Server, ctx: Ctx) => Promise<P>, attack: (s: Server, ctx: Ctx, prepared: P) => Promise<Record<string, number | string>>): Promise<Bench> {
  const s = await startServer();
  try {
    const cookies: Record<string, string> = {};
    for (const u of ['student1', 'student2', 'student4', 'student5', 'mentor']) cookies[u] = await s.login(u);
    const projectA = await projectOf(s, cookies.student1);
    const projectB = await projectOf(s, cookies.student4);
    const prepared = await prepare(s, { cookies, projectA });
    await sleep(1000);
    const observer = fork(join(import.meta.dirname, 'sync-load/observer.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const next = (kind: FromObserver['kind']) => new Promise<FromObserver>((ok) => observer.on('message', (m: FromObserver) => m.kind === kind && ok(m)));
    const ready = next('ready');
    observer.send({ kind: 'start', wsBase: s.wsBase, base: s.base, projectId: projectB, writerCookie: cookies.student4, readerCookie: cookies.student5 } satisfies ToObserver);
    await ready;
    const rssBefore = s.rssMiB();
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, s.rssMiB() || 0)), 100);
    const t0 = performance.now();
    const own = await attack(s, { cookies, projectA }, prepared);
    const attackS = (performance.now() - t0) / 1000;
    await sleep(1000); // the tail of the attack
    clearInterval(sampler);
    const reported = next('report');
    observer.send({ kind: 'stop' } satisfies ToObserver);
    const report = await reported;
    if (report.kind !== 'report') throw new Error('observer: no report');
    const v = report.figures;
    const figures: Record<string, number | string> = {
      serverSurvived: s.exited() ? `no (exit ${s.child.exitCode ?? s.child.signalCode})` : 'yes',
      attackS: round(attackS),
      victimEditsSent: v.sent,
      victimEditsArrived: v.arrived,
      victimLatencyP50Ms: round(v.latencyP50Ms),
      victimLatencyP99Ms: round(v.latencyP99Ms),
      victimLatencyMaxMs: round(v.latencyMaxMs),
      healthP50Ms: round(v.healthP50Ms),
      healthMaxMs: round(v.healthMaxMs),
      healthFailures: v.healthFailures,
      rssBeforeMiB: round(rssBefore),
      rssPeakMiB: round(rssPeak),
      rssAfterMiB: round(s.rssMiB()),
      ...own,
    };
    return { name: `sync attack: ${name}`, figures };
  } finally {
    await s.stop();
  }
}

const nothing = async () => {};

const attacks: Record<string, () => Promise<Bench>> = {
  baseline: () =>
    scenario('none (baseline)', nothing, async () => {
      await sleep(5000);
      return {};
    }),

  // Item 1: a read-only mentor publishes a state nested 100 000 levels deep and stops reading; a student joins.
  'deep-presence': () =>
    scenario('presence state nested 100 000 levels, then someone joins', nothing, async (s, { cookies, projectA }) => {
      const attacker = await rawSocket(s.wsBase, projectA, cookies.mentor, s.base);
      attacker.send(awarenessMessage([{ clientId: 4242, clock: 1, json: deepState(100_000) }]));
      attacker.ws.pause();
      await sleep(300);
      const joiner = provider(s.wsBase, projectA, cookies.student2, s.base);
      const t = performance.now();
      while (!joiner.provider.synced && !s.exited() && performance.now() - t < 10_000) await sleep(20);
      const joined = joiner.provider.synced ? round(performance.now() - t) : 'never';
      await sleep(3000);
      joiner.provider.destroy();
      attacker.ws.terminate();
      return { joinerSyncedAfterMs: joined };
    }),

  // Item 2: five plants of 1.2 MB of deletions for clients the document never saw, then twenty tiny edits.
  'pending-deletions': () =>
    scenario(
      '5 × 1.2 MB deletions for unknown clients, then 20 tiny edits',
      async (s, { cookies, projectA }) => {
        const watcher = provider(s.wsBase, projectA, cookies.student2, s.base);
        while (!watcher.provider.synced && !s.exited()) await sleep(20);
        const attacker = await rawSocket(s.wsBase, projectA, cookies.student1, s.base);
        const plants = [0, 1, 2, 3, 4].map((i) => updateMessage(deletionsOnlyUpdate(900_000 + i, 1_200_000)));
        const edits = Array.from({ length: 20 }, (_, i) => updateMessage(independentUpdate(`e${i};`)));
        return { watcher, attacker, plants, edits };
      },
      async (s, _ctx, { watcher, attacker, plants, edits }) => {
        for (const m of plants) attacker.send(m);
        await sleep(1000);
        const t = performance.now();
        for (const m of edits) attacker.send(m);
        const count = () => (watcher.doc.getText('spam').toString().match(/;/g) ?? []).length;
        while (count() < 20 && !s.exited() && performance.now() - t < 60_000) await sleep(10);
        const editsMs = round(performance.now() - t);
        attacker.ws.close();
        watcher.provider.destroy();
        return { twentyEditsRelayedAfterMs: count() === 20 ? editsMs : 'not all' };
      },
    ),

  // Item 3: 180 presence states of 1 MiB with distinct client ids on one connection.
  'presence-flood': () =>
    scenario('180 presence states of 1 MiB, distinct client ids, one connection', nothing, async (s, { cookies, projectA }) => {
      const attacker = await rawSocket(s.wsBase, projectA, cookies.student1, s.base);
      const state = JSON.stringify({ user: { name: 'y'.repeat(1024 * 1024) } });
      let sent = 0;
      for (let i = 0; i < 180 && attacker.ws.readyState === attacker.ws.OPEN; i++) {
        attacker.send(awarenessMessage([{ clientId: 10_000 + i, clock: 1, json: state }]));
        sent++;
        if (i % 10 === 9) await sleep(20);
      }
      await sleep(2000);
      const closed = await Promise.race([attacker.closed.then((c) => String(c.code)), sleep(100).then(() => 'open')]);
      attacker.ws.terminate();
      return { presenceStatesSent: sent, attackerConnection: closed };
    }),

  // Item 2 (budget): a read-only mentor asks for a 520 KB document 100 times in one TCP write.
  'step1-burst': () =>
    scenario(
      '100 sync-step-1 requests for a 520 KB document in one write',
      async (s, { cookies, projectA }) => {
        const writer = provider(s.wsBase, projectA, cookies.student1, s.base);
        while (!writer.provider.synced && !s.exited()) await sleep(20);
        writer.doc.transact(() => {
          for (let i = 0; i < 30_000; i++) writer.doc.getMap('big').set(`k${i}`, i);
        });
        const counter = { answers: 0 };
        const mentor = await rawSocket(s.wsBase, projectA, cookies.mentor, s.base, {
          keep: (m) => {
            if (m[0] === 0 && m[1] === 1) counter.answers++;
            return false;
          },
        });
        await sleep(1500);
        return { writer, mentor, counter };
      },
      async (s, _ctx, { writer, mentor, counter }) => {
        const socket = (mentor.ws as unknown as { _socket: import('node:net').Socket })._socket;
        socket.cork();
        for (let i = 0; i < 100; i++) mentor.send(step1Message());
        process.nextTick(() => socket.uncork());
        const t = performance.now();
        let open = true;
        void mentor.closed.then(() => (open = false));
        while (counter.answers < 100 && open && !s.exited() && performance.now() - t < 60_000) await sleep(10);
        const ms = round(performance.now() - t);
        mentor.ws.terminate();
        writer.provider.destroy();
        return { answersReceived: counter.answers, allAnsweredAfterMs: counter.answers === 100 ? ms : `closed after ${counter.answers}` };
      },
    ),
};

export default async function run(): Promise<Bench[]> {
  const wanted = (process.env.SYNC_ATTACKS ?? Object.keys(attacks).join(',')).split(',').map((x) => x.trim());
  for (const w of wanted) if (!attacks[w]) throw new Error(`SYNC_ATTACKS: each must be one of ${Object.keys(attacks).join(', ')}; got '${w}'`);
  const results: Bench[] = [];
  for (const w of wanted) {
    const b = await attacks[w]();
    b.figures.serverCode = root;
    results.push(b);
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await run()) {
    console.log(r.name);
    for (const [k, v] of Object.entries(r.figures)) console.log(`  ${k}: ${v}`);
  }
  process.exit(0);
}
