/**
 * The one factory that turns a subgraph's schema and resolvers into a running server:
 * Apollo Server over `buildSubgraphSchema`, Node http, health endpoints, structured logs,
 * inline tracing off unless configured, draining shutdown.
 */
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { Verifier } from '@ssc/auth';
import { type DocumentNode, type GraphQLFormattedError, parse } from 'graphql';
import type { Logger } from 'pino';
import { createHttpHandler, createServer, type Listening, listen, type RequestInfo } from './http.ts';

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
  /** Hide internal error messages from callers (production). */
  maskErrors?: boolean;
  ready?: () => Promise<Record<string, boolean>>;
  verifier: Verifier;
  /** Runs after the HTTP server has closed (close pools here). */
  onStop?: () => Promise<void>;
}

export interface RunningServer extends Listening {
  stop(): Promise<void>;
}

/** Logs unexpected errors with their request id; masks their message when asked. */
export function errorFormatter(logger: Logger, mask: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
      logger.error({ err: error, path: formatted.path }, 'resolver error');
      if (mask) return { message: 'internal error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    return formatted;
  };
}

export async function createSubgraphServer<C extends BaseContext>(options: SubgraphOptions<C>): Promise<RunningServer> {
  const typeDefs = typeof options.typeDefs === 'string' ? parse(options.typeDefs) : options.typeDefs;
  const schema = buildSubgraphSchema({ typeDefs, resolvers: options.resolvers });
  const http = createServer();
  const plugins: ApolloServerPlugin<C>[] = [
    ApolloServerPluginDrainHttpServer({ httpServer: http }),
    // no HTTP cache hints here: computing them wraps every field resolver
    ApolloServerPluginCacheControlDisabled(),
    options.inlineTracing ? ApolloServerPluginInlineTrace() : ApolloServerPluginInlineTraceDisabled(),
  ];
  const apollo = new ApolloServer<C>({
    schema,
    plugins,
    includeStacktraceInErrorResponses: !options.maskErrors,
    formatError: errorFormatter(options.logger, options.maskErrors ?? false),
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
      ...(options.ready ? { ready: options.ready } : {}),
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
