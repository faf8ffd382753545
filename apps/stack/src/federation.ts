/**
 * The one way to bring the whole federation up: databases prepared (created, migrated, seeded),
 * every agency subgraph, the network subgraph and the gateway started and healthy.
 * `npm start` runs the servers as separate processes; tests may run them in this process.
 */
import { type AgencyDatabase, describeCounts, loadAgencyEnv, type RunningAgency } from '@ssc/agency-kit';
import { registryEnv } from '@ssc/auth';
import { NETWORK } from '@ssc/contract';
import { createDatabase, ensureDatabase, migrateToLatest, serverUrl } from '@ssc/db';
import { loadGatewayEnv, type RunningGateway, startGateway, subgraphUrlEnv } from '@ssc/gateway';
import type { RunningServer } from '@ssc/server-kit';
import { loadEnv as loadNetworkEnv } from '@ssc/subgraph-network/env';
import { startNetwork } from '@ssc/subgraph-network/server';
import { freePort } from '@ssc/testing/ports';
import { DEFINITIONS } from './agencies.ts';
import { artifact, ensureArtifacts } from './artifacts.ts';
import { type Service, spawnService, waitHealthy } from './services.ts';

export interface PrepareOptions {
  /** Maintenance-database URL of the PostgreSQL server that holds the agencies' databases. */
  adminUrl: string;
  /** Database name per agency: `${prefix}${subgraph}` (default `ssc_`). */
  databasePrefix?: string;
  /** Generated projects per agency (facts come on top). */
  seedProjects: number;
  log?: (line: string) => void;
}

/** Creates, migrates and seeds every agency's database; returns the URL of each, by subgraph. */
export async function prepareDatabases(options: PrepareOptions): Promise<Record<string, string>> {
  const log = options.log ?? (() => {});
  const urls: Record<string, string> = {};
  await Promise.all(
    DEFINITIONS.map(async (def) => {
      const name = `${options.databasePrefix ?? 'ssc_'}${def.agency.subgraph}`;
      await ensureDatabase(options.adminUrl, name);
      const url = serverUrl(options.adminUrl, name);
      const database = createDatabase<AgencyDatabase>({ connectionString: url, poolMax: 2 });
      try {
        const { applied } = await migrateToLatest(database.db, def.migrations);
        const started = Date.now();
        const counts = await def.seed(database.db, { projects: options.seedProjects });
        log(
          `${def.agency.code.padEnd(9)} ${name}: ${applied.length} migration(s) applied; seeded ${describeCounts(counts)} in ${Date.now() - started} ms`,
        );
      } finally {
        await database.close();
      }
      urls[def.agency.subgraph] = url;
    }),
  );
  return urls;
}

export interface FederationOptions {
  /** Database URL by agency subgraph name. */
  databaseUrls: Record<string, string>;
  /** 'processes': each server its own OS process (as deployed); 'in-process': all in this one. */
  mode: 'processes' | 'in-process';
  /** Port by subgraph name, and `gateway`; 0 picks a free one (in-process only). */
  ports: Record<string, number>;
  host?: string;
  logLevel?: string;
  /** Extra environment of every server (e.g. SUBGRAPH_TIMEOUT_MS for the gateway). */
  env?: Record<string, string>;
  output?: 'inherit' | 'ignore' | ((line: string) => void);
}

export interface RunningFederation {
  readonly gatewayUrl: string;
  /** GraphQL URL by subgraph name. */
  readonly subgraphUrls: Record<string, string>;
  /** Stops one subgraph (fault tests); `restart` brings it back on the same port. */
  stopSubgraph(name: string): Promise<void>;
  /** Kills one subgraph's process with SIGKILL (processes mode only): a crash mid-request. */
  killSubgraph(name: string): Promise<void>;
  /**
   * Starts a stopped agency subgraph again on its port; `env` changes its environment for this
   * start only (a value of undefined removes a variable; in-process mode, where no parent
   * environment is inherited).
   */
  restartSubgraph(name: string, env?: Record<string, string | undefined>): Promise<void>;
  /** SQL statements each in-process agency subgraph has sent so far (in-process mode only). */
  statements(): Record<string, number>;
  stop(): Promise<void>;
}

interface Stoppable {
  stop(): Promise<void>;
  kill?(): Promise<void>;
}

