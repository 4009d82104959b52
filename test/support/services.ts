/**
 * Whether the servers the PostgreSQL suites and the cluster test need are here: PostgreSQL
 * (TEST_DATABASE_URL, default 127.0.0.1:5432 database `test`), Redis (TEST_REDIS_URL, default
 * 127.0.0.1:6379) and Debian's nginx (/usr/sbin/nginx, or NGINX_BIN).
 */
import { existsSync } from 'node:fs';
import pg from 'pg';
import { Redis } from 'ioredis';
import { TEST_DATABASE_URL, TEST_REDIS_URL } from './test-store';

export interface ServiceState {
  ok: boolean;
  /** Why not, for the skip or failure message. */
  why: string;
}

export const NGINX_BIN = process.env.NGINX_BIN || '/usr/sbin/nginx';

export async function postgresState(): Promise<ServiceState> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { ok: true, why: '' };
  } catch (e) {
    return { ok: false, why: `PostgreSQL is not reachable at ${TEST_DATABASE_URL.replace(/:[^:@/]*@/, ':***@')} (${(e as Error).message})` };
  } finally {
    await client.end().catch(() => {});
  }
}

export async function redisState(): Promise<ServiceState> {
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, connectTimeout: 3000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.ping();
    return { ok: true, why: '' };
  } catch (e) {
    return { ok: false, why: `Redis is not reachable at ${TEST_REDIS_URL} (${(e as Error).message})` };
  } finally {
    redis.disconnect();
  }
}

export function nginxState(): ServiceState {
  return existsSync(NGINX_BIN) ? { ok: true, why: '' } : { ok: false, why: `nginx is not installed (${NGINX_BIN}; apt-get install nginx)` };
}

export async function serviceCheck(): Promise<Record<'postgres' | 'redis' | 'nginx', ServiceState>> {
  const [postgres, redis] = await Promise.all([postgresState(), redisState()]);
  return { postgres, redis, nginx: nginxState() };
}
