/**
 * `npm run bench:agencies -w @ssc/test` (and the last part of `npm run bench`): the federation at
 * 4 and at 40 agencies, each a generated agency of a simulation registry (`SSC_REGISTRY=
 * simulation-N`: only registry entries, the same code path at both sizes, and the 4 are the first
 * 4 of the 40), every one with its own database in one PostgreSQL and BENCH_AGENCY_PROJECTS
 * generated projects. The agency subgraphs run in BENCH_HOSTS processes (several subgraphs each,
 * each with its own schema and a pool of DB_POOL_MAX=2 connections), the network and the gateway
 * in one process each. For (a) the cross-agency project list (page 1, a filter) and (b) the
 * statistics query (projectStats with a few breakdowns) it prints p50/p95/rps at each size, the
 * ratio p95(40)/p95(4) against the target of 3x, and what each request costs: the gateway's
 * subgraph fetches, the CPU of each process during the measurement, and PostgreSQL connections.
 *
 * The registry is chosen once per process, so each size runs in a child process of its own
 * (this file with `--child`), against the PostgreSQL this process started.
 *
 * Settings (environment): BENCH_AGENCY_SIZES (default "4,40"), BENCH_AGENCY_PROJECTS (default
 * 200), BENCH_HOSTS (default 1), BENCH_SECONDS per measurement (default 8), BENCH_CONCURRENCY
 * (default 4), DATABASE_URL (a server to use instead of an embedded one).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { AGENCIES, NETWORK, REGISTRY_NAME } from '@ssc/contract';
import { createDatabase } from '@ssc/db';
import { loadGatewayEnv, type SubgraphFetch, startGateway, subgraphUrlEnv } from '@ssc/gateway';
import { postGraphQL } from '@ssc/server-kit';
import { prepareDatabases, startFederation } from '@ssc/stack';
import { sql } from 'kysely';
import { benchDatabaseServer, measureLoad } from './bench-setup.ts';

const SIZES = (process.env.BENCH_AGENCY_SIZES ?? '4,40').split(',').map(Number);
const PROJECTS = Number(process.env.BENCH_AGENCY_PROJECTS ?? 200);
const HOSTS = Number(process.env.BENCH_HOSTS ?? 1);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const POOL_MAX = 2;
const TARGET = 3;

const LIST = `query List($filter: ProjectFilter, $first: Int) {
  projects(filter: $filter, first: $first) {
    totalCount
    nodes { id title status startDate agency { code } recipientCountries { code } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const FILTER = { statuses: ['IMPLEMENTATION', 'CLOSED'], modalities: ['BILATERAL', 'TRIANGULAR'] };
const B = 'key label count budgetUsd';
const STATS = `query Stats($filter: ProjectFilter) {
  projectStats(filter: $filter) { count budgetUsd byAgency { ${B} } byCountry { ${B} } byStatus { ${B} } bySector { ${B} } }
}`;
/** Computed: `cache-control: no-cache` makes the gateway answer afresh (identical fetches in flight are still shared). */
const FRESH = { 'cache-control': 'no-cache' };
const SCENARIOS = [
  { name: '(a) cross-agency list, page 1', query: LIST, variables: { filter: FILTER, first: 20 }, headers: FRESH },
  {
    name: '(b) projectStats, 4 breakdowns',
    query: STATS,
    variables: { filter: { statuses: ['IMPLEMENTATION', 'CLOSED'] } },
    headers: FRESH,
  },
  { name: '(a) the list, response cache', query: LIST, variables: { filter: FILTER, first: 20 }, headers: {} },
  {
    name: '(b) projectStats, response cache',
    query: STATS,
    variables: { filter: { statuses: ['IMPLEMENTATION', 'CLOSED'] } },
    headers: {},
  },
] as const;

interface Stats {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
}

interface SizeResult {
  agencies: number;
  registry: string;
  prepareSeconds: number;
  startSeconds: number;
  scenarios: {
    name: string;
    stats: Stats;
    fetches: number;
    stages: number;
    /** CPU during the measurement, in cores (1 = one core busy), by process. */
    cpu: Record<string, number>;
    /** The machine's 1-minute load average when the measurement began (other work on the machine shows here). */
    load: number;
  }[];
  connections: { open: number; max: number };
}

const log = (line: string) => process.stdout.write(`${line}\n`);
const ms = (v: number) => v.toFixed(1).padStart(7);

const measure = (fn: () => Promise<boolean>): Promise<Stats> => measureLoad(fn, SECONDS, CONCURRENCY);

