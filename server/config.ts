/** Server configuration from the environment, validated: a bad value stops start-up with a clear message. */
import { resolve } from 'node:path';
import { MAX_IMAGE_BYTES, PROJECT_IMAGE_QUOTA_BYTES } from '../projects/cells/image';
import { parseTrustProxy, type TrustProxySetting } from './auth/client-address';
import { defaultReviewKeyFile } from './review/review-key';
import type { FlushPolicy } from './store/sqlite-doc-writer';

export interface ServerConfig {
  port: number;
  host: string;
  /**
   * SOCKET_PATH: listen on this Unix socket instead of HOST:PORT, for a reverse proxy on the same machine
   * (nginx `server unix:/run/sprout-lab/1.sock`): a local socket costs the server and the proxy less CPU per
   * message than loopback TCP. Absolute path; whoever can reach its directory can connect (as with a port
   * on 127.0.0.1), so the directory decides who may.
   */
  socketPath: string | null;
  dataDir: string;
  distDir: string;
  /** Origins allowed for state-changing requests and websocket upgrades besides the server's own. */
  allowedOrigins: string[];
  /** SESSION_TTL_S: how long a login lasts (default 7 days). */
  sessionTtlS: number;
  /** SECURE_COOKIES=1 when served over HTTPS. */
  secureCookies: boolean;
  /**
   * TRUST_PROXY behind a reverse proxy that appends to X-Forwarded-For: 1 for one on this machine, or its
   * addresses/subnets. The client is the right-most address that is not a trusted proxy.
   */
  trustProxy: TrustProxySetting;
  /** MAX_IMAGE_BYTES: biggest image upload (default 5 MiB). */
  maxImageBytes: number;
  /** PROJECT_IMAGE_QUOTA_BYTES: most bytes of images one project holds (default 100 MiB). */
  imageQuotaBytes: number;
  /**
   * SYNC_FLUSH: when a document update reaches the disk. 'background' (default): written before it is
   * relayed (survives a crash of the server), flushed within 1 s. 'before-relay': flushed before it is
   * relayed (survives a power cut too), adding the disk's flush time to every edit's round trip.
   */
  syncFlush: FlushPolicy;
  /**
   * REVIEW_KEY_FILE: the key that signs the review log (server/review/review-key.ts). Default
   * `<DATA_DIR>.review-key`: beside the data directory, not in it, so a copy of the data carries no key.
   */
  reviewKeyFile: string;
  /** DEMO_LOCALE: the language of the demo school's sample projects, made on first start (default zh-CN). */
  demoLocale: 'zh-CN' | 'en';
  /**
   * DATABASE_URL: postgres://user[:password]@host[:port]/database puts the data in PostgreSQL (several server
   * processes can share it) instead of SQLite in DATA_DIR. DATABASE_SCHEMA: the schema to use (default public).
   * DATABASE_POOL_SIZE: connections per process (default 10).
   */
  database: { url: string; schema?: string; poolSize: number } | null;
  /**
   * REDIS_URL: redis://[:password@]host[:port][/db] lets several processes serve the same documents
   * (server/cluster: document bus, compaction lease, shared rate limits and connection counts).
   * REDIS_PREFIX: the prefix of every key and channel (default 'sprout:'), to share one Redis.
   */
  redis: { url: string; prefix: string } | null;
}

