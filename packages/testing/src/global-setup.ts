/**
 * vitest globalSetup: gives the run one PostgreSQL server. With `DATABASE_URL` set, its server
 * is used (the URL's user must be allowed to create databases); otherwise an embedded cluster
 * is started in a temporary folder and removed afterwards.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverUrl } from '@ssc/db';
import { type EmbeddedCluster, startEmbeddedPostgres } from '@ssc/db/embedded';
import type { TestProject } from 'vitest/node';
import { freePort } from './ports.ts';

let cluster: EmbeddedCluster | undefined;
let dir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  const external = process.env.DATABASE_URL;
  if (external) {
    project.provide('adminDatabaseUrl', serverUrl(external, 'postgres'));
    return;
  }
  dir = mkdtempSync(join(tmpdir(), 'ssc-test-pg-'));
  // as root, PostgreSQL runs as the `postgres` user, who must reach the data folder
  chmodSync(dir, 0o755);
  cluster = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), port: await freePort(), persistent: false });
  project.provide('adminDatabaseUrl', cluster.adminUrl);
}

export async function teardown(): Promise<void> {
  await cluster?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
