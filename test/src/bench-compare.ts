/**
 * `npm run bench -- --compare`: our gateway side by side with Hive Gateway (issue 13, item 5).
 *
 * One federation on generated data (BENCH_COMPARE_SIZE projects per agency, default 1,000),
 * and Hive Gateway (`@graphql-hive/gateway` with the Hive Router runtime, a dev dependency of
 * this workspace only) as a child process on a copy of the committed supergraph whose
 * `@join__graph(url:)` point at the same running subgraphs.
 *
 * Both gateways see identical subgraphs: our gateway runs with NETWORK_IN_PROCESS=false, so it
 * fetches from the same network subgraph process over HTTP as Hive Gateway does (set
 * BENCH_COMPARE_NETWORK_IN_PROCESS=true to measure ours as deployed, network in its process).
 * Both are one Node process each; Hive Gateway runs with its defaults (no fork, no cache plugin)
 * but --no-masked-errors, so that an operation it cannot run says why.
 *
 * Two workloads, each in alternating rounds (ours, Hive, ours, Hive, ...):
 * - distinct: cross-agency project lists with rotating filters (countries, sectors, statuses,
 *   text) and page sizes; no request is sent twice in the whole run;
 * - dashboard mix: 80% picked from a small fixed set of public reads (the dashboard's Overview
 *   and country page, page 1 of the global list), 20% distinct as above.
 * Every answer must have data and no errors; one in SAMPLE_EVERY answers of each gateway is
 * asked of the other gateway afterwards and the two compared (a difference counts as an error).
 * Before the load, a set of probe operations runs on both, to show what Hive Gateway cannot run
 * or answers differently (see docs/hive-gateway.md).
 *
 * Settings (environment): BENCH_COMPARE_SIZE (default 1000), BENCH_SECONDS per round (default
 * 10), BENCH_ROUNDS per gateway and workload (default 3), BENCH_CONCURRENCY (default 8),
 * DATABASE_URL (a server to use instead of an embedded one), DBG=1 (servers' output).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { supergraphFile } from '@ssc/gateway';
import { type GraphQLResponse, postGraphQL } from '@ssc/server-kit';
import { freePort } from '@ssc/testing/ports';
import { benchDatabaseServer, benchFederation } from './bench-setup.ts';
import { HEAVY, LOOKUP, percentile } from './fairness.ts';
import { COUNTRY_VIEW, DEMAND, distinctLists, GLOBAL_LIST, type Op, random, TRIANGULAR } from './workloads.ts';

const SIZE = Number(process.env.BENCH_COMPARE_SIZE ?? 1000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const NETWORK_IN_PROCESS = process.env.BENCH_COMPARE_NETWORK_IN_PROCESS === 'true';
/** One answer in this many is kept, and compared with the other gateway's answer afterwards. */
const SAMPLE_EVERY = 10;
/** At most this many kept answers per gateway and workload are compared. */
const SAMPLE_MAX = 40;
/** The issue's targets: ours over Hive Gateway, in requests per second. */
const TARGETS: Record<string, number> = { distinct: 1.0, 'dashboard mix': 3.0 };

const require = createRequire(import.meta.url);
const log = (line: string) => process.stdout.write(`${line}\n`);

// --- the operations -------------------------------------------------------------------------

