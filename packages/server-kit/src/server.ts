/**
 * The one factory that turns a subgraph's schema and resolvers into a running server:
 * Apollo Server over `buildSubgraphSchema`, Node http, health endpoints, structured logs,
 * inline tracing off unless configured, draining shutdown.
 */
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { Verifier } from '@ssc/auth';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  isUnionType,
  parse,
  type ValidationRule,
} from 'graphql';
import type { Logger } from 'pino';
import { cacheHints } from './cache.ts';
import type { CostModel } from './cost.ts';
import { badInput } from './errors.ts';
import { createHttpHandler, createServer, type Listening, listen, type RequestInfo, type Route, type Upload } from './http.ts';
import { knownOperationTypes, textGuard } from './input.ts';
import { armor, classifyLimitError, costLimit, heavyHoldsOne, type Limits, type WorkSettings } from './limits.ts';
import { Metrics, metricsPlugin } from './metrics.ts';

export interface SubgraphOptions<C extends BaseContext> {
  name: string;
  typeDefs: string | DocumentNode;
  // biome-ignore lint/suspicious/noExplicitAny: resolver maps are heterogeneous by nature
  resolvers: GraphQLResolverMap<any>;
  context: (info: RequestInfo) => Promise<C>;
  logger: Logger;
  host: string;
  port: number;
  maxBodyBytes: number;
  inlineTracing: boolean;
  /** Seconds an anonymous query's answer may be reused (`CACHE_MAX_AGE`; 0: never). */
  publicMaxAge: number;
  limits: Limits;
  /** What one request may spend in the database (servers with one). */
  work?: WorkSettings;
  /** Hide internal error messages from callers (production). */
  maskErrors?: boolean;
  /** Schema introspection and the subgraph's SDL (`_service`): default on unless masking errors (production). */
  introspection?: boolean;
  ready?: () => Promise<Record<string, boolean>>;
  verifier: Verifier;
  routes?: Record<string, Route>;
  /** Extra POST endpoints that stream their body. */
  uploads?: Record<string, Upload>;
  /** The server's metrics (GET /metrics); made here when not given. */
  metrics?: Metrics;
  /** Runs after the HTTP server has closed (close pools here). */
  onStop?: () => Promise<void>;
}

export interface RunningServer extends Listening {
  stop(): Promise<void>;
}

const unexpected = (code: unknown) => code === 'INTERNAL_SERVER_ERROR' || code === undefined;

/**
 * A PostgreSQL "data exception" (SQLSTATE class 22: a value out of range, a NUL byte, text that
 * is not a number...) can only come from a value the caller sent that a validator let through:
 * it is answered as BAD_USER_INPUT, never as an internal error.
 */
function databaseRefusedValue(error: unknown): GraphQLFormattedError | undefined {
  const original = unwrapResolverError(error) as { code?: unknown; message?: string } | undefined;
  if (typeof original?.code !== 'string' || !/^22[0-9A-Z]{3}$/.test(original.code)) return undefined;
  // the database's own words name its internals: say what kind of value it refused instead
  const kind = DATA_EXCEPTIONS[original.code] ?? 'a value it cannot store or compare';
  return {
    message: `the request holds ${kind}; check the values of this field's arguments`,
    extensions: { code: 'BAD_USER_INPUT', sqlstate: original.code },
  };
}

/** PostgreSQL's data exceptions (SQLSTATE class 22), in the caller's words. */
const DATA_EXCEPTIONS: Readonly<Record<string, string>> = {
  '22001': 'a text longer than its field allows',
  '22003': 'a number out of range',
  '22007': 'a date or time of the wrong form',
  '22008': 'a date or time out of range',
  '22021': 'text that is not valid UTF-8',
  '22P02': 'a value of the wrong form (a number or code that is not one)',
  '22P05': 'text with a character that cannot be stored (a NUL character, say)',
  '22012': 'a division by zero',
};

/**
 * How a subgraph prices operations (see cost.ts): a search is one agency's list, answered with a
 * statement or two; the gateway's plans ask for slices and entities by the hundred.
 */
export const SUBGRAPH_COST_MODEL: CostModel = { searchCost: 10, defaultListSize: 10, defaultPageSize: 20 };

/** A request that spent its database budget, or whose caller went away (see @ssc/db's work scope). */
function workRefused(error: unknown): GraphQLFormattedError | undefined {
  const original = unwrapResolverError(error) as { name?: unknown; code?: unknown; message?: string } | undefined;
  if (original?.name !== 'WorkRefused' || typeof original.code !== 'string') return undefined;
  return { message: original.message ?? 'refused', extensions: { code: original.code } };
}

/** Gives limit refusals their codes; masks unexpected errors' messages when asked (production). */
export function errorFormatter(mask: boolean) {
  return (formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError => {
    const refused = databaseRefusedValue(error) ?? workRefused(error);
    if (refused) return { ...refused, ...(formatted.path ? { path: formatted.path } : {}) };
    const classified = classifyLimitError(formatted);
    if (mask && unexpected(classified.extensions?.code)) {
      return {
        message: 'internal error (quote the x-request-id response header when you report it)',
        ...(classified.path ? { path: classified.path } : {}),
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    }
    return classified;
  };
}

/** Logs every unexpected error with the request id that the caller sees in x-request-id. */
export function errorLogging<C extends BaseContext>(logger: Logger): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          const requestId = (contextValue as { requestId?: string }).requestId;
          for (const err of errors) {
            if (unexpected(err.extensions?.code))
              logger.error({ err: err.originalError ?? err, requestId, path: err.path }, 'unexpected error');
          }
        },
      };
    },
  };
}

