/**
 * `npm run bench` (its IATI part; alone: `npm run bench:iati -w @ssc/test -- [activities]`):
 * exports an agency's 10,000 projects as an IATI file and prints activities/s, then imports a
 * generated file of 100,000 activities (that export, repeated under new identifiers, streamed
 * from disk) into an empty database and prints activities/s, the CPU time the importing process
 * and PostgreSQL spent, and the importing process's peak RSS. Its own embedded PostgreSQL,
 * removed afterwards.
 *
 * The import runs in a process of its own, from this file bundled to plain JavaScript by esbuild
 * (the agency code's TypeScript compiled as tsx compiles it, its packages from node_modules as
 * they are): the peak RSS is the import's, without tsx's loader thread and its copies of the
 * sources (some 60 MB more when the import runs under tsx, as `npm run iati` does). Its old
 * generation is capped (`--max-old-space-size`, HEAP_MB): an import whose memory grew with the
 * file would run out of memory; without the cap, V8 lets garbage pile up to some 300 MB of RSS.
 */

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, createReadStream, createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type AgencyDatabase, defineAgency } from '@ssc/agency-kit';
import { iatiActivities, importDeps, importIati } from '@ssc/agency-kit/iati';
import { AGENCIES, IATI_SSC_NAMESPACE } from '@ssc/contract';
import { createDatabase, ensureDatabase, serverUrl } from '@ssc/db';
import { startEmbeddedPostgres } from '@ssc/db/embedded';
import { freePort } from '@ssc/testing/ports';

const importing = process.argv[2] === '--import';
const TOTAL = Number((!importing && process.argv[2]) || 100_000);
const EXPORTED = 10_000;
/** The importing process's old generation, in MB: the import's memory must not grow with the file. */
const HEAP_MB = 192;
const log = (line: string) => process.stdout.write(`${line}\n`);
const agency = AGENCIES[1];
const def = defineAgency(agency);

/** CPU seconds (user and system) the PostgreSQL server whose postmaster has this pid and its backends have used so far. */
function postgresCpu(postmaster: string): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      // after the command's closing parenthesis: state, ppid, ..., utime (14th field), stime (15th)
      const fields = (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ');
      if (pid === postmaster || fields[1] === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process has ended
    }
  }
  return ticks / 100;
}

/** The import alone, in this process: the file, the database and PostgreSQL's pid come from the parent. */
async function importOnly(path: string, url: string, postmaster: string): Promise<void> {
  const target = createDatabase<AgencyDatabase>({ connectionString: url, poolMax: 2 });
  const admin = { identity: { agency: agency.code, user: 'bench', roles: ['admin' as const] }, requestId: 'bench', clientRequestId: null };
  const cpu = process.cpuUsage();
  const postgres = process.platform === 'linux' ? postgresCpu(postmaster) : Number.NaN;
  const started = performance.now();
  const report = await importIati(importDeps(def, target.db), admin, createReadStream(path), {
    onProgress: (n) => {
      const s = (performance.now() - started) / 1_000;
      process.stdout.write(`\r  imported ${n.toLocaleString('en')} activities (${Math.round(n / s).toLocaleString('en')}/s)`);
    },
  });
  const seconds = (performance.now() - started) / 1_000;
  const used = process.cpuUsage(cpu);
  const postgresSeconds = process.platform === 'linux' ? postgresCpu(postmaster) - postgres : Number.NaN;
  process.stdout.write('\n');
  log(
    `import: ${report.activities.toLocaleString('en')} activities (${report.created.toLocaleString('en')} created, ${report.refused.length} refused) in ${seconds.toFixed(1)} s = ${Math.round(report.activities / seconds).toLocaleString('en')} activities/s; peak RSS of the importing process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
  log(
    `  CPU: the importing process (old generation capped at ${HEAP_MB} MB) ${((used.user + used.system) / 1e6).toFixed(1)} s (its schema checks' worker threads included), PostgreSQL ${postgresSeconds.toFixed(1)} s; ${availableParallelism()} cores`,
  );
  // the machine's speed moves the rate from hour to hour, much less this ratio: compare changes by it
  log(
    `  wall time per CPU second of PostgreSQL: ${(seconds / postgresSeconds).toFixed(2)} (lower is better; compare runs of two versions by it)`,
  );
  await target.close();
}

if (importing) {
  await importOnly(process.argv[3] ?? '', process.argv[4] ?? '', process.argv[5] ?? '');
  process.exit(0);
}

/**
 * This file bundled to plain JavaScript in node_modules/.cache (where its packages resolve): the
 * workspace's TypeScript compiled in, each file's `import.meta.url` kept as its own, every
 * other package imported from node_modules.
 */
async function bundle(): Promise<string> {
  const { build } = await import('esbuild');
  const outfile = fileURLToPath(new URL('../../node_modules/.cache/ssc-bench-iati/bench-iati.mjs', import.meta.url));
  await build({
    entryPoints: [fileURLToPath(import.meta.url)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    plugins: [
      {
        name: 'workspace-only',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (a) => (a.path.startsWith('@ssc/') ? undefined : { path: a.path, external: true }));
          b.onLoad({ filter: /\.ts$/ }, async (a) => ({
            contents: (await readFile(a.path, 'utf8')).replaceAll('import.meta.url', JSON.stringify(pathToFileURL(a.path).href)),
            loader: 'ts',
          }));
        },
      },
    ],
  });
  return outfile;
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
  const bundled = await bundle();
  const postmaster = readFileSync(join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0] ?? '';
  // the old generation capped: an import whose memory grew with the file would run out of it here
  const child = spawn(
    process.execPath,
    [`--max-old-space-size=${HEAP_MB}`, bundled, '--import', big, serverUrl(cluster.adminUrl, 'iati_target'), postmaster],
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