const B = 'key label count budgetUsd';
/** The dashboard's landing page (apps/dashboard Overview.tsx). */
const OVERVIEW = `query Overview {
  projectStats { count budgetUsd budgets { currency amount } byAgency { ${B} } byCountry { ${B} } bySector { ${B} } bySdg { ${B} }
    byStatus { ${B} } byModality { ${B} } byStartYear { ${B} } flows { provider { code name } recipient { code name } count budgetUsd } }
  evaluationStats { count }
  requestStats { count }
  expertStats { count }
}`;
/** The dashboard's country page (apps/dashboard CountryPage.tsx). */
const COUNTRY_PAGE = `query CountryPage($code: String!, $filter: ProjectFilter!, $requests: CooperationRequestFilter!, $lessons: LessonFilter!) {
  country(code: $code) { code name region projects(first: 20) { totalCount nodes { id title status startDate agency { code acronym } } } }
  projectStats(filter: $filter) { count budgetUsd byAgency { ${B} } bySector { ${B} } }
  cooperationRequests(filter: $requests, first: 10) { totalCount nodes { id title status submittedAt agency { acronym } } }
  lessons(filter: $lessons, first: 10) { nodes { id title summary agency { acronym } } }
}`;
const LANDING_ALL = `query Landing {
  projectStats { count byRegion { ${B} } bySectorCategory { ${B} } }
  evaluationStats { count byRating { ${B} } criteria { criterion label mean count } byAgency { ${B} } byEvaluator { ${B} } }
  requestStats { count byStatus { ${B} } byCountry { ${B} } decided medianDaysToDecision }
  expertStats { count bySector { ${B} } byLanguage { ${B} } byAvailability { ${B} } }
}`;
/** The dashboard's evaluations page, in short (apps/dashboard Evaluations.tsx): each evaluation's project. */
const EVALUATIONS = `query Evaluations {
  evaluations(first: 50) { totalCount nodes { id type date overallRating agency { acronym } project { id title agency { acronym } } } }
}`;
const TALENT = `query Talent($filter: ExpertFilter) {
  experts(filter: $filter, first: 20) {
    totalCount
    nodes { id name nationality { code } languages { code } agency { code } availability { from to } deployments { startDate endDate project { id title } } }
  }
}`;

const countryPage = (code: string): Op => ({
  name: `country page ${code}`,
  query: COUNTRY_PAGE,
  variables: { code, filter: { countries: [code] }, requests: { countries: [code] }, lessons: { countries: [code] } },
});

/** The dashboard mix's repeated public reads. */
const FIXED: readonly Op[] = [
  { name: 'overview', query: OVERVIEW, variables: {} },
  countryPage('MZ'),
  { name: 'global list page 1', query: GLOBAL_LIST, variables: { first: 20 } },
];

interface Workload {
  name: string;
  next: () => Op;
}

function workloads(): Workload[] {
  const distinct = distinctLists();
  const mix = random(29);
  return [
    { name: 'distinct', next: distinct },
    {
      name: 'dashboard mix',
      next: () => (mix() < 0.8 ? (FIXED[Math.floor(mix() * FIXED.length)] as Op) : distinct()),
    },
  ];
}

// --- the two gateways ------------------------------------------------------------------------

interface Gateway {
  name: string;
  url: string;
}

/** The committed supergraph with each `@join__graph(url:)` set to the running subgraph's URL. */
function supergraphWithUrls(urls: Record<string, string>): string {
  let missing = Object.keys(urls).length;
  const sdl = readFileSync(supergraphFile, 'utf8').replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (whole, name: string) => {
    const url = urls[name];
    if (!url) throw new Error(`the supergraph names subgraph "${name}", which the federation did not start`);
    missing -= 1;
    return whole.replace(/url: "[^"]*"/, `url: "${url}"`);
  });
  if (missing !== 0) throw new Error('the supergraph and the running subgraphs differ');
  return sdl;
}

interface HiveGateway extends Gateway {
  stop(): Promise<void>;
}

