/** Configuration of any agency subgraph: the generic entry point (`main.ts`) passes `process.env` here. */
import { registryEnvShape } from '@ssc/auth';
import type { AgencyEntry } from '@ssc/contract';
import { booleanFlag, parseEnv, port, serverEnvShape, workEnvShape } from '@ssc/server-kit';
import { z } from 'zod';

export function agencyEnvShape(agency: AgencyEntry) {
  return {
    ...serverEnvShape,
    /** What one request may spend in the database: statements, connections at once, statement time. */
    ...workEnvShape,
    PORT: port.default(agency.defaultPort),
    /** The agency's own PostgreSQL database. */
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    /** Run pending migrations when the server starts. */
    MIGRATE_ON_START: booleanFlag.default(false),
    /** How long a list's total is reused while paging (0: count every time); writes here clear it. */
    COUNT_CACHE_MS: z.coerce.number().int().min(0).max(600_000).default(5_000),
    /** Where each agency's registry of users is (REGISTRY_ABC, ...), and how long an answer is reused (REGISTRY_CACHE_MS). */
    ...registryEnvShape(),
    /** Generated projects that `seed` adds (facts come on top). */
    SEED_PROJECTS: z.coerce.number().int().min(0).max(200_000).default(200),
  };
}

export type AgencyEnv = ReturnType<typeof loadAgencyEnv>;

export function loadAgencyEnv(agency: AgencyEntry, source: Record<string, string | undefined>) {
  return parseEnv(agencyEnvShape(agency), source, `the ${agency.code} subgraph`);
}
