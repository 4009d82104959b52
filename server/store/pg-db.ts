/**
 * The PostgreSQL connection pool (node-postgres) as the store uses it: queries with `$1` parameters,
 * transactions on one pooled client, and a count of every statement sent (tests count round trips).
 *
 * Numbers: BIGINT (times in ms, update ids) and NUMERIC (sums) come back as JS numbers, not strings; every
 * value the store keeps there is below 2^53. BYTEA comes back as a Buffer.
 */
import pg from 'pg';

const { Pool, types } = pg;

/** Type parsers for this pool only (pg.types is process-wide; other users of pg keep theirs). */
const PARSERS: Record<number, (text: string) => unknown> = {
  20: (t) => Number(t), // int8
  1700: (t) => Number(t), // numeric (SUM of bigint)
};
const typeParsers = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => PARSERS[oid] ?? types.getTypeParser(oid, format)) as typeof types.getTypeParser,
};

export type SqlValue = string | number | boolean | null | Buffer | Uint8Array | readonly (string | number | boolean | null | Buffer)[];

/** What a query runs on: the pool, or the client of an open transaction. */
export interface Queryable {
  query<R extends object = Record<string, unknown>>(text: string, params?: readonly SqlValue[]): Promise<R[]>;
  one<R extends object = Record<string, unknown>>(text: string, params?: readonly SqlValue[]): Promise<R | undefined>;
  /** Runs a statement; returns the number of rows it inserted, updated or deleted. */
  run(text: string, params?: readonly SqlValue[]): Promise<number>;
}

export interface PgDbOptions {
  /** postgres://user@host:port/database */
  url: string;
  /** The schema every table lives in (`search_path`); default: the server's default (public). */
  schema?: string;
  /** Most connections this process opens (default 10). */
  poolSize?: number;
  /** Called with every statement sent (tests count round trips). */
  onQuery?: (text: string) => void;
  /** false: this pool's commits return before PostgreSQL has flushed them (synchronous_commit = off). */
  synchronousCommit?: boolean;
}

export const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** A unique-constraint violation (SQLSTATE 23505). */
export const isUniqueViolation = (e: unknown) => (e as { code?: string }).code === '23505';

export class PgDb implements Queryable {
  readonly pool: pg.Pool;
  /** Statements sent since start (tests compare it before and after a request). */
  queries = 0;
  private readonly onQuery?: (text: string) => void;

  constructor(readonly opts: PgDbOptions) {
    if (opts.schema !== undefined && !SCHEMA_NAME.test(opts.schema)) throw new Error(`schema must match ${SCHEMA_NAME}; got '${opts.schema}'`);
    this.onQuery = opts.onQuery;
    this.pool = new Pool({
      connectionString: opts.url,
      max: opts.poolSize ?? 10,
      types: typeParsers,
      // settings made by the server at connection start: no extra round trip per connection
      ...(opts.schema || opts.synchronousCommit === false
        ? { options: [opts.schema ? `-c search_path=${opts.schema}` : '', opts.synchronousCommit === false ? '-c synchronous_commit=off' : ''].filter(Boolean).join(' ') }
        : {}),
      application_name: 'sprout-lab',
    });
    // An idle client that loses its connection emits 'error' on the pool; the pool drops it and the next
    // query opens a new one. Without a listener the process would crash.
    this.pool.on('error', (e) => console.error(`Sprout Lab: PostgreSQL connection lost: ${e.message}`));
  }

  private counted(text: string): void {
    this.queries++;
    this.onQuery?.(text);
  }

  async query<R extends object = Record<string, unknown>>(text: string, params: readonly SqlValue[] = []): Promise<R[]> {
    this.counted(text);
    return (await this.pool.query<R>(text, params as unknown[])).rows;
  }

  async one<R extends object = Record<string, unknown>>(text: string, params: readonly SqlValue[] = []): Promise<R | undefined> {
    return (await this.query<R>(text, params))[0];
  }

  /**
   * A statement run often (the update log's append): prepared once per pooled connection under `name`,
   * then only bound and executed, so PostgreSQL does not parse and plan it again at every call. `name`
   * must stand for this one `text` in the whole process.
   */
  async prepared<R extends object = Record<string, unknown>>(name: string, text: string, params: readonly SqlValue[] = []): Promise<R[]> {
    this.counted(text);
    return (await this.pool.query<R>({ name, text, values: params as unknown[] })).rows;
  }

  async run(text: string, params: readonly SqlValue[] = []): Promise<number> {
    this.counted(text);
    return (await this.pool.query(text, params as unknown[])).rowCount ?? 0;
  }

  /**
   * Runs `fn` in one transaction on one client: committed when it resolves, rolled back when it throws.
   * A serialization failure or deadlock (40001, 40P01) is retried up to 3 times.
   */
  async tx<T>(fn: (q: Queryable) => Promise<T>, isolation: 'read committed' | 'serializable' = 'read committed'): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      const q: Queryable = {
        query: async <R extends object>(text: string, params: readonly SqlValue[] = []) => {
          this.counted(text);
          return (await client.query<R>(text, params as unknown[])).rows;
        },
        one: async <R extends object>(text: string, params: readonly SqlValue[] = []) => (await q.query<R>(text, params))[0] as R | undefined,
        run: async (text: string, params: readonly SqlValue[] = []) => {
          this.counted(text);
          return (await client.query(text, params as unknown[])).rowCount ?? 0;
        },
      };
      let broken = false;
      try {
        await q.query(isolation === 'serializable' ? 'BEGIN ISOLATION LEVEL SERIALIZABLE' : 'BEGIN');
        const result = await fn(q);
        await q.query('COMMIT');
        return result;
      } catch (e) {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true; // the connection is gone: do not give it back to the pool
        }
        const code = (e as { code?: string }).code;
        if ((code === '40001' || code === '40P01') && attempt < 3) continue;
        throw e;
      } finally {
        client.release(broken);
      }
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
