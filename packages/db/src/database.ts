import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';

// DATE columns come back as 'YYYY-MM-DD' strings (no time-zone shifts); NUMERIC as numbers.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export interface DatabaseOptions {
  connectionString: string;
  /** Largest number of connections the pool opens. */
  poolMax?: number;
  /** Name reported to PostgreSQL (pg_stat_activity.application_name). */
  applicationName?: string;
  /** Called on a pool-level error (a connection lost while idle); the pool replaces it. */
  onPoolError?: (err: Error) => void;
}

export interface Database<DB> {
  readonly db: Kysely<DB>;
  readonly pool: pg.Pool;
  /** Number of SQL statements sent so far: tests compare it before and after a request. */
  readonly stats: { queries: number };
  /** True when a trivial query succeeds within the timeout. */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

/** A kysely instance over a `pg` pool, with a statement counter and a pool that survives restarts. */
export function createDatabase<DB>(options: DatabaseOptions): Database<DB> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolMax ?? 10,
    application_name: options.applicationName ?? 'ssc-federation',
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  // Without a listener, an idle connection that PostgreSQL closes (restart, failover) would
  // crash the process; the pool drops the client and opens a new one on the next checkout.
  pool.on('error', (err) => options.onPoolError?.(err));
  // A client in use (inside a transaction, between two queries) that loses its connection
  // emits 'error' with no pool listener attached, which would crash the process: listen on
  // every client; its pending query fails and the pool replaces it.
  pool.on('connect', (client) => client.on('error', (err) => options.onPoolError?.(err)));
  const stats = { queries: 0 };
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === 'query') stats.queries += 1;
    },
  });
  return {
    db,
    pool,
    stats,
    async ping(timeoutMs = 2_000) {
      let timer: NodeJS.Timeout | undefined;
      try {
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('database ping timed out')), timeoutMs);
        });
        await Promise.race([pool.query('select 1'), timeout]);
        return true;
      } catch {
        return false;
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      await db.destroy();
    },
  };
}
