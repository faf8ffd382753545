/**
 * `npm run measure:start -w @ssc/test -- [rounds]`: each deployable started as its own process,
 * from its TypeScript sources through tsx and from its built artifact (`node dist/main.js`),
 * `rounds` times each (default 3), alternating: the time from spawn to its first `/health` 200
 * and its resident memory (RSS) then and after 20 requests. Prints the medians. Its own embedded
 * PostgreSQL (20 projects per agency), removed afterwards.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AGENCIES, NETWORK } from '@ssc/contract';
import { startEmbeddedPostgres } from '@ssc/db/embedded';
import { subgraphUrlEnv } from '@ssc/gateway';
import { artifact, type Deployable, ensureArtifacts, prepareDatabases, sourceEntry, spawnService, waitHealthy } from '@ssc/stack';
import { freePort } from '@ssc/testing/ports';

const ROUNDS = Number(process.argv[2] ?? 3);
const log = (line: string) => process.stdout.write(`${line}\n`);
const rssMb = (pid: number) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line?.split(/\s+/)[1]) / 1024;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

interface Measure {
  startMs: number;
  rssMb: number;
  rssAfterMb: number;
}

async function measure(
  name: string,
  entry: string,
  env: Record<string, string>,
  args: string[],
  path: string,
  body?: string,
): Promise<Measure> {
  const port = String(await freePort());
  const started = performance.now();
  const service = spawnService({ name, entry, args, env: { ...env, PORT: port, LOG_LEVEL: 'warn' }, output: 'ignore', restart: false });
  try {
    await waitHealthy(service, `http://127.0.0.1:${port}/health`, 120_000);
    const startMs = performance.now() - started;
    const pid = service.child.pid as number;
    const rss = rssMb(pid);
    for (let i = 0; i < 20; i++) {
      const res = await fetch(`http://127.0.0.1:${port}${path}`, {
        method: body ? 'POST' : 'GET',
        headers: { 'content-type': 'application/json' },
        body,
      });
      await res.arrayBuffer();
    }
    return { startMs, rssMb: rss, rssAfterMb: rssMb(pid) };
  } finally {
    await service.stop();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'ssc-measure-'));
chmodSync(dir, 0o755);
const cluster = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), port: await freePort(), persistent: false });
const running: { stop(): Promise<void> }[] = [];
try {
  await ensureArtifacts(['agency', 'network', 'gateway', 'dashboard'], log);
  const urls = await prepareDatabases({ adminUrl: cluster.adminUrl, databasePrefix: 'measure_', seedProjects: 20 });
  const abc = AGENCIES[0];
  if (!abc) throw new Error('an empty registry');
  // the gateway is healthy when every agency subgraph is: start them (built) for its rounds
  const graphqlUrls: Record<string, string> = {};
  for (const a of AGENCIES) {
    const port = await freePort();
    const service = spawnService({
      name: a.subgraph,
      entry: artifact('agency'),
      args: ['--agency', a.code],
      env: { PORT: String(port), DATABASE_URL: urls[a.subgraph] as string, LOG_LEVEL: 'warn' },
      output: 'ignore',
    });
    running.push(service);
    await waitHealthy(service, `http://127.0.0.1:${port}/health`, 120_000);
    graphqlUrls[a.subgraph] = `http://127.0.0.1:${port}/graphql`;
  }
  const subgraphUrls = subgraphUrlEnv(graphqlUrls);
  const query = (q: string) => JSON.stringify({ query: q });
  const cases: { deployable: Deployable; name: string; env: Record<string, string>; args: string[]; path: string; body?: string }[] = [
    {
      deployable: 'agency',
      name: `agency (${abc.code})`,
      env: { DATABASE_URL: urls[abc.subgraph] as string },
      args: ['--agency', abc.code],
      path: '/graphql',
      body: query('{ __typename }'),
    },
    { deployable: 'network', name: NETWORK.subgraph, env: {}, args: [], path: '/graphql', body: query('{ __typename }') },
    {
      deployable: 'gateway',
      name: 'gateway',
      env: subgraphUrls,
      args: [],
      path: '/graphql',
      body: query('{ projects(first: 5) { totalCount nodes { id } } }'),
    },
    { deployable: 'dashboard', name: 'dashboard', env: {}, args: [], path: '/' },
  ];
  log(`\n${ROUNDS} round(s) each; medians. start: spawn to the first /health 200; RSS then, and after 20 requests\n`);
  log('| deployable | tsx: start | tsx: RSS | tsx: RSS after | built: start | built: RSS | built: RSS after |');
  log('|---|---|---|---|---|---|---|');
  for (const c of cases) {
    const results: Record<'tsx' | 'built', Measure[]> = { tsx: [], built: [] };
    for (let round = 0; round < ROUNDS; round++) {
      results.tsx.push(await measure(c.name, sourceEntry(c.deployable), c.env, c.args, c.path, c.body));
      results.built.push(await measure(c.name, artifact(c.deployable), c.env, c.args, c.path, c.body));
    }
    const cells = (['tsx', 'built'] as const).flatMap((k) => [
      `${Math.round(median(results[k].map((m) => m.startMs)))} ms`,
      `${Math.round(median(results[k].map((m) => m.rssMb)))} MB`,
      `${Math.round(median(results[k].map((m) => m.rssAfterMb)))} MB`,
    ]);
    log(`| ${c.name} | ${cells.join(' | ')} |`);
  }
} finally {
  await Promise.all(running.map((s) => s.stop()));
  await cluster.stop();
  rmSync(dir, { recursive: true, force: true });
}