/**
 * `_entities` refuses a representation that is not an object naming one of this subgraph's
 * entity types as BAD_USER_INPUT, before @apollo/subgraph fails on it with an internal error.
 * (Each type's own reference resolver checks its key fields.)
 */
function checkedRepresentations(schema: GraphQLSchema): GraphQLSchema {
  const field = schema.getQueryType()?.getFields()._entities;
  const union = schema.getType('_Entity');
  if (!field?.resolve || !isUnionType(union)) return schema;
  const entityTypes = new Set(union.getTypes().map((t) => t.name));
  const resolve = field.resolve;
  field.resolve = (source, args: { representations?: unknown }, context, info) => {
    const representations = Array.isArray(args.representations) ? args.representations : [];
    representations.forEach((r: unknown, i) => {
      const typename = r && typeof r === 'object' && !Array.isArray(r) ? (r as { __typename?: unknown }).__typename : undefined;
      if (typeof typename !== 'string' || !entityTypes.has(typename)) {
        throw badInput(
          `representation ${i} must be an object whose __typename is an entity type of this subgraph${typeof typename === 'string' ? ` ("${typename.slice(0, 60)}" is not)` : ''}`,
          'representations',
        );
      }
    });
    return resolve(source, args, context, info);
  };
  return schema;
}

/** Where introspection is off, so is the subgraph's own SDL (`_service { sdl }`), which tells as much. */
const noServiceSdl: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '_service') {
      context.reportError(
        new GraphQLError('this server does not serve its schema (_service): introspection is off (INTROSPECTION=true turns it on)', {
          nodes: node,
        }),
      );
    }
  },
});

export async function createSubgraphServer<C extends BaseContext>(options: SubgraphOptions<C>): Promise<RunningServer> {
  const typeDefs = typeof options.typeDefs === 'string' ? parse(options.typeDefs) : options.typeDefs;
  const schema = checkedRepresentations(buildSubgraphSchema({ typeDefs, resolvers: options.resolvers }));
  const http = createServer();
  const guard = armor<C>(options.limits, options.maskErrors ?? false);
  const metrics = options.metrics ?? new Metrics(options.name);
  const plugins: ApolloServerPlugin<C>[] = [
    metricsPlugin<C>(metrics),
    ...guard.plugins,
    costLimit<C>(options.limits.LIMIT_COST, SUBGRAPH_COST_MODEL),
    ...(options.work ? [heavyHoldsOne<C>(options.work.LIMIT_HEAVY_COST)] : []),
    knownOperationTypes<C>(),
    textGuard<C>(),
    errorLogging<C>(options.logger),
    ApolloServerPluginDrainHttpServer({ httpServer: http }),
    // Cache-Control on public reads, which the gateway's response cache and HTTP caches honour
    ...cacheHints<C>(options.publicMaxAge),
    options.inlineTracing ? ApolloServerPluginInlineTrace() : ApolloServerPluginInlineTraceDisabled(),
    // Apollo's landing pages load scripts from a CDN: browsers get our own console instead
    ApolloServerPluginLandingPageDisabled(),
  ];
  const introspection = options.introspection ?? !options.maskErrors;
  const apollo = new ApolloServer<C>({
    schema,
    plugins,
    introspection,
    validationRules: introspection ? guard.validationRules : [...guard.validationRules, noServiceSdl],
    includeStacktraceInErrorResponses: !options.maskErrors,
    formatError: errorFormatter(options.maskErrors ?? false),
  });
  await apollo.start();
  http.on(
    'request',
    createHttpHandler({
      apollo,
      logger: options.logger,
      maxBodyBytes: options.maxBodyBytes,
      context: options.context,
      verifier: options.verifier,
      title: `SSC Federation: ${options.name} subgraph`,
      metrics,
      ...(options.routes ? { routes: options.routes } : {}),
      ...(options.uploads ? { uploads: options.uploads } : {}),
      ...(options.ready ? { ready: options.ready } : {}),
      ...(options.work
        ? { work: { maxStatements: options.work.LIMIT_STATEMENTS, maxConnections: options.work.LIMIT_CONNECTIONS, server: options.name } }
        : {}),
    }),
  );
  // keep-alive sockets from the gateway must outlive its idle pool timeout
  http.keepAliveTimeout = 65_000;
  const listening = await listen(http, options.host, options.port);
  options.logger.info({ url: listening.url, subgraph: options.name }, 'subgraph ready');
  let stopped: Promise<void> | undefined;
  return {
    ...listening,
    stop() {
      stopped ??= (async () => {
        await apollo.stop();
        await options.onStop?.();
      })();
      return stopped;
    },
  };
}
