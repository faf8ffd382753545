/**
 * One agency's subgraph, assembled from the registry entry and what the agency adds
 * (its own fields, migrations, seed facts). Every agency package calls `defineAgency` once.
 */
import { createRegistryClient, createVerifier, jwksFromEnv, REGISTRY_PATH, registriesFromEnv } from '@ssc/auth';
import { type AgencyEntry, type AgencySdlExtension, agencySubgraphSdl } from '@ssc/contract';
import { createDatabase, type Database, type Migrations, migrateToLatest, pendingMigrations } from '@ssc/db';
import { createLogger, createSubgraphServer, type Logger, Metrics, type RunningServer } from '@ssc/server-kit';
import type { Kysely } from 'kysely';
import type { AgencyEnv } from './env.ts';
import { iatiRoutes } from './iati/routes.ts';
import type { ExtraResolvers } from './mapping.ts';
import * as core from './migrations/2026-11-29T1600_core.ts';
import * as participantKeys from './migrations/2026-11-29T1800_participant_keys.ts';
import * as trust from './migrations/2026-11-29T1900_trust.ts';
import * as usersKeys from './migrations/2026-11-29T2000_users_keys.ts';
import * as cycle from './migrations/2026-11-29T2100_cooperation_cycle.ts';
import * as profileRow from './migrations/2026-11-29T2200_profile_row.ts';
import * as requestWithdrawn from './migrations/2026-11-29T2300_request_withdrawn.ts';
import * as auditClientRequestId from './migrations/2026-12-06T1000_audit_client_request_id.ts';
import * as iatiExtra from './migrations/2026-12-07T1000_iati_extra.ts';
import * as narratives from './migrations/2026-12-07T1100_narratives.ts';
import * as moreNarratives from './migrations/2026-12-07T1200_more_narratives.ts';
import * as iatiPercentages from './migrations/2026-12-07T1300_iati_percentages.ts';
import { agencyJwks, readerIdentity, registryEntry, registrySelf } from './mutations.ts';
import { CountCache, type Db } from './repository.ts';
import { type AgencyContext, agencyResolvers, createLoaders } from './resolvers.ts';
import { type GeneratorOptions, generate } from './seed/generator.ts';
import type { Random } from './seed/random.ts';
import type { SeedData, SeedProject } from './seed/types.ts';
import { type SeedCounts, writeSeed } from './seed/write.ts';
import type { AgencyDatabase } from './tables.ts';
import { unitOfWork } from './unit-of-work.ts';

export const CORE_MIGRATIONS: Migrations = {
  '2026-11-29T1600_core': core,
  '2026-11-29T1800_participant_keys': participantKeys,
  '2026-11-29T1900_trust': trust,
  '2026-11-29T2000_users_keys': usersKeys,
  '2026-11-29T2100_cooperation_cycle': cycle,
  '2026-11-29T2200_profile_row': profileRow,
  '2026-11-29T2300_request_withdrawn': requestWithdrawn,
  '2026-12-06T1000_audit_client_request_id': auditClientRequestId,
  '2026-12-07T1000_iati_extra': iatiExtra,
  '2026-12-07T1100_narratives': narratives,
  '2026-12-07T1200_more_narratives': moreNarratives,
  '2026-12-07T1300_iati_percentages': iatiPercentages,
};

export interface AgencyExtension extends AgencySdlExtension {
  /** The agency's own migrations (names sort after the core ones). */
  readonly migrations?: Migrations;
  /** The agency's own project fields that mutations write: GraphQL field, column and allowed values. */
  readonly projectColumns?: Record<string, { column: string; values: readonly string[] }>;
  /** Values of the agency's own project fields, from the project row. */
  readonly projectResolvers?: ExtraResolvers;
  /** Records grounded in public facts, stored before the generated ones. */
  readonly facts?: SeedData;
  /** The agency's own column values for a generated project. */
  readonly generateExtra?: (random: Random, project: SeedProject) => Record<string, unknown>;
}

export interface AgencyDefinition {
  readonly agency: AgencyEntry;
  readonly extension: AgencyExtension;
  readonly typeDefs: string;
  readonly migrations: Migrations;
  migrate<DB>(db: Kysely<DB>): Promise<{ applied: string[] }>;
  /** Stores facts and `projects` generated projects; existing records are kept. */
  seed(db: Db, options?: Partial<GeneratorOptions>): Promise<SeedCounts>;
  /** Starts the subgraph against its database; the returned server closes the pool on stop. */
  start(env: AgencyEnv): Promise<RunningAgency>;
}

export const DEFAULT_SEED_PROJECTS = 200;