export async function startFederation(options: FederationOptions): Promise<RunningFederation> {
  const host = options.host ?? '127.0.0.1';
  const baseEnv = { HOST: host, LOG_LEVEL: options.logLevel ?? 'warn', ...options.env };
  const running = new Map<string, Stoppable>();
  const agencies = new Map<string, RunningAgency>();
  const urls: Record<string, string> = {};
  const portOf = (name: string) => {
    const p = options.ports[name];
    if (p === undefined) throw new Error(`no port given for ${name}`);
    if (p === 0 && options.mode === 'processes') throw new Error(`separate processes need fixed ports (${name})`);
    return p;
  };
  const spawnAndWait = async (name: string, entry: string, env: Record<string, string>, args: string[] = []): Promise<Service> => {
    const service = spawnService({ name, entry, args, env: { ...baseEnv, ...env }, output: options.output ?? 'inherit' });
    await waitHealthy(service, `http://${host}:${env.PORT}/health`);
    return service;
  };

  // Every agency subgraph learns where every agency's registry is (REGISTRY_<CODE>: the agency
  // subgraph's base URL), so ports are known before any starts: free ones are picked for 0.
  const agencyPorts = new Map<string, number>();
  for (const d of DEFINITIONS) agencyPorts.set(d.agency.subgraph, portOf(d.agency.subgraph) || (await freePort(host)));
  const reachable = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const registries = registryEnv(
    Object.fromEntries(DEFINITIONS.map((d) => [d.agency.code, `http://${reachable}:${agencyPorts.get(d.agency.subgraph)}`])),
  );

  const startAgency = async (subgraph: string, overrides: Record<string, string | undefined> = {}) => {
    const def = DEFINITIONS.find((d) => d.agency.subgraph === subgraph);
    const databaseUrl = options.databaseUrls[subgraph];
    if (!def || !databaseUrl) throw new Error(`no database URL for agency subgraph ${subgraph}`);
    const merged: Record<string, string | undefined> = {
      ...registries,
      ...baseEnv,
      PORT: String(agencyPorts.get(subgraph)),
      DATABASE_URL: databaseUrl,
      ...overrides,
    };
    const env = Object.fromEntries(Object.entries(merged).filter((e): e is [string, string] => e[1] !== undefined));
    if (options.mode === 'processes') {
      // every agency runs the one generic entry point, told which agency it is
      running.set(subgraph, await spawnAndWait(subgraph, artifact('agency'), env, ['--agency', def.agency.code]));
      urls[subgraph] = `http://${host}:${env.PORT}/graphql`;
    } else {
      const server: RunningAgency = await def.start(loadAgencyEnv(def.agency, env));
      running.set(subgraph, server);
      agencies.set(subgraph, server);
      urls[subgraph] = server.url.replace('localhost', host);
    }
  };

  const stopAll = async () => {
    const gateway = running.get('gateway');
    await gateway?.stop();
    running.delete('gateway');
    await Promise.all([...running.values()].map((s) => s.stop()));
    running.clear();
  };

  try {
    // separate processes run the built artifacts (node dist/main.js), built first when stale
    if (options.mode === 'processes') await ensureArtifacts(['agency', 'network', 'gateway']);
    await Promise.all(DEFINITIONS.map((d) => startAgency(d.agency.subgraph)));
    const networkEnv = { ...baseEnv, PORT: String(portOf(NETWORK.subgraph)) };
    if (options.mode === 'processes') {
      running.set(NETWORK.subgraph, await spawnAndWait(NETWORK.subgraph, artifact('network'), networkEnv));
      urls[NETWORK.subgraph] = `http://${host}:${networkEnv.PORT}/graphql`;
    } else {
      const network: RunningServer = await startNetwork(loadNetworkEnv(networkEnv));
      running.set(NETWORK.subgraph, network);
      urls[NETWORK.subgraph] = network.url.replace('localhost', host);
    }
    const gatewayEnv: Record<string, string> = { ...baseEnv, PORT: String(portOf('gateway')), ...subgraphUrlEnv(urls) };
    let gatewayUrl: string;
    if (options.mode === 'processes') {
      running.set('gateway', await spawnAndWait('gateway', artifact('gateway'), gatewayEnv));
      gatewayUrl = `http://${host}:${gatewayEnv.PORT}/graphql`;
    } else {
      const gateway: RunningGateway = await startGateway(loadGatewayEnv(gatewayEnv));
      running.set('gateway', gateway);
      gatewayUrl = gateway.url.replace('localhost', host);
    }
    return {
      gatewayUrl,
      subgraphUrls: { ...urls },
      async stopSubgraph(name) {
        await running.get(name)?.stop();
        running.delete(name);
      },
      async killSubgraph(name) {
        const service = running.get(name);
        if (!service?.kill) throw new Error(`${name} is not a separate process that can be killed`);
        await service.kill();
        running.delete(name);
      },
      async restartSubgraph(name, env) {
        if (running.has(name)) throw new Error(`${name} is running`);
        await startAgency(name, env);
      },
      statements() {
        if (options.mode !== 'in-process') throw new Error('statement counts exist only for in-process federations');
        return Object.fromEntries([...agencies].map(([name, a]) => [name, a.database.stats.queries]));
      },
      stop: stopAll,
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