/** Clock ticks of CPU (user + system) by process group: this process, each server it started, and PostgreSQL (the postmaster `postmaster` and its children). */
function cpuTicks(postmaster: number): Record<string, number> {
  const ticks: Record<string, number> = {};
  const add = (name: string, n: number) => {
    ticks[name] = (ticks[name] ?? 0) + n;
  };
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const [ppid, utime, stime] = [Number(fields[1]), Number(fields[11]), Number(fields[12])];
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (Number(pid) === process.pid) add('bench client', utime + stime);
      else if (comm === 'postgres' && (Number(pid) === postmaster || ppid === postmaster)) add('postgresql', utime + stime);
      else if (ppid === process.pid) {
        const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        const name = cmd.includes('host.ts')
          ? 'agency hosts'
          : cmd.includes('gateway')
            ? 'gateway'
            : cmd.includes('network')
              ? 'network'
              : 'other';
        add(name, utime + stime);
      }
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks;
}
const TICKS_PER_SECOND = 100;

/** The PostgreSQL server's main process: the parent of this connection's backend (the server runs on this machine). */
async function postmasterPid(adminUrl: string): Promise<number> {
  const admin = createDatabase<Record<string, never>>({ connectionString: adminUrl, poolMax: 1 });
  try {
    const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(admin.db);
    const stat = readFileSync(`/proc/${rows[0]?.pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return -1;
  } finally {
    await admin.close();
  }
}

/** The child: one registry size, prepared, started, measured; prints progress and a RESULT line. */
async function child(adminUrl: string): Promise<void> {
  const n = AGENCIES.length;
  const say = (line: string) => log(`  [${n}] ${line}`);
  const t0 = Date.now();
  let seeded = 0;
  const databaseUrls = await prepareDatabases({
    adminUrl,
    databasePrefix: 'simbench_',
    seedProjects: PROJECTS,
    concurrency: 4,
    log: () => {
      seeded += 1;
      if (seeded % 4 === 0 || seeded === n) say(`databases ready: ${seeded}/${n} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    },
  });
  const prepareSeconds = (Date.now() - t0) / 1000;
  say(`starting ${n} agency subgraphs in ${Math.min(HOSTS, n)} process(es), the network and the gateway (composing ${n + 1} subgraphs)`);
  const t1 = Date.now();
  const ports: Record<string, number> = {};
  for (const name of [...AGENCIES.map((a) => a.subgraph), NETWORK.subgraph, 'gateway']) ports[name] = 0;
  const federation = await startFederation({
    databaseUrls,
    mode: 'hosts',
    agencyHosts: HOSTS,
    ports,
    logLevel: 'error',
    env: { DB_POOL_MAX: String(POOL_MAX) },
    startTimeoutMs: 600_000,
    output: process.env.DBG ? 'inherit' : 'ignore',
  });
  const startSeconds = (Date.now() - t1) / 1000;
  say(`federation up in ${startSeconds.toFixed(1)} s; a recording gateway in this process counts each plan's fetches`);
  const captured: SubgraphFetch[] = [];
  const recorder = await startGateway(
    loadGatewayEnv({ PORT: '0', LOG_LEVEL: 'silent', NETWORK_IN_PROCESS: 'true', ...subgraphUrlEnv(federation.subgraphUrls) }),
    { onSubgraphFetch: (f) => captured.push(f) },
  );
  const postmaster = await postmasterPid(adminUrl);
  const result: SizeResult = {
    agencies: n,
    registry: REGISTRY_NAME,
    prepareSeconds,
    startSeconds,
    scenarios: [],
    connections: { open: 0, max: 0 },
  };
  try {
    for (const s of SCENARIOS) {
      const check = await postGraphQL<Record<string, unknown>>(federation.gatewayUrl, s.query, s.variables);
      if (check.errors?.length) throw new Error(`${s.name} answered errors: ${JSON.stringify(check.errors).slice(0, 400)}`);
      captured.length = 0;
      const recorded = await postGraphQL(recorder.url, s.query, s.variables);
      if (recorded.errors?.length)
        throw new Error(`${s.name} (recorder) answered errors: ${JSON.stringify(recorded.errors).slice(0, 400)}`);
      const fetches = captured.splice(0);
      let stageEnd = -1;
      let stages = 0;
      for (const f of fetches.sort((a, b) => a.startedAt - b.startedAt)) {
        if (f.startedAt >= stageEnd) stages += 1;
        stageEnd = Math.max(stageEnd, f.endedAt);
      }
      say(`${s.name}: ${fetches.length} subgraph fetches in ${stages} stages; measuring ${SECONDS} s at concurrency ${CONCURRENCY}`);
      const load = loadavg()[0] ?? 0;
      const before = cpuTicks(postmaster);
      const started = performance.now();
      const stats = await measure(async () => !(await postGraphQL(federation.gatewayUrl, s.query, s.variables, s.headers)).errors);
      const seconds = (performance.now() - started) / 1000;
      const after = cpuTicks(postmaster);
      const cpu = Object.fromEntries(Object.entries(after).map(([k, v]) => [k, (v - (before[k] ?? 0)) / TICKS_PER_SECOND / seconds]));
      result.scenarios.push({ name: s.name, stats, fetches: fetches.length, stages, cpu, load });
      say(
        `${s.name}: ${stats.rps.toFixed(1)} rps, p50 ${ms(stats.p50)} ms, p95 ${ms(stats.p95)} ms, ${stats.errors} errors (machine load ${load.toFixed(1)})`,
      );
    }
    const admin = createDatabase<Record<string, never>>({ connectionString: adminUrl, poolMax: 1 });
    try {
      const open = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where backend_type = 'client backend'`.execute(
        admin.db,
      );
      const max = await sql<{ max_connections: string }>`show max_connections`.execute(admin.db);
      result.connections = { open: open.rows[0]?.n ?? 0, max: Number(max.rows[0]?.max_connections ?? 0) };
    } finally {
      await admin.close();
    }
  } finally {
    await recorder.stop();
    await federation.stop();
  }
  log(`RESULT ${JSON.stringify(result)}`);
}

/** Runs one registry size in a child process; its progress lines pass through. */
function runSize(size: number, adminUrl: string): Promise<SizeResult> {
  const tsx = createRequire(import.meta.url).resolve('tsx');
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', tsx, fileURLToPath(import.meta.url), '--child'], {
      env: { ...process.env, SSC_REGISTRY: `simulation-${size}`, BENCH_ADMIN_URL: adminUrl },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let result: SizeResult | undefined;
    let buffer = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line.startsWith('RESULT ')) result = JSON.parse(line.slice('RESULT '.length)) as SizeResult;
        else log(line);
      }
    });
    proc.once('exit', (code) =>
      result && code === 0 ? resolve(result) : reject(new Error(`the run at ${size} agencies ended with code ${code}`)),
    );
  });
}

async function parent(): Promise<void> {
  const server = await benchDatabaseServer('bench-agencies');
  const adminUrl = server.adminUrl;
  log(
    `\nSSC Federation at ${SIZES.join(' and ')} agencies: ${cpus().length} cores, ${PROJECTS} projects per agency, agencies in ${HOSTS} process(es) (pool ${POOL_MAX} each), concurrency ${CONCURRENCY}, ${SECONDS} s per measurement`,
  );
  const results: SizeResult[] = [];
  try {
    for (const size of SIZES) {
      log(`\n== ${size} agencies (SSC_REGISTRY=simulation-${size}) ==`);
      results.push(await runSize(size, adminUrl));
    }
  } finally {
    await server.stop();
  }
  const widths = [9, 32, 7, 8, 8, 7, 11, 6, 11, 40];
  const row = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 10)).join(' ');
  log('\nResults (latencies in ms; CPU in cores busy during the measurement)\n');
  log(row(['agencies', 'scenario', 'rps', 'p50', 'p95', 'errors', 'fetches', 'load', 'CPU ms/req', 'CPU by process (cores)']));
  for (const r of results) {
    for (const s of r.scenarios) {
      const cpu = Object.entries(s.cpu)
        .filter(([, v]) => v >= 0.01)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${v.toFixed(2)}`)
        .join(', ');
      log(
        row([
          String(r.agencies),
          s.name,
          s.stats.rps.toFixed(1),
          ms(s.stats.p50),
          ms(s.stats.p95),
          String(s.stats.errors),
          `${s.fetches} in ${s.stages}`,
          s.load.toFixed(1),
          ((Object.values(s.cpu).reduce((a, b) => a + b, 0) * 1000) / s.stats.rps).toFixed(0),
          cpu,
        ]),
      );
    }
  }
  for (const r of results) {
    log(
      `${r.agencies} agencies: databases prepared in ${r.prepareSeconds.toFixed(0)} s, federation started in ${r.startSeconds.toFixed(0)} s; PostgreSQL client connections open ${r.connections.open} of max_connections ${r.connections.max}`,
    );
  }
  const [small, large] = [results[0], results.at(-1)];
  if (small && large && small !== large) {
    log(`\np95 at ${large.agencies} agencies against p95 at ${small.agencies} (target: at most ${TARGET}x)\n`);
    for (const s of small.scenarios) {
      const l = large.scenarios.find((x) => x.name === s.name);
      if (!l) continue;
      const ratio = l.stats.p95 / s.stats.p95;
      log(
        `${s.name.padEnd(32)} p95 ${ms(s.stats.p95)} -> ${ms(l.stats.p95)} ms: x${ratio.toFixed(2)} ${ratio <= TARGET ? 'within' : 'OVER'} the target; rps x${(l.stats.rps / s.stats.rps).toFixed(2)}`,
      );
    }
  }
}

if (process.argv.includes('--child')) {
  const adminUrl = process.env.BENCH_ADMIN_URL;
  if (!adminUrl) throw new Error('--child runs under bench-agencies.ts, which sets BENCH_ADMIN_URL');
  await child(adminUrl);
  process.exit(0);
} else {
  await parent();
}
