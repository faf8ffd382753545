/**
 * The one way to bring the whole federation up: databases prepared (created, migrated, seeded),
 * every agency subgraph, the network subgraph and the gateway started and healthy.
 * `npm start` runs the servers as separate processes; tests may run them in this process.
 */
import { type AgencyDatabase, type AgencyDefinition, describeCounts, loadAgencyEnv, type RunningAgency } from '@ssc/agency-kit';
import { agencyNamed } from '@ssc/agency-kit/discover';
import { registryEnv } from '@ssc/auth';
import { NETWORK } from '@ssc/contract';
import { createDatabase, ensureDatabase, migrateToLatest, serverUrl } from '@ssc/db';
import { loadGatewayEnv, type RunningGateway, startGateway, subgraphUrlEnv } from '@ssc/gateway';
import type { RunningServer } from '@ssc/server-kit';
import { loadEnv as loadNetworkEnv } from '@ssc/subgraph-network/env';
import { startNetwork } from '@ssc/subgraph-network/server';
import { freePort } from '@ssc/testing/ports';
import { DEFINITIONS } from './agencies.ts';
import { artifact, type Deployable, ensureArtifacts, sourceEntry } from './artifacts.ts';
import { type Service, spawnService, waitHealthy } from './services.ts';

export interface PrepareOptions {
  /** Maintenance-database URL of the PostgreSQL server that holds the agencies' databases. */
  adminUrl: string;
  /** Database name per agency: `${prefix}${subgraph}` (default `ssc_`). */
  databasePrefix?: string;
  /** Generated projects per agency (facts come on top). */
  seedProjects: number;
  /** How many agencies are prepared at once (default all): each holds a pool of 2 connections. */
  concurrency?: number;
  log?: (line: string) => void;
}

/** Creates, migrates and seeds every agency's database; returns the URL of each, by subgraph. */
export async function prepareDatabases(options: PrepareOptions): Promise<Record<string, string>> {
  const log = options.log ?? (() => {});
  const urls: Record<string, string> = {};
  const queue = [...DEFINITIONS];
  const prepare = async (def: AgencyDefinition) => {
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
  };
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(options.concurrency ?? queue.length, queue.length)) }, async () => {
      for (let def = queue.shift(); def; def = queue.shift()) await prepare(def);
    }),
  );
  return urls;
}

