/**
 * `npm run bench` (its IATI part; alone: `npm run bench:iati -w @ssc/test -- [activities]`):
 * exports an agency's 10,000 projects as an IATI file and prints activities/s, then imports a
 * generated file of 100,000 activities (that export, repeated under new identifiers, streamed
 * from disk) into an empty database and prints activities/s and the process's peak RSS during
 * the import. Its own embedded PostgreSQL, removed afterwards.
 */

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { type AgencyDatabase, defineAgency } from '@ssc/agency-kit';
import { iatiActivities, importDeps, importIati } from '@ssc/agency-kit/iati';
import { AGENCIES, IATI_SSC_NAMESPACE } from '@ssc/contract';
import { createDatabase, ensureDatabase, serverUrl } from '@ssc/db';
import { startEmbeddedPostgres } from '@ssc/db/embedded';
import { freePort } from '@ssc/testing/ports';

const importing = process.argv[2] === '--import';
const TOTAL = Number((!importing && process.argv[2]) || 100_000);
const EXPORTED = 10_000;
const log = (line: string) => process.stdout.write(`${line}\n`);
const agency = AGENCIES[1];
const def = defineAgency(agency);

/** The import alone, in this process: the file and the database come from the parent. */
async function importOnly(path: string, url: string): Promise<void> {
  const target = createDatabase<AgencyDatabase>({ connectionString: url, poolMax: 2 });
  const admin = { identity: { agency: agency.code, user: 'bench', roles: ['admin' as const] }, requestId: 'bench', clientRequestId: null };
  const started = performance.now();
  const report = await importIati(importDeps(def, target.db), admin, createReadStream(path), {
    onProgress: (n) => {
      const s = (performance.now() - started) / 1_000;
      process.stdout.write(`\r  imported ${n.toLocaleString('en')} activities (${Math.round(n / s).toLocaleString('en')}/s)`);
    },
  });
  const seconds = (performance.now() - started) / 1_000;
  process.stdout.write('\n');
  log(
    `import: ${report.activities.toLocaleString('en')} activities (${report.created.toLocaleString('en')} created, ${report.refused.length} refused) in ${seconds.toFixed(1)} s = ${Math.round(report.activities / seconds).toLocaleString('en')} activities/s; peak RSS of the importing process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
  await target.close();
}

if (importing) {
  await importOnly(process.argv[3] ?? '', process.argv[4] ?? '');
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'ssc-bench-iati-'));
chmodSync(dir, 0o755);
const cluster = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), port: await freePort(), persistent: false });
try {
  const open = async (name: string) => {
    await ensureDatabase(cluster.adminUrl, name);
    const database = createDatabase<AgencyDatabase>({ connectionString: serverUrl(cluster.adminUrl, name), poolMax: 2 });
    await def.migrate(database.db);
    return database;
  };
  const source = await open('iati_source');
  log(`seeding ${EXPORTED.toLocaleString('en')} projects of ${agency.code} ...`);
  await def.seed(source.db, { projects: EXPORTED });

  // (1) export: the agency's whole file, streamed to disk
  const exported = join(dir, 'export.xml');
  const started = performance.now();
  let activities = 0;
  const out = createWriteStream(exported);
  for await (const chunk of iatiActivities(source.db, agency)) {
    activities += chunk.startsWith('<iati-activity ') ? 1 : 0;
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  const exportSeconds = (performance.now() - started) / 1_000;
  log(
    `export: ${activities.toLocaleString('en')} activities in ${exportSeconds.toFixed(1)} s = ${Math.round(activities / exportSeconds).toLocaleString('en')} activities/s (${(statSync(exported).size / 1e6).toFixed(1)} MB)`,
  );
  await source.close();

  // (2) a file of TOTAL activities: the export's activities again and again, each round under new
  // identifiers (read a line at a time: every activity of the export is one line)
  const big = join(dir, 'big.xml');
  const file = createWriteStream(big);
  file.write(`<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" xmlns:ssc="${IATI_SSC_NAMESPACE}">\n`);
  let written = 0;
  for (let round = 0; written < TOTAL; round++) {
    for await (const line of createInterface({ input: createReadStream(exported), crlfDelay: Number.POSITIVE_INFINITY })) {
      if (written >= TOTAL) break;
      if (!line.startsWith('<iati-activity ')) continue;
      const renamed = line
        .replace(/<iati-identifier>([^<]*)<\/iati-identifier>/, `<iati-identifier>$1-R${round}</iati-identifier>`)
        .replace(/<related-activity ref="([^"]*)"/g, `<related-activity ref="$1-R${round}"`);
      if (!file.write(`${renamed}\n`)) await once(file, 'drain');
      written++;
    }
  }
  file.end('</iati-activities>\n');
  await once(file, 'finish');
  log(`generated: ${written.toLocaleString('en')} activities, ${(statSync(big).size / 1e6).toFixed(1)} MB`);

  // (3) import into an empty database, in a process of its own so that its peak RSS is the import's
  const target = await open('iati_target');
  await target.close();
  const child = spawn(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--import', big, serverUrl(cluster.adminUrl, 'iati_target')],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`the import exited with ${code}`);
} finally {
  await cluster.stop();
  rmSync(dir, { recursive: true, force: true });
}
