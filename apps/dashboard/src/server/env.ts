/** The dashboard server's configuration: the only module of the dashboard that reads process.env. */
import { fileURLToPath } from 'node:url';
import { parseEnv, port } from '@ssc/server-kit';
import { z } from 'zod';

/** Where `npm start` serves the dashboard unless PORT says otherwise. */
export const DASHBOARD_DEFAULT_PORT = 4300;

/** The built client (`vite build` writes it). */
export const defaultDistDir = fileURLToPath(new URL('../../dist/client/', import.meta.url));

export const dashboardEnvShape = {
  HOST: z.string().default('127.0.0.1'),
  PORT: port.default(DASHBOARD_DEFAULT_PORT),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** The gateway that POST /graphql is passed on to (same origin for the browser: no CORS). */
  GATEWAY_URL: z.url().default('http://127.0.0.1:4000/graphql'),
  /** The built client files served at /. */
  DIST_DIR: z.string().default(defaultDistDir),
  /** Largest GraphQL request body passed on, in bytes. */
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(100_000),
  /**
   * Development sign-in: the folder of the agencies' development keys (`npm start` keeps them in
   * `.data/keys`). POST /dev/token signs tokens with them; never offered when NODE_ENV=production.
   */
  DEV_KEYS_DIR: z.string().optional(),
  /** How long a development token lasts, in seconds. */
  DEV_TOKEN_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(86_400)
    .default(8 * 3600),
};

/** `defaults` fill what `source` leaves unset (the development script's choices). */
export function loadDashboardEnv(source: Record<string, string | undefined> = process.env, defaults: Record<string, string> = {}) {
  const given = Object.fromEntries(Object.entries(source).filter((e) => e[1] !== undefined && e[1] !== ''));
  const env = parseEnv(dashboardEnvShape, { ...defaults, ...given }, 'the dashboard');
  const devSignIn = env.NODE_ENV !== 'production' && env.DEV_KEYS_DIR !== undefined;
  return Object.freeze({ ...env, devSignIn });
}
export type DashboardEnv = ReturnType<typeof loadDashboardEnv>;
