/** What every benchmark starts from: a PostgreSQL server (embedded, or DATABASE_URL's) and a federation on generated data. */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AGENCIES, NETWORK } from '@ssc/contract';
import { serverUrl } from '@ssc/db';
import { startEmbeddedPostgres } from '@ssc/db/embedded';
import { prepareDatabases, type RunningFederation, startFederation } from '@ssc/stack';
import { freePort } from '@ssc/testing/ports';
import { percentile } from './fairness.ts';

export interface BenchServer {
  readonly adminUrl: string;
  stop(): Promise<void>;
}

/** DATABASE_URL's server, or a fresh embedded PostgreSQL removed on stop. */
export async function benchDatabaseServer(label: string): Promise<BenchServer> {
  if (process.env.DATABASE_URL) return { adminUrl: serverUrl(process.env.DATABASE_URL, 'postgres'), stop: async () => {} };
  const dir = mkdtempSync(join(tmpdir(), `ssc-${label}-`));
  chmodSync(dir, 0o755);
  const cluster = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), port: await freePort(), persistent: false });
  return {
    adminUrl: cluster.adminUrl,
    async stop() {
      await cluster.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Seeds `size` projects per agency (databases `${prefix}<subgraph>`) and starts the federation as separate processes. */
export async function benchFederation(
  adminUrl: string,
  options: {
    size: number;
    prefix: string;
    env?: Record<string, string>;
    nodeArgs?: string[];
    fromSources?: boolean;
    log: (line: string) => void;
  },
): Promise<RunningFederation> {
  const seedStart = Date.now();
  const databaseUrls = await prepareDatabases({ adminUrl, databasePrefix: options.prefix, seedProjects: options.size });
  options.log(`seeded in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`);
  const ports: Record<string, number> = {};
  for (const name of [...AGENCIES.map((a) => a.subgraph), NETWORK.subgraph, 'gateway']) ports[name] = await freePort();
  return startFederation({
    databaseUrls,
    mode: 'processes',
    ports,
    logLevel: 'error',
    ...(options.env ? { env: options.env } : {}),
    ...(options.nodeArgs ? { nodeArgs: options.nodeArgs } : {}),
    ...(options.fromSources ? { fromSources: true } : {}),
    output: process.env.DBG ? 'inherit' : 'ignore',
  });
}

export interface LoadStats {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Runs `fn` from `concurrency` workers for `seconds` (after a one-second warm-up); `fn` says whether its answer was right. */
export async function measureLoad(fn: () => Promise<boolean>, seconds: number, concurrency: number): Promise<LoadStats> {
  const warmUntil = performance.now() + 1_000;
  while (performance.now() < warmUntil) await fn();
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1_000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        const ok = await fn();
        latencies.push(performance.now() - t0);
        if (!ok) errors += 1;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}
