import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { Kysely, type KyselyPlugin, type LogEvent, PostgresDialect, type PostgresPool } from 'kysely';
import pg from 'pg';
import { currentWork, type WorkScope } from './work.ts';

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
  /** PostgreSQL's statement_timeout on every connection, in ms (0: none). */
  statementTimeoutMs?: number;
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

const tracer = trace.getTracer('ssc-federation/db');

/**
 * A span for each statement, within the request's trace (when tracing is on and a span is active:
 * the log comes in the statement's own async context). The text without its parameters.
 */
function statementSpan(event: LogEvent): void {
  if (!trace.getActiveSpan()) return;
  const sql = event.query.sql;
  const span = tracer.startSpan(`SQL ${/^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? 'statement'}`, {
    kind: SpanKind.CLIENT,
    startTime: Date.now() - event.queryDurationMillis,
    attributes: { 'db.system': 'postgresql', 'db.statement': sql.length > 2_000 ? `${sql.slice(0, 2_000)}...` : sql },
  });
  if (event.level === 'error')
    span.setStatus({ code: SpanStatusCode.ERROR, message: String((event.error as Error)?.message ?? event.error) });
  span.end();
}

/** A kysely instance over a `pg` pool, with a statement counter and a pool that survives restarts. */
export function createDatabase<DB>(options: DatabaseOptions): Database<DB> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolMax ?? 10,
    application_name: options.applicationName ?? 'ssc-federation',
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
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
    dialect: new PostgresDialect({ pool: boundedPool(pool) }),
    plugins: [countedStatements],
    log: (event) => {
      if (event.level === 'query') stats.queries += 1;
      statementSpan(event);
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

/** Every statement sent while a request is served is counted against its budget (and refused once its caller has gone). */
const countedStatements: KyselyPlugin = {
  transformQuery(args) {
    currentWork()?.spend();
    return args.node;
  },
  async transformResult(args) {
    return args.result;
  },
};

/**
 * The pool as kysely sees it: a request holds at most its share of connections at once (its
 * other statements wait in its own queue, not in front of other callers'), and when its caller
 * goes away, the statements it has running are cancelled (pg_cancel_backend).
 */
function boundedPool(pool: pg.Pool): PostgresPool {
  const held = new Map<WorkScope, Set<pg.PoolClient>>();
  const watched = new WeakSet<WorkScope>();
  const cancelRunning = (scope: WorkScope) => {
    const clients = [...(held.get(scope) ?? [])];
    if (!clients.length) return;
    const control = new pg.Client(pool.options);
    void control
      .connect()
      .then(() =>
        control.query('select pg_cancel_backend(pid) from unnest($1::int[]) as pid', [
          clients.map((c) => (c as unknown as { processID: number }).processID),
        ]),
      )
      .catch(() => undefined)
      .finally(() => void control.end().catch(() => undefined));
  };
  return {
    options: pool.options,
    end: () => pool.end(),
    async connect() {
      const scope = currentWork();
      if (!scope) return pool.connect();
      await scope.acquire();
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (err) {
        scope.release();
        throw err;
      }
      if (!watched.has(scope)) {
        watched.add(scope);
        scope.limits.signal.addEventListener('abort', () => cancelRunning(scope), { once: true });
      }
      const clients = held.get(scope) ?? new Set<pg.PoolClient>();
      held.set(scope, clients);
      clients.add(client);
      const release = client.release.bind(client);
      return Object.assign(Object.create(client) as pg.PoolClient, {
        query: client.query.bind(client),
        release(destroy?: boolean | Error) {
          clients.delete(client);
          if (!clients.size) held.delete(scope);
          scope.release();
          return release(destroy);
        },
      });
    },
  } as PostgresPool;
}
