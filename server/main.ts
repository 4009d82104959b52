/** Wiring only: read the config, open the store, seed the demo school on first start, build the server, listen, shut down cleanly. */
import { readFileSync } from 'node:fs';
import { assembleServer } from './assemble';
import { ConfigError, readConfig } from './config';
import { createDemoSchool, formatDemoLogins, isEmpty } from './demo-school';
import { ReviewKeyError } from './review/review-key';
import { featureRoutes } from './feature-routes';
import { DataDirLockedError } from './store/data-dir-lock';
import { SocketPathInUseError } from './http/socket-file';
import type { Cluster } from './cluster/cluster';
import { LocalCluster } from './cluster/local-cluster';
import { RedisCluster } from './cluster/redis-cluster';
import { openStore } from './store/open-store';
import { StoreConflictError, type Store } from './store/store';

async function main(): Promise<void> {
  let config;
  try {
    config = readConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`Sprout Lab cannot start: ${e.message}`);
      process.exit(2);
    }
    throw e;
  }
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  let store: Store;
  try {
    store = await openStore(config);
  } catch (e) {
    if (e instanceof ReviewKeyError || e instanceof DataDirLockedError) {
      console.error(`Sprout Lab cannot start: ${e.message}`);
      process.exit(2);
    }
    throw e;
  }
  if (await isEmpty(store)) {
    try {
      console.log(formatDemoLogins(await createDemoSchool(store, { password: process.env.DEMO_PASSWORD || undefined, locale: config.demoLocale })));
    } catch (e) {
      // several processes on one new PostgreSQL database: another one seeded it first
      if (!(e instanceof StoreConflictError)) throw e;
    }
  }
  let cluster: Cluster;
  try {
    cluster = config.redis ? await RedisCluster.connect({ url: config.redis.url, prefix: config.redis.prefix }) : new LocalCluster();
  } catch (e) {
    console.error(`Sprout Lab cannot start: ${(e as Error).message}`);
    process.exit(2);
  }
  const server = assembleServer({
    store,
    cluster,
    distDir: config.distDir,
    version,
    auth: { sessionTtlMs: config.sessionTtlS * 1000, allowedOrigins: config.allowedOrigins, secureCookies: config.secureCookies, trustProxy: config.trustProxy, socketFile: config.socketPath !== null },
    maxImageBytes: config.maxImageBytes,
    imageQuotaBytes: config.imageQuotaBytes,
    extraRoutes: featureRoutes,
  });
  let where: string;
  if (config.socketPath) {
    try {
      await server.listenOnSocket(config.socketPath);
    } catch (e) {
      if (!(e instanceof SocketPathInUseError)) throw e;
      console.error(`Sprout Lab cannot start: ${e.message}`);
      process.exit(2);
    }
    where = `unix:${config.socketPath}`;
  } else {
    const port = await server.listen(config.port, config.host);
    where = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/`;
  }
  console.log(`Sprout Lab ${version} is running at ${where}  (data: ${(await store.status()).location}${config.redis ? `; cluster node ${cluster.nodeId} on Redis` : ''})`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: closing connections and flushing data…`);
    await server.close();
    await cluster.close();
    console.log('closed cleanly');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((e: unknown) => {
  console.error('Sprout Lab failed to start:', e);
  process.exit(1);
});
