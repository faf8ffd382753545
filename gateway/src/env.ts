/** The gateway's configuration: the only module of the gateway that reads process.env. */
import { GATEWAY } from '@ssc/contract';
import { booleanFlag, limitsEnvShape, parseEnv, port, serverEnvShape } from '@ssc/server-kit';
import { z } from 'zod';
import { defaultUrl, SUBGRAPHS } from './subgraphs.ts';

const urlShape = Object.fromEntries(SUBGRAPHS.map((s) => [s.urlVariable, z.url().default(defaultUrl(s))]));

export const gatewayEnvShape = {
  ...serverEnvShape,
  PORT: port.default(GATEWAY.defaultPort),
  /** What one client request may ask; each refusal has its own error code. */
  ...limitsEnvShape({ depth: 12, aliases: 30, directives: 20, tokens: 3_000, cost: 10_000 }),
  /** Most subgraph fetches one operation's query plan may send (OPERATION_BUDGET_EXCEEDED beyond). */
  LIMIT_FETCHES: z.coerce.number().int().positive().default(100),
  /** An operation whose estimated cost is at least this is heavy: heavy ones wait their turn. */
  LIMIT_HEAVY_COST: z.coerce.number().int().positive().default(2_000),
  /** Heavy operations run at most this many at once; the rest wait (cheap ones never do). */
  LIMIT_HEAVY_CONCURRENCY: z.coerce.number().int().positive().default(1),
  /** A subgraph fetch that takes longer is abandoned; the answer goes on without that subgraph. */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(50).max(120_000).default(5_000),
  /** Run the network subgraph inside the gateway's process (NETWORK_URL is then not used). */
  NETWORK_IN_PROCESS: booleanFlag.default(true),
  /**
   * Where the shared answers (the response cache and the persisted queries) live: a Redis URL
   * (redis://host:6379), shared by every gateway instance that names it. Unset: this process's memory.
   */
  REDIS_URL: z.url().optional(),
  /** The in-memory response cache's bound, in MB (unused with REDIS_URL). */
  RESPONSE_CACHE_MB: z.coerce.number().int().positive().default(64),
  /** Let @apollo/gateway send its usage telemetry to Apollo (off: the gateway makes no outside call). */
  APOLLO_TELEMETRY: booleanFlag.default(false),
  ...urlShape,
};

export function loadGatewayEnv(source: Record<string, string | undefined> = process.env) {
  const env = parseEnv(gatewayEnvShape, source, 'the gateway');
  const urls = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, String((env as Record<string, unknown>)[s.urlVariable])]));
  return Object.freeze({ ...env, introspection: env.INTROSPECTION ?? env.NODE_ENV !== 'production', subgraphUrls: urls });
}
export type GatewayEnv = ReturnType<typeof loadGatewayEnv>;
