/**
 * Where each agency's identity services are, as configuration: its public keys (`JWKS_ABC`,
 * `JWKS_JICA`, ...) and its registry of users (`REGISTRY_ABC`, ...).
 */
import { AGENCIES } from '@ssc/contract';
import { z } from 'zod';

export const jwksVariable = (agency: string) => `JWKS_${agency}`;

/** Zod shape: one optional variable per registry agency, a file path or an http(s) URL. */
export function jwksEnvShape() {
  return Object.fromEntries(AGENCIES.map((a) => [jwksVariable(a.code), z.string().min(1).optional()]));
}

export function jwksFromEnv(env: Record<string, unknown>): Record<string, string | undefined> {
  return Object.fromEntries(AGENCIES.map((a) => [a.code, env[jwksVariable(a.code)] as string | undefined]));
}

export const registryVariable = (agency: string) => `REGISTRY_${agency}`;

/** How long a home registry's answer is reused by default: the staleness bound, in ms. */
export const DEFAULT_REGISTRY_CACHE_MS = 30_000;

/**
 * Zod shape: one optional variable per registry agency, the http(s) base URL of that agency's
 * subgraph (whose `/registry/self` answers for its users), and `REGISTRY_CACHE_MS`.
 */
export function registryEnvShape() {
  return {
    ...Object.fromEntries(
      AGENCIES.map((a) => [
        registryVariable(a.code),
        z.url({ protocol: /^https?$/, error: `must be the http(s) base URL of ${a.code}'s subgraph` }).optional(),
      ]),
    ),
    /** How long a partner reuses a home registry's answer on a user: how stale it may be (0: ask every time). */
    REGISTRY_CACHE_MS: z.coerce.number().int().min(0).max(600_000).default(DEFAULT_REGISTRY_CACHE_MS),
  };
}

export function registriesFromEnv(env: Record<string, unknown>): Record<string, string | undefined> {
  return Object.fromEntries(AGENCIES.map((a) => [a.code, env[registryVariable(a.code)] as string | undefined]));
}

/** The variables that point a subgraph at every agency's registry, from each agency's base URL by code. */
export function registryEnv(bases: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(bases).map(([agency, base]) => [registryVariable(agency), base]));
}
