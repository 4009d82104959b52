/**
 * Sync load on several server processes behind nginx (issue #21): PostgreSQL + Redis, nginx hashing each
 * project to one process (test/support/nginx.ts, the configuration of docs/deploy.md). Same clients and
 * measurements as sync.ts (send → arrival at every other client of the document).
 *
 * 1. SYNC_CLUSTER_LOAD (default 2000x400) on SYNC_CLUSTER_PROCESSES (default 3) processes: p50/p95/p99,
 *    CPU of the servers (summed) and of nginx.
 * 2. The same path with ONE process behind nginx, at growing loads (SYNC_CLUSTER_LADDER, default
 *    500,1000,1500,2000 clients, 5 per document): how many clients one process serves at the p99 the
 *    cluster reached, and so the ratio of clients served at that p99 by the cluster to one process
 *    (interpolated between the ladder's steps; "≥ n" when one process stays under it throughout).
 *    SYNC_CLUSTER_LADDER='' skips this part.
 * Beside the latencies: CPU ms per 1 000 delivered updates of the servers (summed), nginx and the load
 * generator, which does not depend on what else the machine runs (time queued for a core is not CPU time).
 *
 *   npm run bench -- sync-cluster
 *   env: SYNC_RATE=2, SYNC_DURATION_S=20, SYNC_WARMUP_S=3, SYNC_WORKERS=2, SYNC_CPU_PROF=<dir>, SYNC_EDIT (as sync.ts), TEST_DATABASE_URL, TEST_REDIS_URL,
 *        SYNC_SERVER_ROOT=<checkout> (the servers' code from another checkout, e.g. main before a change, with
 *        this bench's clients and figures: run it and this checkout in turns to compare CPU per delivery),
 *        SYNC_CLUSTER_SOCKETS=tcp|unix (how nginx reaches the servers: loopback TCP ports as docs/deploy.md's unit,
 *        the default; or Unix sockets, SOCKET_PATH, not available to a SYNC_SERVER_ROOT from before it)
 * Needs PostgreSQL, Redis and nginx; without them it says so and measures nothing.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import { PgStore } from '../../server/store/pg';
import { startNginx } from '../support/nginx';
import { serviceCheck } from '../support/services';
import { TEST_DATABASE_URL, TEST_REDIS_URL, testSchemaName } from '../support/test-store';
import { benchProjectId, benchToken, seedBench } from './sync-load/seed';
import { profileArgs, round, runLoad, sleep, stopChild, waitForLine, type Bench, type Params, type Target } from './sync';

const root = resolve(import.meta.dirname, '../..');
/** Where the servers' code comes from (SYNC_SERVER_ROOT), by default this checkout. */
const serverRoot = process.env.SYNC_SERVER_ROOT ? resolve(process.env.SYNC_SERVER_ROOT) : root;

function envNum(name: string, fallback: number, min: number, max: number): number {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max) throw new Error(`${name} must be a number from ${min} to ${max}; got '${v}'`);
  return n;
}

function parseLoad(text: string): { clients: number; docs: number } {
  const m = /^(\d+)x(\d+)$/.exec(text.trim());
  if (!m) throw new Error(`SYNC_CLUSTER_LOAD must look like 2000x400; got '${text}'`);
  return { clients: Number(m[1]), docs: Number(m[2]) };
}

/** `processes` servers on one PostgreSQL schema and one Redis prefix, behind nginx. */
async function startCluster(p: Params, processes: number, sockets: 'unix' | 'tcp'): Promise<Target> {
  const schema = testSchemaName(`bench-cluster-${randomBytes(6).toString('hex')}`);
  const prefix = `sprout-bench-${randomBytes(4).toString('hex')}:`;
  const secret = randomBytes(16).toString('hex');
  const dataDir = mkdtempSync(join(tmpdir(), 'sprout-bench-cluster-'));
  const store = await PgStore.open({ url: TEST_DATABASE_URL, schema, dataDir });
  await seedBench(store, { clients: p.clients, docs: p.docs, secret });
  await store.close();
  const { PORT: _port, HOST: _host, SOCKET_PATH: _socket, ...inherited } = process.env;
  const env = {
    ...inherited,
    DATA_DIR: dataDir,
    DATABASE_URL: TEST_DATABASE_URL,
    DATABASE_SCHEMA: schema,
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: prefix,
  };
  // nginx's workers (user nobody when started as root) must reach the sockets: a directory all may enter
  const socketDir = sockets === 'unix' ? mkdtempSync(join(tmpdir(), 'sprout-bench-sockets-')) : null;
  if (socketDir) chmodSync(socketDir, 0o755);
  const children = Array.from({ length: processes }, (_, i) => {
    const listen = socketDir ? { SOCKET_PATH: join(socketDir, `${i}.sock`) } : { PORT: '0', HOST: '127.0.0.1' };
    return spawn(process.execPath, [...profileArgs, '--import', 'tsx', join(serverRoot, 'server/main.ts')], { cwd: serverRoot, env: { ...env, ...listen }, stdio: ['ignore', 'pipe', 'pipe'] });
  });
  const backends = await Promise.all(
    children.map(async (c, i) => {
      const m = await waitForLine(c, /running at (?:unix:(\S+)|http:\/\/[^:]+:(\d+)\/)/, `cluster process ${i}`);
      return m[1] ? `unix:${m[1]}` : `127.0.0.1:${m[2]}`;
    }),
  );
  const nginx = await startNginx(backends);
  const nginxPids = nginx.pids();
  return {
    name: `${processes} process${processes > 1 ? 'es' : ''} behind nginx`,
    url: (d) => `ws://127.0.0.1:${nginx.port}/sync/${benchProjectId(d)}`,
    headers: (c) => ({ cookie: `sprout_session=${benchToken(secret, c)}`, origin: nginx.url }),
    child: children[0],
    pids: children.map((c) => c.pid!),
    proxyPids: nginxPids,
    async stop() {
      await nginx.stop();
      await Promise.all(children.map(stopChild));
      await PgStore.dropSchema(TEST_DATABASE_URL, schema);
      rmSync(dataDir, { recursive: true, force: true });
      if (socketDir) rmSync(socketDir, { recursive: true, force: true });
      rmSync(`${dataDir}.review-key`, { force: true });
      const redis = new Redis(TEST_REDIS_URL);
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
    },
  };
}

