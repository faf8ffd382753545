/** Configuration of `npm start`, `npm run seed` and `npm run reset`: the only module here that reads process.env. */
import { fileURLToPath } from 'node:url';
import { DASHBOARD_DEFAULT_PORT } from '@ssc/dashboard';
import { logLevel, parseEnv, port } from '@ssc/server-kit';
import { z } from 'zod';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export function loadStackEnv(source: Record<string, string | undefined> = process.env) {
  const env = parseEnv(
    {
      /** Where the embedded PostgreSQL keeps its files (kept between runs; `npm run reset` wipes it). */
      SSC_DATA_DIR: z.string().default(`${repoRoot}.data`),
      /** Port of the embedded PostgreSQL. */
      SSC_PG_PORT: port.default(54320),
      /** Use this PostgreSQL server instead of the embedded one (one database per agency is created on it). */
      DATABASE_URL: z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
        .optional(),
      /** Generated projects per agency that the seed adds (facts come on top). */
      SEED_PROJECTS: z.coerce.number().int().min(0).max(200_000).default(200),
      /** Where `npm run ...` was run from (npm sets it): relative paths given to `npm run iati` start there. */
      INIT_CWD: z.string().optional(),
      /** Port of the dashboard that `npm start` serves. */
      DASHBOARD_PORT: port.default(DASHBOARD_DEFAULT_PORT),
      /** Log level of the subgraphs and the gateway started by `npm start`. */
      LOG_LEVEL: logLevel.default('warn'),
    },
    source,
    'npm start',
  );
  return Object.freeze({ ...env, keysDir: `${env.SSC_DATA_DIR}/keys` });
}
export type StackEnv = ReturnType<typeof loadStackEnv>;
