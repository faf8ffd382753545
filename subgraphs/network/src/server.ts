import { createVerifier, jwksFromEnv } from '@ssc/auth';
import { createLogger, createSubgraphServer, type RunningServer } from '@ssc/server-kit';
import type { NetworkEnv } from './env.ts';
import { resolvers, typeDefs } from './index.ts';

/** Starts the network subgraph (no database: its reference data is vendored). */
export function startNetwork(env: NetworkEnv): Promise<RunningServer> {
  const logger = createLogger('network', env.LOG_LEVEL);
  return createSubgraphServer({
    name: 'network',
    typeDefs,
    resolvers,
    context: async ({ requestId }) => ({ requestId }),
    logger,
    host: env.HOST,
    port: env.PORT,
    maxBodyBytes: env.MAX_BODY_BYTES,
    inlineTracing: env.INLINE_TRACING,
    publicMaxAge: env.CACHE_MAX_AGE,
    limits: env,
    maskErrors: env.NODE_ENV === 'production',
    introspection: env.INTROSPECTION ?? env.NODE_ENV !== 'production',
    ready: async () => ({ referenceData: true }),
    verifier: createVerifier(jwksFromEnv(env)),
  });
}