export interface RunningAgency extends RunningServer {
  readonly database: Database<AgencyDatabase>;
  readonly logger: Logger;
}

export function defineAgency(agency: AgencyEntry, extension: AgencyExtension = {}): AgencyDefinition {
  const migrations = { ...CORE_MIGRATIONS, ...extension.migrations };
  const typeDefs = agencySubgraphSdl(agency, extension);
  return {
    agency,
    extension,
    typeDefs,
    migrations,
    migrate: (db) => migrateToLatest(db, migrations),
    async seed(db, options = {}) {
      const facts = extension.facts ?? { institutions: [], projects: [], evaluations: [] };
      const generated = generate(agency, {
        projects: options.projects ?? DEFAULT_SEED_PROJECTS,
        ...(extension.generateExtra ? { extra: extension.generateExtra } : {}),
      });
      const both = <T>(a: T[] | undefined, b: T[] | undefined): T[] => [...(a ?? []), ...(b ?? [])];
      return writeSeed(db, agency, {
        institutions: [...facts.institutions, ...generated.institutions],
        projects: [...facts.projects, ...generated.projects],
        evaluations: [...facts.evaluations, ...generated.evaluations],
        requests: both(facts.requests, generated.requests),
        reports: both(facts.reports, generated.reports),
        experts: both(facts.experts, generated.experts),
        lessons: both(facts.lessons, generated.lessons),
        ...(facts.profile ? { profile: facts.profile } : {}),
      });
    },
    async start(env) {
      const logger = createLogger(agency.subgraph, env.LOG_LEVEL);
      const database = createDatabase<AgencyDatabase>({
        connectionString: env.DATABASE_URL,
        poolMax: env.DB_POOL_MAX,
        applicationName: `ssc-${agency.subgraph}`,
        statementTimeoutMs: env.STATEMENT_TIMEOUT_MS,
        onPoolError: (err) => logger.warn({ err: err.message }, 'database connection lost; the pool reconnects'),
      });
      if (env.MIGRATE_ON_START) await migrateToLatest(database.db, migrations);
      const counts = new CountCache(env.COUNT_CACHE_MS);
      // partners' users: their home agency's registry decides, asked and cached here
      const registryLocations = registriesFromEnv(env);
      const registries = createRegistryClient(registryLocations, { cacheMs: env.REGISTRY_CACHE_MS });
      const iati = iatiRoutes(
        { agency, db: database.db, uow: unitOfWork(agency, database.db, counts), projectColumns: extension.projectColumns ?? {} },
        registries,
        registryLocations,
      );
      const metrics = new Metrics(agency.subgraph);
      const { pool } = database;
      metrics.gauge(
        'ssc_db_pool_connections',
        "The agency database pool's connections: total, idle, and requests waiting for one",
        () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
        'state',
      );
      const server = await createSubgraphServer<AgencyContext>({
        metrics,
        name: agency.subgraph,
        typeDefs,
        resolvers: agencyResolvers(agency, database.db, extension, counts),
        context: async ({ requestId, clientRequestId, identity, authorization }) => {
          const registry = await registryEntry(agency, database.db, identity, registries, authorization);
          const reader = readerIdentity(identity, registry);
          return {
            requestId,
            clientRequestId,
            identity,
            registry,
            reader,
            loaders: createLoaders(database.db, agency, extension.projectResolvers ?? {}, reader, counts),
          };
        },
        verifier: createVerifier(jwksFromEnv(env)),
        routes: {
          // the agency's own public keys, managed by its admins: point JWKS_<CODE> here
          '/.well-known/jwks.json': () => agencyJwks(database.db),
          // the agency's word on the calling user, for its partners: point REGISTRY_<CODE> at this subgraph
          [REGISTRY_PATH]: registrySelf(agency, database.db),
          ...iati.routes,
        },
        uploads: iati.uploads,
        logger,
        host: env.HOST,
        port: env.PORT,
        maxBodyBytes: env.MAX_BODY_BYTES,
        inlineTracing: env.INLINE_TRACING,
        publicMaxAge: env.CACHE_MAX_AGE,
        limits: env,
        work: env,
        maskErrors: env.NODE_ENV === 'production',
        introspection: env.INTROSPECTION ?? env.NODE_ENV !== 'production',
        // ready when the database answers and holds every migration this release has
        ready: async () => {
          const answers = await database.ping();
          const pending = answers ? await pendingMigrations(database.db, migrations).catch(() => ['(unknown)']) : ['(unknown)'];
          return { database: answers, migrations: pending.length === 0 };
        },
        onStop: () => database.close(),
      });
      return { ...server, database, logger };
    },
  };
}
