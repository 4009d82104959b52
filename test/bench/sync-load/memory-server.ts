/**
 * Sprout Lab's server with its store in memory (SQLite ':memory:', nothing reaches the disk), seeded with
 * the benchmark's school (seed.ts): the sync benchmark's "without durable storage" configuration. Wired like
 * server/main.ts; auth cannot be switched off in Sprout Lab, but it runs only when a socket connects.
 *   SYNC_CLIENTS, SYNC_DOCS, SYNC_BENCH_SECRET; prints "running at http://127.0.0.1:<port>/".
 */
import { assembleServer } from '../../../server/assemble';
import { readConfig } from '../../../server/config';
import { SqliteStore } from '../../../server/store/sqlite';
import { seedBench } from './seed';

const clients = Number(process.env.SYNC_CLIENTS);
const docs = Number(process.env.SYNC_DOCS);
const secret = process.env.SYNC_BENCH_SECRET ?? '';
if (!Number.isInteger(clients) || !Number.isInteger(docs) || !secret) throw new Error('memory-server: SYNC_CLIENTS, SYNC_DOCS (integers) and SYNC_BENCH_SECRET are required');
const config = readConfig(process.env);
const store = new SqliteStore({ dataDir: ':memory:' });
await seedBench(store, { clients, docs, secret });
const server = assembleServer({
  store,
  distDir: config.distDir,
  version: 'bench',
  auth: { sessionTtlMs: config.sessionTtlS * 1000, allowedOrigins: config.allowedOrigins, secureCookies: config.secureCookies, trustProxy: config.trustProxy },
});
const port = await server.listen(0, '127.0.0.1');
console.log(`Sprout Lab (memory store) is running at http://127.0.0.1:${port}/`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
