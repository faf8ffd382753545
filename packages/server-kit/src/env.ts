/**
 * Validation of configuration. Each deployable has one env module that calls these with
 * `process.env` (the only place that reads it) and exports a frozen, typed `env`.
 */
import { jwksEnvShape } from '@ssc/auth';
import { z } from 'zod';
import { limitsEnvShape } from './limits.ts';

export const booleanFlag = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

export const port = z.coerce.number().int().min(0).max(65535);
export const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info');

/** Settings that every server of the federation has. */
export const serverEnvShape = {
  HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: logLevel,
  /** Largest request body accepted, in bytes. */
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_000_000),
  /** Apollo inline tracing (ftv1) on subgraph responses: extra work on every fetch. */
  INLINE_TRACING: booleanFlag.default(false),
  /**
   * Seconds that an anonymous query's answer may be reused by the gateway's response cache and by
   * HTTP caches (its Cache-Control max-age): the staleness bound of public reads. 0: never reused.
   */
  CACHE_MAX_AGE: z.coerce.number().int().min(0).max(86_400).default(30),
  /** OTLP/HTTP base URL that traces are sent to (http://collector:4318); unset: no tracing. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Schema introspection (and a subgraph's `_service { sdl }`); on unless NODE_ENV=production. */
  INTROSPECTION: booleanFlag.optional(),
  /** Where each agency's public keys are: JWKS_ABC, JWKS_JICA, ... (file path or URL). */
  ...jwksEnvShape(),
  /** Subgraphs accept what the gateway's query plans send; clients meet the gateway's stricter limits. */
  ...limitsEnvShape({ depth: 30, aliases: 100, directives: 50, tokens: 20_000, cost: 500_000 }),
};

/** Parses the variables or throws one message that lists every problem. */
export function parseEnv<S extends z.ZodRawShape>(shape: S, source: Record<string, string | undefined>, what: string) {
  const result = z.object(shape).safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`invalid configuration of ${what}:\n${problems}`);
  }
  return Object.freeze(result.data);
}
