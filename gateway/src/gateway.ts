/** The gateway: @apollo/gateway over the committed supergraph, served by @apollo/server. */
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { createVerifier, type Identity, jwksFromEnv } from '@ssc/auth';
import { AGENCIES, codelists, NETWORK } from '@ssc/contract';
import {
  armor,
  type CostModel,
  cacheHints,
  costLimit,
  createHttpHandler,
  createLogger,
  createServer,
  errorFormatter,
  errorLogging,
  knownOperationTypes,
  type Listening,
  listen,
  Metrics,
  metricsPlugin,
  textGuard,
} from '@ssc/server-kit';
import { buildNetworkSchema } from '@ssc/subgraph-network';
import { heavyLane } from './admission.ts';
import { sharedAnswers } from './cache.ts';
import { type FetchBudget, InProcessSource, type SubgraphFetch, SubgraphSource } from './datasource.ts';
import type { GatewayEnv } from './env.ts';
import { iatiRoutes } from './iati.ts';
import { lookupsAskTheOwner } from './lookups.ts';
import { SUBGRAPHS } from './subgraphs.ts';
import { supergraphSdl } from './supergraph.ts';
import { SubgraphTransport } from './transport.ts';

/** What the gateway knows of a request: its id and the verified caller, forwarded to subgraphs. */
export interface GatewayContext extends FetchBudget {
  requestId: string;
  identity: Identity | null;
  authorization: string | undefined;
  signal: AbortSignal;
}

/** Project fields that every agency answers for a whole page of projects with one statement. */
const PAGE_BATCHED = new Set(['evaluations', 'experts', 'lessons']);

/**
 * How the gateway prices an operation (see @ssc/server-kit's cost.ts): a search asks every
 * agency for its slice, so it costs 25 per agency; the reference lists are as long as their
 * code lists.
 */
export const GATEWAY_COST_MODEL: CostModel = {
  searchCost: 25 * AGENCIES.length,
  defaultListSize: 5,
  defaultPageSize: 20,
  listSizes: {
    'Query.countries': codelists.country.items.length,
    'Query.sectors': codelists.sector.items.length,
    'Query.sdgGoals': codelists.sdgGoal.items.length,
    'Query.agencies': AGENCIES.length,
  },
  batched: (parent, field) => PAGE_BATCHED.has(field) && parent.endsWith('Project'),
};

export interface RunningGateway extends Listening {
  /** The subgraph fetches shared among identical ones in flight. */
  readonly transport: SubgraphTransport;
  stop(): Promise<void>;
}

export interface GatewayHooks {
  /** Sees every subgraph fetch of every query plan (used by the benchmark to replay them). */
  onSubgraphFetch?: (fetch: SubgraphFetch) => void;
}

export async function startGateway(env: GatewayEnv, hooks: GatewayHooks = {}): Promise<RunningGateway> {
  const logger = createLogger('gateway', env.LOG_LEVEL);
  // @apollo/gateway otherwise reports metrics to Apollo and probes cloud metadata endpoints
  // (169.254.169.254) at start-up; its only switch is this variable, read when it is constructed.
  if (!env.APOLLO_TELEMETRY) process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const metrics = new Metrics('gateway');
  const shared = sharedAnswers(env, logger, metrics);
  const fetchSeconds = metrics.histogram(
    'ssc_gateway_subgraph_fetch_duration_seconds',
    'Subgraph fetches of query plans, by subgraph and outcome',
    ['subgraph', 'outcome'],
  );
  const transport = new SubgraphTransport(
    metrics.counter('ssc_gateway_shared_fetches_total', 'Subgraph fetches answered by an identical one in flight', []),
  );
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphSdl(),
    buildService: ({ name }) => {
      if (name === NETWORK.subgraph && env.NETWORK_IN_PROCESS)
        return new InProcessSource(buildNetworkSchema(), { publicMaxAge: env.CACHE_MAX_AGE, fetchSeconds, ...hooks });
      const info = SUBGRAPHS.find((s) => s.name === name);
      const url = env.subgraphUrls[name];
      if (!info || !url) throw new Error(`the supergraph names subgraph "${name}", which the gateway does not know`);
      return new SubgraphSource({
        name,
        url,
        timeoutMs: env.SUBGRAPH_TIMEOUT_MS,
        logger,
        transport,
        epoch: shared.epoch,
        fetchSeconds,
        ...(info.agency ? { agency: info.agency } : {}),
        ...(hooks.onSubgraphFetch ? { onFetch: hooks.onSubgraphFetch } : {}),
      });
    },
  });
  const http = createServer();
  const production = env.NODE_ENV === 'production';
  const guard = armor<GatewayContext>(env, production);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: env.introspection,
    includeStacktraceInErrorResponses: !production,
    formatError: errorFormatter(production),
    validationRules: guard.validationRules,
    // one operation per request: batched arrays are refused
    allowBatchedHttpRequests: false,
    // persisted queries (sent by hash, by GET too) and the response cache
    cache: shared.cache,
    persistedQueries: { ttl: 86_400 },
    plugins: [
      metricsPlugin<GatewayContext>(metrics),
      ...guard.plugins,
      costLimit<GatewayContext>(env.LIMIT_COST, GATEWAY_COST_MODEL),
      heavyLane<GatewayContext>(env.LIMIT_HEAVY_COST, env.LIMIT_HEAVY_CONCURRENCY),
      knownOperationTypes<GatewayContext>(),
      // before the lookups' rewrite, which gives each request a document of its own
      textGuard<GatewayContext>(),
      lookupsAskTheOwner<GatewayContext>(),
      errorLogging<GatewayContext>(logger),
      ApolloServerPluginDrainHttpServer({ httpServer: http }),
      // Cache-Control from the subgraphs' answers; anonymous queries' answers shared while fresh
      ...cacheHints<GatewayContext>(env.CACHE_MAX_AGE),
      ...shared.plugins<GatewayContext>(),
      // Apollo's landing pages load scripts from a CDN: browsers get our own console instead
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  http.on(
    'request',
    createHttpHandler({
      apollo,
      logger,
      maxBodyBytes: env.MAX_BODY_BYTES,
      title: 'SSC Federation gateway',
      metrics,
      context: async ({ requestId, identity, authorization, signal }) => ({
        requestId,
        identity,
        authorization,
        signal,
        fetches: { sent: 0, max: env.LIMIT_FETCHES },
      }),
      verifier: createVerifier(jwksFromEnv(env)),
      // every agency's IATI activity file, one by one and joined
      routes: iatiRoutes(env.subgraphUrls, env.SUBGRAPH_TIMEOUT_MS),
      ready: async () => {
        const remote = Object.entries(env.subgraphUrls).filter(([name]) => !(name === NETWORK.subgraph && env.NETWORK_IN_PROCESS));
        const checks = await Promise.all(
          remote.map(async ([name, url]) => {
            try {
              const res = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(2_000) });
              return [name, res.ok] as const;
            } catch {
              return [name, false] as const;
            }
          }),
        );
        return Object.fromEntries(checks);
      },
    }),
  );
  http.keepAliveTimeout = 65_000;
  const listening = await listen(http, env.HOST, env.PORT);
  logger.info({ url: listening.url }, 'gateway ready');
  return {
    ...listening,
    transport,
    stop: async () => {
      await apollo.stop();
      transport.close();
      await shared.close();
    },
  };
}
