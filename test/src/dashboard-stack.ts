/**
 * The seeded federation and the dashboard on one machine, for scripts outside vitest
 * (`npm run bench:dashboard`, `npm run screenshots`): an embedded PostgreSQL in a temporary
 * folder, the federation through `startFederation` and the dashboard through `startDashboard`,
 * the same functions `npm start` uses.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDevKeys, jwksVariable } from '@ssc/auth';
import { AGENCIES, NETWORK } from '@ssc/contract';
import { startEmbeddedPostgres } from '@ssc/db/embedded';
import { prepareDatabases, type RunningDashboardService, type RunningFederation, startDashboard, startFederation } from '@ssc/stack';
import { freePort } from '@ssc/testing/ports';

export interface DashboardStack {
  readonly federation: RunningFederation;
  readonly dashboard: RunningDashboardService;
  stop(): Promise<void>;
}

export async function startDashboardStack(options: { seedProjects?: number; log?: (line: string) => void } = {}): Promise<DashboardStack> {
  const log = options.log ?? (() => {});
  const dir = mkdtempSync(join(tmpdir(), 'ssc-dashboard-'));
  // as root, PostgreSQL runs as the `postgres` user, who must reach the data folder
  chmodSync(dir, 0o755);
  const cluster = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), port: await freePort(), persistent: false });
  const cleanup = async () => {
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const keysDir = join(dir, 'keys');
    const jwks = await ensureDevKeys(keysDir);
    const databaseUrls = await prepareDatabases({ adminUrl: cluster.adminUrl, seedProjects: options.seedProjects ?? 200, log });
    const ports = Object.fromEntries([...AGENCIES.map((a) => a.subgraph), NETWORK.subgraph, 'gateway'].map((n) => [n, 0]));
    const federation = await startFederation({
      databaseUrls,
      mode: 'in-process',
      ports,
      logLevel: 'silent',
      output: 'ignore',
      env: Object.fromEntries(Object.entries(jwks).map(([a, file]) => [jwksVariable(a), file])),
    });
    let dashboard: RunningDashboardService;
    try {
      dashboard = await startDashboard({ gatewayUrl: federation.gatewayUrl, keysDir, port: await freePort(), output: log });
    } catch (err) {
      await federation.stop();
      throw err;
    }
    return {
      federation,
      dashboard,
      async stop() {
        await dashboard.stop();
        await federation.stop();
        await cleanup();
      },
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}