/** How nginx reaches the servers (SYNC_CLUSTER_SOCKETS): loopback TCP ports as docs/deploy.md's unit, or Unix sockets (SOCKET_PATH, its option for processes beside nginx). */
function socketsSetting(): 'unix' | 'tcp' {
  const v = process.env.SYNC_CLUSTER_SOCKETS || 'tcp';
  if (v !== 'unix' && v !== 'tcp') throw new Error(`SYNC_CLUSTER_SOCKETS must be unix or tcp; got '${v}'`);
  return v;
}

async function measure(p: Params, processes: number): Promise<Record<string, number | string>> {
  const target = await startCluster(p, processes, socketsSetting());
  try {
    await sleep(1000);
    return await runLoad(target, p);
  } finally {
    await target.stop();
  }
}

export default async function run(): Promise<Bench[]> {
  const services = await serviceCheck();
  const missing = Object.values(services).filter((s) => !s.ok);
  if (missing.length) {
    console.log(`  skipped: ${missing.map((s) => s.why).join('; ')}`);
    return [];
  }
  const common = {
    rate: envNum('SYNC_RATE', 2, 0.1, 50),
    durationS: envNum('SYNC_DURATION_S', 20, 1, 600),
    warmupS: envNum('SYNC_WARMUP_S', 3, 0, 60),
    workers: envNum('SYNC_WORKERS', 2, 1, 16),
  };
  const processes = envNum('SYNC_CLUSTER_PROCESSES', 3, 1, 16);
  const load = parseLoad(process.env.SYNC_CLUSTER_LOAD ?? '2000x400');
  const perDoc = load.clients / load.docs;
  const results: Bench[] = [];

  const sockets = socketsSetting() === 'unix' ? 'Unix sockets' : 'loopback TCP';
  const cluster = await measure({ ...load, ...common }, processes);
  const params = (c: number, d: number) => `${c} clients / ${d} docs / ${common.rate} updates/s each / ${common.durationS} s`;
  results.push({ name: `sync fan-out, ${processes} processes on PostgreSQL + Redis behind nginx (${sockets} to the servers): ${params(load.clients, load.docs)}${serverRoot === root ? '' : ` (servers from ${serverRoot})`}`, figures: cluster });

  // SYNC_CLUSTER_LADDER='' measures the cluster alone (e.g. its CPU per delivered update before and after a change)
  const ladderSpec = process.env.SYNC_CLUSTER_LADDER ?? '500,1000,1500,2000';
  if (ladderSpec.trim() === '') return results;
  const ladder = ladderSpec.split(',').map((x) => Number(x.trim()));
  const steps: { clients: number; p99: number }[] = [];
  for (const clients of ladder) {
    const docs = Math.max(1, Math.round(clients / perDoc));
    const f = await measure({ clients, docs, ...common }, 1);
    results.push({ name: `sync fan-out, 1 process on PostgreSQL + Redis behind nginx (${sockets}): ${params(clients, docs)}`, figures: f });
    steps.push({ clients, p99: Number(f.latencyP99Ms) });
  }
  const target = Number(cluster.latencyP99Ms);
  // the most clients one process serves with a p99 at or under the cluster's (linear between steps)
  let served = 0;
  let beyond = true;
  for (let i = 0; i < steps.length; i++) {
    if (steps[i].p99 <= target) {
      served = steps[i].clients;
      continue;
    }
    beyond = false;
    const prev = steps[i - 1];
    if (prev && prev.p99 <= target) served = prev.clients + ((target - prev.p99) / (steps[i].p99 - prev.p99)) * (steps[i].clients - prev.clients);
    break;
  }
  results.push({
    name: `sync cluster ratio: ${processes} processes vs 1, at the cluster's p99`,
    figures: {
      clusterP99Ms: target,
      clusterClients: load.clients,
      'target p99 < 100 ms met': target < 100 ? 'yes' : 'no',
      oneProcessP99MsPerStep: steps.map((s) => `${s.clients}: ${s.p99}`).join(' / '),
      oneProcessClientsAtThatP99: beyond ? `≥ ${served}` : round(served, 0),
      clientsRatioClusterToOne: served > 0 ? `${beyond ? '≤ ' : ''}${round(load.clients / served, 2)}` : `> ${round(load.clients / steps[0].clients, 2)}`,
      serverCpuPercentCluster: cluster.serverCpuPercent,
    },
  });
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
