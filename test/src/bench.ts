import { cpus } from 'node:os';
import { AGENCIES, NETWORK } from '@ssc/contract';
import { InProcessSource, loadGatewayEnv, type SubgraphFetch, startGateway, subgraphUrlEnv } from '@ssc/gateway';
import { type GraphQLResponse, postGraphQL } from '@ssc/server-kit';
import { prepareDatabases, startFederation } from '@ssc/stack';
import { buildNetworkSchema } from '@ssc/subgraph-network';
import { freePort } from '@ssc/testing/ports';
import { benchDatabaseServer, type LoadStats, measureLoad } from './bench-setup.ts';
import { type Fairness, measureFairness } from './fairness.ts';
import { COUNTRY_VIEW, DEMAND, GLOBAL_LIST, TALENT, TRIANGULAR } from './workloads.ts';

/** The network subgraph, in this process as in the gateway's, for the direct replay. */
const network = new InProcessSource(buildNetworkSchema());

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);

interface Scenario {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

const B = 'key label count budgetUsd';
const LANDING = `query Landing {
  projectStats { count budgets { currency amount } budgetUsd byAgency { ${B} } byCountry { ${B} } byRegion { ${B} } bySector { ${B} }
    bySectorCategory { ${B} } bySdg { ${B} } byStatus { ${B} } byModality { ${B} } byStartYear { ${B} }
    flows { provider { code name } recipient { code name } count budgetUsd } }
  evaluationStats { count byRating { ${B} } criteria { criterion label mean count } byAgency { ${B} } byEvaluator { ${B} } }
  requestStats { count byStatus { ${B} } byCountry { ${B} } decided medianDaysToDecision }
  expertStats { count bySector { ${B} } byLanguage { ${B} } byAvailability { ${B} } }
}`;
const LANDING_NAME = '(g) dashboard landing, 4 stats';
const LIST_NAME = '(b) filtered list, page 1';
const FILTER = { statuses: ['IMPLEMENTATION', 'CLOSED'], sdgs: [2, 3, 4], modalities: ['BILATERAL', 'TRIANGULAR'] };

type Stats = LoadStats;

const measure = (fn: () => Promise<boolean>): Promise<Stats> => measureLoad(fn, SECONDS, CONCURRENCY);

/** Groups the captured fetches into the plan's stages: a stage starts once every fetch before it has ended. */
function stages(fetches: SubgraphFetch[]): SubgraphFetch[][] {
  const out: SubgraphFetch[][] = [];
  let stageEnd = -1;
  for (const f of [...fetches].sort((a, b) => a.startedAt - b.startedAt)) {
    const current = out.at(-1);
    if (current && f.startedAt < stageEnd) {
      current.push(f);
      stageEnd = Math.max(stageEnd, f.endedAt);
    } else {
      out.push([f]);
      stageEnd = f.endedAt;
    }
  }
  return out;
}

const ms = (v: number) => v.toFixed(1).padStart(7);
const row = (cells: string[], widths: number[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 10)).join(' ');

async function run(): Promise<void> {
  const started = Date.now();
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const server = await benchDatabaseServer('bench');
  const adminUrl = server.adminUrl;
  log(`SSC Federation benchmark: ${cpus().length} cores, concurrency ${CONCURRENCY}, ${SECONDS} s per measurement`);
  const results: { size: number; scenario: string; gateway: Stats; direct: Stats; fetches: number; stages: number }[] = [];
  const fairness: { size: number; result: Fairness }[] = [];
  try {
    for (const size of SIZES) {
      log(`\n== ${size.toLocaleString('en')} projects per agency ==`);
      const seedStart = Date.now();
      const databaseUrls = await prepareDatabases({ adminUrl, databasePrefix: `bench${size}_`, seedProjects: size });
      log(`seeded in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`);
      const ports: Record<string, number> = {};
      for (const name of [...AGENCIES.map((a) => a.subgraph), NETWORK.subgraph, 'gateway']) ports[name] = await freePort();
      const federation = await startFederation({
        databaseUrls,
        mode: 'processes',
        ports,
        logLevel: 'error',
        // every request computed (the response cache is measured by --compare and bench-agencies.ts)
        env: { CACHE_MAX_AGE: '0' },
        output: process.env.DBG ? 'inherit' : 'ignore',
      });
      // an extra in-process gateway, idle during the load, records each question's plan fetches
      const captured: SubgraphFetch[] = [];
      const captureEnv: Record<string, string> = { PORT: '0', LOG_LEVEL: 'silent', ...subgraphUrlEnv(federation.subgraphUrls) };
      const recorder = await startGateway(loadGatewayEnv(captureEnv), { onSubgraphFetch: (f) => captured.push(f) });
      try {
        // the cursor of the fifth page of the filtered list
        let after: string | null = null;
        for (let page = 1; page < 5; page++) {
          const res: GraphQLResponse<{ projects: { pageInfo: { endCursor: string } } }> = await postGraphQL(
            federation.gatewayUrl,
            GLOBAL_LIST,
            {
              filter: FILTER,
              first: 20,
              after,
            },
          );
          after = res.data?.projects.pageInfo.endCursor ?? null;
        }
        const scenarios: Scenario[] = [
          { name: '(a) country view + evaluations', query: COUNTRY_VIEW, variables: { code: 'MZ', first: 20 } },
          { name: LIST_NAME, query: GLOBAL_LIST, variables: { filter: FILTER, first: 20, after: null } },
          { name: '(b) filtered list, page 5', query: GLOBAL_LIST, variables: { filter: FILTER, first: 20, after } },
          { name: '(c) triangular + joint evals', query: TRIANGULAR, variables: { id: 'JICA-P-000002' } },
          {
            name: '(d) talent bank search',
            query: TALENT,
            variables: { filter: { languages: ['pt', 'es'], availableFrom: '2027-01-01', availableTo: '2027-03-31' } },
          },
          { name: '(e) open requests + lessons', query: DEMAND, variables: {} },
          { name: LANDING_NAME, query: LANDING, variables: {} },
        ];
        for (const s of scenarios) {
          const check = await postGraphQL(federation.gatewayUrl, s.query, s.variables);
          if (check.errors?.length) throw new Error(`${s.name} answered errors: ${JSON.stringify(check.errors).slice(0, 300)}`);
          captured.length = 0;
          await postGraphQL(recorder.url, s.query, s.variables);
          const plan = stages(captured.splice(0));
          const gateway = await measure(async () => !(await postGraphQL(federation.gatewayUrl, s.query, s.variables)).errors);
          const direct = await measure(async () => {
            let ok = true;
            for (const stage of plan) {
              const answers = await Promise.all(
                stage.map((f) =>
                  f.url === 'in-process'
                    ? network.process({ request: { query: f.query, variables: f.variables ?? {} }, context: {} })
                    : postGraphQL(f.url, f.query, f.variables),
                ),
              );
              ok &&= answers.every((a) => !a.errors);
            }
            return ok;
          });
          const fetches = plan.reduce((n, st) => n + st.length, 0);
          results.push({ size, scenario: s.name, gateway, direct, fetches, stages: plan.length });
          log(
            `${s.name.padEnd(32)} gateway ${gateway.rps.toFixed(0).padStart(5)} rps p50 ${ms(gateway.p50)} ms | direct ${direct.rps.toFixed(0).padStart(5)} rps p50 ${ms(direct.p50)} ms | ${fetches} fetches in ${plan.length} stages`,
          );
        }
        const landing = results.find((r) => r.size === size && r.scenario === LANDING_NAME);
        const list = results.find((r) => r.size === size && r.scenario === LIST_NAME);
        if (landing && list) {
          log(
            `(g) landing p50 ${ms(landing.gateway.p50)} ms vs 20-item list page p50 ${ms(list.gateway.p50)} ms: x${(landing.gateway.p50 / list.gateway.p50).toFixed(2)}`,
          );
        }
        // fairness: simple lookups while CONCURRENCY clients send the heaviest request the limits accept
        const f = await measureFairness(federation.gatewayUrl, { clients: CONCURRENCY, seconds: SECONDS });
        fairness.push({ size, result: f });
        log(
          `(f) fairness: lookup p95 idle ${ms(f.idle.p95)} ms, under ${CONCURRENCY} heaviest (n=${f.n}) ${ms(f.loaded.p95)} ms: x${f.ratio.toFixed(2)}`,
        );
      } finally {
        await recorder.stop();
        await federation.stop();
      }
    }
  } finally {
    await server.stop();
  }

  const widths = [9, 32, 7, 8, 8, 8, 7, 8, 8, 8, 9, 7];
  log('\nResults (latencies in ms; "direct" = the same query-plan fetches sent straight to the subgraphs, stage by stage)\n');
  log(
    row(
      ['projects', 'scenario', 'gw rps', 'gw p50', 'gw p95', 'gw p99', 'dir rps', 'dir p50', 'dir p95', 'dir p99', 'p50 ratio', 'errors'],
      widths,
    ),
  );
  for (const r of results) {
    log(
      row(
        [
          r.size.toLocaleString('en'),
          r.scenario,
          r.gateway.rps.toFixed(0),
          ms(r.gateway.p50),
          ms(r.gateway.p95),
          ms(r.gateway.p99),
          r.direct.rps.toFixed(0),
          ms(r.direct.p50),
          ms(r.direct.p95),
          ms(r.direct.p99),
          (r.gateway.p50 / r.direct.p50).toFixed(2),
          String(r.gateway.errors + r.direct.errors),
        ],
        widths,
      ),
    );
  }
  if (SIZES.length >= 2) {
    const [small, large] = [SIZES[0], SIZES.at(-1)];
    log(`\nHow the gateway's figures change from ${small?.toLocaleString('en')} to ${large?.toLocaleString('en')} projects per agency\n`);
    log(row(['scenario', 'p50 small', 'p50 large', 'x p50', 'p95 x', 'rps x'], [32, 10, 10, 7, 7, 7]));
    for (const s of results.filter((r) => r.size === small)) {
      const l = results.find((r) => r.size === large && r.scenario === s.scenario);
      if (!l) continue;
      log(
        row(
          [
            s.scenario,
            ms(s.gateway.p50),
            ms(l.gateway.p50),
            (l.gateway.p50 / s.gateway.p50).toFixed(2),
            (l.gateway.p95 / s.gateway.p95).toFixed(2),
            (l.gateway.rps / s.gateway.rps).toFixed(2),
          ],
          [32, 10, 10, 7, 7, 7],
        ),
      );
    }
  }
  log("\n(g) The dashboard's landing query (four statistics, every breakdown) against a 20-item list page (gateway p50)\n");
  const gw = [9, 13, 13, 8];
  log(row(['projects', 'landing p50', 'list p50', 'ratio'], gw));
  for (const size of SIZES) {
    const landing = results.find((r) => r.size === size && r.scenario === LANDING_NAME);
    const list = results.find((r) => r.size === size && r.scenario === LIST_NAME);
    if (!landing || !list) continue;
    log(
      row(
        [size.toLocaleString('en'), ms(landing.gateway.p50), ms(list.gateway.p50), (landing.gateway.p50 / list.gateway.p50).toFixed(2)],
        gw,
      ),
    );
  }
  log(
    `\n(f) Fairness: a simple lookup (project by id) alone, then while ${CONCURRENCY} clients send the heaviest request the limits accept\n`,
  );
  const fw = [9, 10, 13, 13, 13, 13, 8, 14, 8];
  log(row(['projects', 'heavy n', 'idle p50', 'idle p95', 'loaded p50', 'loaded p95', 'p95 x', 'heavy answered', 'errors'], fw));
  for (const { size, result: f } of fairness) {
    log(
      row(
        [
          size.toLocaleString('en'),
          String(f.n),
          ms(f.idle.p50),
          ms(f.idle.p95),
          ms(f.loaded.p50),
          ms(f.loaded.p95),
          f.ratio.toFixed(2),
          `${f.heavy.done} (p50 ${f.heavy.p50.toFixed(0)} ms)`,
          String(f.heavy.errors),
        ],
        fw,
      ),
    );
  }
  log(`\nbenchmark finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

await run();