/** Hive Gateway's CLI as a child process: `hive-gateway supergraph <file> --hive-router-runtime`. */
async function startHive(parent: string, supergraph: string): Promise<HiveGateway> {
  const pkg = require.resolve('@graphql-hive/gateway/package.json');
  const bin = join(dirname(pkg), (JSON.parse(readFileSync(pkg, 'utf8')) as { bin: Record<string, string> }).bin['hive-gateway'] ?? '');
  // the runtime the flag loads: fail here, clearly, when it is not installed
  require.resolve('@graphql-hive/router-runtime');
  const port = await freePort();
  // its own folder as cwd: no gateway.config.* is picked up
  const dir = join(parent, 'hive');
  mkdirSync(dir);
  const file = join(dir, 'supergraph.graphql');
  writeFileSync(file, supergraph);
  const output: string[] = [];
  const child: ChildProcess = spawn(
    process.execPath,
    [bin, 'supergraph', file, '--hive-router-runtime', '--no-masked-errors', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: dir, env: { ...process.env, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  for (const stream of [child.stdout, child.stderr])
    stream?.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output.push(text);
      if (output.length > 50) output.shift();
      if (process.env.DBG) process.stdout.write(`[hive] ${text}`);
    });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(kill, 5_000);
    await exited;
    clearTimeout(timer);
    process.off('exit', kill);
  };
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Hive Gateway exited (code ${child.exitCode}):\n${output.join('').slice(-2_000)}`);
    try {
      const res = await fetch(`${base}/readiness`, { signal: AbortSignal.timeout(1_000) });
      if (res.ok) return { name: 'Hive', url: `${base}/graphql`, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`Hive Gateway was not ready within 60 s:\n${output.join('').slice(-2_000)}`);
}

// --- sending and checking ----------------------------------------------------------------------

/** JSON with object keys sorted (lists keep their order): two answers compare as text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

interface Answer {
  ok: boolean;
  /** The first error's message (or the transport failure), when not ok. */
  problem?: string;
  data?: unknown;
}

async function send(gateway: Gateway, op: Op): Promise<Answer> {
  let res: GraphQLResponse<Record<string, unknown>>;
  try {
    res = await postGraphQL(gateway.url, op.query, op.variables);
  } catch (err) {
    return { ok: false, problem: (err as Error).message };
  }
  if (res.errors?.length) {
    const e = res.errors[0];
    const code = e?.extensions?.code ? ` (${String(e.extensions.code)})` : '';
    return { ok: false, problem: `${e?.message ?? 'an error'}${code}`, data: res.data };
  }
  if (res.status !== 200 || !res.data) return { ok: false, problem: `HTTP ${res.status} without data` };
  return { ok: true, data: res.data };
}

interface Sample {
  op: Op;
  data: string;
}

interface Round {
  requests: number;
  errors: number;
  latencies: number[];
  problems: Map<string, number>;
  samples: Sample[];
}

/** CONCURRENCY workers send `workload`'s requests to `gateway` for `seconds`. */
async function round(gateway: Gateway, workload: Workload, seconds: number, keep: boolean): Promise<Round> {
  const out: Round = { requests: 0, errors: 0, latencies: [], problems: new Map(), samples: [] };
  const end = performance.now() + seconds * 1_000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const op = workload.next();
        const t0 = performance.now();
        const answer = await send(gateway, op);
        out.latencies.push(performance.now() - t0);
        out.requests += 1;
        if (!answer.ok) {
          out.errors += 1;
          const key = `${op.name}: ${answer.problem ?? ''}`.slice(0, 200);
          out.problems.set(key, (out.problems.get(key) ?? 0) + 1);
        } else if (keep && out.requests % SAMPLE_EVERY === 0) {
          out.samples.push({ op, data: canonical(answer.data) });
        }
      }
    }),
  );
  return out;
}

interface Totals {
  requests: number;
  errors: number;
  mismatches: number;
  seconds: number;
  latencies: number[];
  roundRps: number[];
  problems: Map<string, number>;
  samples: Sample[];
}

const emptyTotals = (): Totals => ({
  requests: 0,
  errors: 0,
  mismatches: 0,
  seconds: 0,
  latencies: [],
  roundRps: [],
  problems: new Map(),
  samples: [],
});

function add(t: Totals, r: Round, seconds: number): void {
  t.requests += r.requests;
  t.errors += r.errors;
  t.seconds += seconds;
  for (const l of r.latencies) t.latencies.push(l);
  t.roundRps.push(r.requests / seconds);
  for (const [k, n] of r.problems) t.problems.set(k, (t.problems.get(k) ?? 0) + n);
  t.samples.push(...r.samples);
}

/** Asks `other` each of `samples` (answers of the first gateway); returns the differences. */
async function crossCheck(samples: Sample[], other: Gateway): Promise<string[]> {
  const differences: string[] = [];
  for (const s of samples.slice(0, SAMPLE_MAX)) {
    const answer = await send(other, s.op);
    const theirs = answer.ok ? canonical(answer.data) : `error: ${answer.problem}`;
    if (theirs !== s.data) differences.push(`${s.op.name} ${JSON.stringify(s.op.variables)}`);
  }
  return differences;
}

// --- probes: what Hive Gateway cannot run, or answers differently --------------------------------

interface ProbeResult {
  name: string;
  ours: string;
  hive: string;
  same: boolean;
}

async function probes(ours: Gateway, hive: Gateway): Promise<ProbeResult[]> {
  const cursorOf = async (after: string | null, filter: Record<string, unknown>) => {
    const res = await postGraphQL<{ projects: { pageInfo: { endCursor: string | null } } }>(ours.url, GLOBAL_LIST, {
      filter,
      first: 20,
      after,
    });
    return res.data?.projects.pageInfo.endCursor ?? null;
  };
  const filter = { statuses: ['IMPLEMENTATION', 'CLOSED'], sdgs: [2, 3, 4], modalities: ['BILATERAL', 'TRIANGULAR'] };
  let after: string | null = null;
  for (let page = 1; page < 5; page++) after = await cursorOf(after, filter);
  const list: Op[] = [
    ...FIXED,
    { name: 'filtered list, page 5 (our cursor)', query: GLOBAL_LIST, variables: { filter, first: 20, after } },
    { name: 'landing, all four statistics', query: LANDING_ALL, variables: {} },
    { name: 'project lookup', query: LOOKUP, variables: { id: 'ABC-P-000002' } },
    { name: 'project lookup, unknown id', query: LOOKUP, variables: { id: 'ABC-P-999999' } },
    { name: 'triangular + joint evaluations', query: TRIANGULAR, variables: { id: 'JICA-P-000002' } },
    {
      name: 'talent bank search',
      query: TALENT,
      variables: { filter: { languages: ['pt', 'es'], availableFrom: '2027-01-01', availableTo: '2027-03-31' } },
    },
    { name: 'open requests + lessons', query: DEMAND, variables: {} },
    { name: 'institutions x projects (n=20)', query: HEAVY, variables: { n: 20 } },
    { name: 'country view + evaluations', query: COUNTRY_VIEW, variables: { code: 'MZ', first: 20 } },
    { name: 'evaluations with their projects', query: EVALUATIONS, variables: {} },
  ];
  const results: ProbeResult[] = [];
  for (const op of list) {
    const [a, b] = [await send(ours, op), await send(hive, op)];
    const show = (x: Answer) => (x.ok ? 'ok' : `error: ${x.problem}`);
    const same = a.ok === b.ok && canonical(a.data) === canonical(b.data);
    results.push({ name: op.name, ours: show(a), hive: show(b), same });
  }
  return results;
}

// --- the run ------------------------------------------------------------------------------------

const ms = (v: number) => v.toFixed(1);
const cells = (values: string[], widths: number[]) => values.map((c, i) => c.padEnd(widths[i] ?? 10)).join(' ');

async function run(): Promise<void> {
  const started = Date.now();
  const server = await benchDatabaseServer('bench-compare');
  const dir = mkdtempSync(join(tmpdir(), 'ssc-bench-compare-hive-'));
  log(
    `Our gateway and Hive Gateway (Hive Router runtime): ${cpus().length} cores, ${SIZE.toLocaleString('en')} projects per agency, ` +
      `concurrency ${CONCURRENCY}, ${ROUNDS} rounds of ${SECONDS} s per gateway and workload; ` +
      `network subgraph ${NETWORK_IN_PROCESS ? "in our gateway's process (Hive: over HTTP)" : 'over HTTP for both'}`,
  );
  const results: { workload: string; ours: Totals; hive: Totals }[] = [];
  let probeResults: ProbeResult[] = [];
  try {
    const federation = await benchFederation(server.adminUrl, {
      size: SIZE,
      prefix: `compare${SIZE}_`,
      env: { NETWORK_IN_PROCESS: String(NETWORK_IN_PROCESS) },
      log,
    });
    let hive: HiveGateway | undefined;
    try {
      hive = await startHive(dir, supergraphWithUrls(federation.subgraphUrls));
      const ours: Gateway = { name: 'ours', url: federation.gatewayUrl };
      const both: Gateway[] = [ours, hive];

      probeResults = await probes(ours, hive);
      log('\nProbes: each operation once on both gateways\n');
      for (const p of probeResults)
        log(
          `${p.name.padEnd(36)} ours ${p.ours.slice(0, 60).padEnd(8)} | Hive ${p.hive.slice(0, 100)}${p.same ? '' : '  [answers differ]'}`,
        );

      for (const workload of workloads()) {
        log(`\n== ${workload.name} ==`);
        // warm up both (plans cached, sockets open, code compiled)
        for (const g of both) await round(g, workload, 1, false);
        const totals = { ours: emptyTotals(), hive: emptyTotals() };
        for (let r = 1; r <= ROUNDS; r++) {
          const line: string[] = [];
          for (const g of both) {
            const result = await round(g, workload, SECONDS, true);
            add(g === ours ? totals.ours : totals.hive, result, SECONDS);
            line.push(
              `${g.name} ${(result.requests / SECONDS).toFixed(0).padStart(5)} rps p95 ${ms(percentile(result.latencies, 95)).padStart(7)} ms${result.errors ? ` (${result.errors} errors)` : ''}`,
            );
          }
          log(`round ${r}: ${line.join(' | ')}`);
        }
        // a sample of each gateway's answers, asked again of the other one
        const oursVsHive = await crossCheck(totals.ours.samples, hive);
        const hiveVsOurs = await crossCheck(totals.hive.samples, ours);
        totals.ours.mismatches = oursVsHive.length;
        totals.hive.mismatches = hiveVsOurs.length;
        const compared = Math.min(SAMPLE_MAX, totals.ours.samples.length) + Math.min(SAMPLE_MAX, totals.hive.samples.length);
        log(`answers compared: ${compared}, different: ${oursVsHive.length + hiveVsOurs.length}`);
        for (const d of [...oursVsHive, ...hiveVsOurs].slice(0, 5)) log(`  differs: ${d.slice(0, 200)}`);
        for (const [name, t] of [
          ['ours', totals.ours],
          ['Hive', totals.hive],
        ] as const)
          for (const [problem, n] of [...t.problems].slice(0, 5)) log(`  ${name} error x${n}: ${problem}`);
        results.push({ workload: workload.name, ...totals });
      }
    } finally {
      await hive?.stop();
      await federation.stop();
    }
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }

  const widths = [15, 9, 12, 9, 12, 12, 8, 16];
  log(`\nOur gateway against Hive Gateway (${ROUNDS} x ${SECONDS} s each, concurrency ${CONCURRENCY}; p95 in ms)\n`);
  log(cells(['workload', 'ours rps', 'ours p95', 'Hive rps', 'Hive p95', 'ours/Hive', 'target', 'errors ours/Hive'], widths));
  for (const r of results) {
    const rps = (t: Totals) => t.requests / t.seconds;
    const ratio = rps(r.ours) / rps(r.hive);
    const target = TARGETS[r.workload] ?? 1;
    log(
      cells(
        [
          r.workload,
          rps(r.ours).toFixed(0),
          ms(percentile(r.ours.latencies, 95)),
          rps(r.hive).toFixed(0),
          ms(percentile(r.hive.latencies, 95)),
          `${ratio.toFixed(2)}x`,
          `${target.toFixed(1)}x ${ratio >= target ? 'met' : 'not met'}`,
          `${r.ours.errors + r.ours.mismatches}/${r.hive.errors + r.hive.mismatches}`,
        ],
        widths,
      ),
    );
  }
  log("(errors: answers with errors or without data, plus sampled answers that differ from the other gateway's)");
  const differ = probeResults.filter((p) => !p.same);
  if (differ.length) {
    log('\nProbe operations the two gateways answer differently (see docs/hive-gateway.md)\n');
    for (const p of differ) log(`${p.name}: ours ${p.ours.slice(0, 120)} | Hive ${p.hive.slice(0, 200)}`);
  }
  log(`\ncomparison finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

await run();
