/** The JWKS location of every agency, as configuration (`JWKS_ABC`, `JWKS_JICA`, ...). */
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