export interface FederationOptions {
  /** Database URL by agency subgraph name. */
  databaseUrls: Record<string, string>;
  /**
   * 'processes': each server its own OS process (as deployed); 'in-process': all in this one;
   * 'hosts': the agency subgraphs in `agencyHosts` OS processes, several in each (each with its
   * own port, schema and pool), the network and the gateway each in its own process.
   */
  mode: 'processes' | 'in-process' | 'hosts';
  /**
   * How long a server of its own process may take to answer /health (default 60 s); a gateway
   * over a simulation registry composes its supergraph first (about 25 s for 40 agencies, idle).
   */
  startTimeoutMs?: number;
  /** Mode 'hosts': how many processes share the agency subgraphs (default 1). */
  agencyHosts?: number;
  /** Port by subgraph name, and `gateway`; 0 picks a free one (in-process and hosts modes). */
  ports: Record<string, number>;
  host?: string;
  logLevel?: string;
  /** Extra environment of every server (e.g. SUBGRAPH_TIMEOUT_MS for the gateway). */
  env?: Record<string, string>;
  /** Options of Node for every server process (processes mode: `--cpu-prof`, say). */
  nodeArgs?: string[];
  /** Separate processes run the TypeScript sources through tsx, not the built artifacts (CPU profiles by package). */
  fromSources?: boolean;
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
  const separate = options.mode !== 'in-process';
  const portOf = (name: string) => {
    const p = options.ports[name];
    if (p === undefined) throw new Error(`no port given for ${name}`);
    if (p === 0 && options.mode === 'processes') throw new Error(`separate processes need fixed ports (${name})`);
    return p;
  };
  /** A fixed port for a server of its own process: the given one, else a free one now. */
  const fixedPort = async (name: string) => portOf(name) || (await freePort(host));
  const entryOf = (deployable: Deployable) => (options.fromSources ? sourceEntry(deployable) : artifact(deployable));
  const spawnAndWait = async (name: string, entry: string, env: Record<string, string>, args: string[] = []): Promise<Service> => {
    const service = spawnService({
      name,
      entry,
      args,
      env: { ...baseEnv, ...env },
      output: options.output ?? 'inherit',
      ...(options.nodeArgs ? { nodeArgs: options.nodeArgs } : {}),
    });
    await waitHealthy(service, `http://${host}:${env.PORT}/health`, options.startTimeoutMs);
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

  const agencyEnv = (subgraph: string, overrides: Record<string, string | undefined> = {}) => {
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
    return { def, env: Object.fromEntries(Object.entries(merged).filter((e): e is [string, string] => e[1] !== undefined)) };
  };
  const startAgency = async (subgraph: string, overrides: Record<string, string | undefined> = {}) => {
    if (options.mode === 'hosts') throw new Error(`mode 'hosts' starts agencies only together (${subgraph})`);
    const { def, env } = agencyEnv(subgraph, overrides);
    if (options.mode === 'processes') {
      // every agency runs the one generic entry point, told which agency it is
      running.set(subgraph, await spawnAndWait(subgraph, entryOf('agency'), env, ['--agency', def.agency.code]));
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

  /** Mode 'hosts': the agencies dealt round-robin to the host processes, each started with theirs. */
  const startHosts = async () => {
    const count = Math.max(1, Math.min(options.agencyHosts ?? 1, DEFINITIONS.length));
    const groups = Array.from({ length: count }, (_, i) => DEFINITIONS.filter((_, k) => k % count === i));
    await Promise.all(
      groups.map(async (group, i) => {
        const hosted = group.map((d) => ({ code: d.agency.code, env: agencyEnv(d.agency.subgraph).env }));
        const name = `agencies-${i + 1}`;
        const service = spawnService({
          name,
          entry: new URL('./host.ts', import.meta.url),
          env: { ...baseEnv, SSC_HOST_AGENCIES: JSON.stringify(hosted) },
          output: options.output ?? 'inherit',
        });
        running.set(name, service);
        for (const h of hosted) {
          await waitHealthy(service, `http://${host}:${h.env.PORT}/health`, options.startTimeoutMs);
          urls[agencyNamed(h.code).subgraph] = `http://${host}:${h.env.PORT}/graphql`;
        }
      }),
    );
  };

  try {
    // separate processes run the built artifacts (node dist/main.js), built first when stale;
    // `fromSources` runs the TypeScript through tsx instead (profiles that name each package)
    if (separate && !options.fromSources)
      await ensureArtifacts(options.mode === 'processes' ? ['agency', 'network', 'gateway'] : ['network', 'gateway']);
    if (options.mode === 'hosts') await startHosts();
    else await Promise.all(DEFINITIONS.map((d) => startAgency(d.agency.subgraph)));
    const networkEnv = { ...baseEnv, PORT: String(separate ? await fixedPort(NETWORK.subgraph) : portOf(NETWORK.subgraph)) };
    if (separate) {
      running.set(NETWORK.subgraph, await spawnAndWait(NETWORK.subgraph, entryOf('network'), networkEnv));
      urls[NETWORK.subgraph] = `http://${host}:${networkEnv.PORT}/graphql`;
    } else {
      const network: RunningServer = await startNetwork(loadNetworkEnv(networkEnv));
      running.set(NETWORK.subgraph, network);
      urls[NETWORK.subgraph] = network.url.replace('localhost', host);
    }
    const gatewayPort = separate ? await fixedPort('gateway') : portOf('gateway');
    const gatewayEnv: Record<string, string> = { ...baseEnv, PORT: String(gatewayPort), ...subgraphUrlEnv(urls) };
    let gatewayUrl: string;
    if (separate) {
      running.set('gateway', await spawnAndWait('gateway', entryOf('gateway'), gatewayEnv));
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