export class ConfigError extends Error {}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; got '${text}'`);
  return n;
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const v = (env[name] ?? '').toLowerCase();
  if (v === '' || v === '0' || v === 'false' || v === 'no') return false;
  if (v === '1' || v === 'true' || v === 'yes') return true;
  throw new ConfigError(`${name} must be 1/true/yes or 0/false/no; got '${env[name]}'`);
}

/** A URL with its password replaced, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@');
}

export function readConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): ServerConfig {
  const portText = env.PORT ?? '8080';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535 (0 picks a free port); got '${portText}'`);
  }
  const socketPath = env.SOCKET_PATH || null;
  if (socketPath !== null) {
    // sun_path holds 108 bytes with the closing NUL (Linux)
    if (!socketPath.startsWith('/') || Buffer.byteLength(socketPath) > 107) throw new ConfigError(`SOCKET_PATH must be an absolute path of at most 107 bytes; got '${socketPath}'`);
    if (env.PORT || env.HOST) throw new ConfigError('SOCKET_PATH replaces PORT and HOST: set one or the other');
  }
  const allowedOrigins = (env.ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const o of allowedOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(o)) throw new ConfigError(`ALLOWED_ORIGINS entries must look like https://host[:port] without a path; got '${o}'`);
  }
  let trustProxy: TrustProxySetting;
  try {
    trustProxy = parseTrustProxy(env.TRUST_PROXY);
  } catch (e) {
    throw new ConfigError((e as Error).message);
  }
  const syncFlush = env.SYNC_FLUSH || 'background';
  if (syncFlush !== 'background' && syncFlush !== 'before-relay') throw new ConfigError(`SYNC_FLUSH must be background or before-relay; got '${syncFlush}'`);
  const dataDir = resolve(cwd, env.DATA_DIR ?? 'data');
  const demoLocale = env.DEMO_LOCALE || 'zh-CN';
  if (demoLocale !== 'zh-CN' && demoLocale !== 'en') throw new ConfigError(`DEMO_LOCALE must be zh-CN or en; got '${demoLocale}'`);
  let database: ServerConfig['database'] = null;
  if (env.DATABASE_URL) {
    if (!/^postgres(ql)?:\/\/[^\s]+$/.test(env.DATABASE_URL)) throw new ConfigError(`DATABASE_URL must look like postgres://user@host:5432/database; got '${redactUrl(env.DATABASE_URL)}'`);
    const schema = env.DATABASE_SCHEMA || undefined;
    if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new ConfigError(`DATABASE_SCHEMA must be lower-case letters, digits and _ (at most 63); got '${schema}'`);
    database = { url: env.DATABASE_URL, schema, poolSize: int(env, 'DATABASE_POOL_SIZE', 10, 1, 200) };
  } else if (env.DATABASE_SCHEMA || env.DATABASE_POOL_SIZE) {
    throw new ConfigError('DATABASE_SCHEMA and DATABASE_POOL_SIZE need DATABASE_URL');
  }
  let redis: ServerConfig['redis'] = null;
  if (env.REDIS_URL) {
    if (!/^rediss?:\/\/[^\s]+$/.test(env.REDIS_URL)) throw new ConfigError(`REDIS_URL must look like redis://host:6379; got '${redactUrl(env.REDIS_URL)}'`);
    const prefix = env.REDIS_PREFIX ?? 'sprout:';
    if (!/^[A-Za-z0-9:_.-]{1,64}$/.test(prefix)) throw new ConfigError(`REDIS_PREFIX must be 1 to 64 letters, digits or : _ . -; got '${prefix}'`);
    redis = { url: env.REDIS_URL, prefix };
  } else if (env.REDIS_PREFIX) {
    throw new ConfigError('REDIS_PREFIX needs REDIS_URL');
  }
  if (redis && !database) throw new ConfigError('REDIS_URL (several processes) needs DATABASE_URL: one SQLite data directory serves one process');
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    socketPath,
    dataDir,
    distDir: resolve(cwd, env.DIST_DIR ?? 'dist'),
    allowedOrigins,
    sessionTtlS: int(env, 'SESSION_TTL_S', 7 * 24 * 3600, 60, 365 * 24 * 3600),
    secureCookies: flag(env, 'SECURE_COOKIES'),
    trustProxy,
    maxImageBytes: int(env, 'MAX_IMAGE_BYTES', MAX_IMAGE_BYTES, 1024, 64 * 1024 * 1024),
    imageQuotaBytes: int(env, 'PROJECT_IMAGE_QUOTA_BYTES', PROJECT_IMAGE_QUOTA_BYTES, 1024, 64 * 1024 * 1024 * 1024),
    syncFlush,
    reviewKeyFile: env.REVIEW_KEY_FILE ? resolve(cwd, env.REVIEW_KEY_FILE) : defaultReviewKeyFile(dataDir),
    demoLocale,
    database,
    redis,
  };
}
