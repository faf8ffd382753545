import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase } from '@ssc/db';
import { type EmbeddedCluster, startEmbeddedPostgres } from '@ssc/db/embedded';
import { freePort } from '@ssc/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestFederation, type TestFederation } from './federation.ts';

// This file restarts its PostgreSQL, so it has a cluster of its own.
let dir: string;
let port: number;
let cluster: EmbeddedCluster;
let federation: TestFederation & { dropDatabases(): Promise<void> };
const startCluster = () => startEmbeddedPostgres({ dataDir: join(dir, 'data'), port, persistent: true });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ssc-durability-'));
  chmodSync(dir, 0o755);
  port = await freePort();
  cluster = await startCluster();
  federation = await startTestFederation({
    mode: 'processes',
    adminUrl: cluster.adminUrl,
    seedProjects: 5,
    env: { SUBGRAPH_TIMEOUT_MS: '3000' },
  });
}, 180_000);

afterAll(async () => {
  await federation?.stop();
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

const CREATE =
  'mutation($input: InstitutionInput!, $key: String) { createAbcInstitution(input: $input, idempotencyKey: $key) { id name } }';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('nothing lost', () => {
  it('keeps every acknowledged write exactly once, and no refused one, through a PostgreSQL restart and a killed subgraph', async () => {
    const token = await federation.token('ABC', ['officer'], 'durable-writer');
    const acked = new Map<string, string>();
    const refused = new Set<string>();
    const gaveUp = new Set<string>();
    let phase = 'before faults';
    const ackedIn: Record<string, number> = {};
    let writing = true;

    const writer = async (w: number) => {
      for (let k = 0; writing; k++) {
        const key = `w${w}-${k}`;
        const invalid = k % 5 === 4;
        const input = { name: `Durable ${key}`, organisationType: '10', country: invalid ? 'ZZ' : 'MZ' };
        for (let attempt = 0; ; attempt++) {
          let res: Awaited<ReturnType<typeof federation.as<{ createAbcInstitution: { id: string } }>>> | undefined;
          try {
            res = await federation.as(token, CREATE, { input, key });
          } catch {
            res = undefined; // the gateway itself did not answer: retry
          }
          const id = res?.data?.createAbcInstitution?.id;
          if (id) {
            acked.set(key, id);
            ackedIn[phase] = (ackedIn[phase] ?? 0) + 1;
            break;
          }
          if (res?.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT') {
            refused.add(key);
            break;
          }
          if (attempt >= 80) {
            gaveUp.add(key);
            break;
          }
          await sleep(150);
        }
      }
    };

    const writers = Array.from({ length: 4 }, (_, w) => writer(w));
    await sleep(1_500);
    phase = 'PostgreSQL restarting';
    await cluster.stop();
    cluster = await startCluster();
    phase = 'after PostgreSQL restart';
    await sleep(2_000);
    phase = 'subgraph killed';
    await federation.killSubgraph('abc');
    await sleep(500);
    await federation.restartSubgraph('abc');
    phase = 'after subgraph restart';
    await sleep(2_000);
    writing = false;
    await Promise.all(writers);

    const database = createDatabase<{ institutions: { id: string; name: string } }>({
      connectionString: federation.databaseUrls.abc as string,
      poolMax: 1,
    });
    try {
      const rows = await database.db.selectFrom('institutions').select(['id', 'name']).where('name', 'like', 'Durable %').execute();
      const byName = new Map<string, string[]>();
      for (const r of rows) byName.set(r.name, [...(byName.get(r.name) ?? []), r.id]);
      for (const [key, id] of acked) expect(byName.get(`Durable ${key}`), key).toEqual([id]);
      for (const key of refused) expect(byName.has(`Durable ${key}`), key).toBe(false);
      expect(gaveUp.size).toBe(0);
      expect(rows.length).toBe(acked.size);
      // the pool reconnected without a restart: writes were acknowledged between the two faults
      expect(ackedIn['after PostgreSQL restart'] ?? 0).toBeGreaterThan(0);
      expect(ackedIn['after subgraph restart'] ?? 0).toBeGreaterThan(0);
      console.log(
        `nothing lost: ${acked.size} acknowledged writes checked, ${refused.size} refused absent; by phase ${JSON.stringify(ackedIn)}`,
      );
    } finally {
      await database.close();
    }
  }, 120_000);
});
