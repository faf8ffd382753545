/**
 * The writes of an agency subgraph, gathered from the record kinds (records/<kind>/): each
 * kind's resolvers name the caller (identity.ts), its service holds the rules and throws domain
 * errors (errors.ts, answered as GraphQL errors by graphql-errors.ts), its repository writes in
 * the transaction of the unit of work (unit-of-work.ts: audit entry, idempotency key, count
 * cache). A refused mutation changes nothing.
 */
import type { AgencyEntry } from '@ssc/contract';
import type { CountCache, Db } from './query.ts';
import type { Deps, ProjectColumns } from './records/common.ts';
import { evaluationMutations } from './records/evaluations/resolvers.ts';
import { expertMutations } from './records/experts/resolvers.ts';
import { institutionMutations } from './records/institutions/resolvers.ts';
import { lessonMutations } from './records/lessons/resolvers.ts';
import { monitoringMutations } from './records/monitoring/resolvers.ts';
import { profileMutations } from './records/profile/resolvers.ts';
import { projectMutations } from './records/projects/resolvers.ts';
import { requestMutations } from './records/requests/resolvers.ts';
import { activeJwks } from './records/users-keys/repository.ts';
import { usersKeysMutations } from './records/users-keys/resolvers.ts';
import { unitOfWork } from './unit-of-work.ts';

// what agency.ts takes from here
export {
  effectiveIdentity,
  type RegistryEntry,
  readerIdentity,
  registryEntry,
  registrySelf,
  requireIdentity,
  requireRole,
} from './identity.ts';

/** The agency's own public keys in service, as a JWKS (`GET /.well-known/jwks.json`). */
export async function agencyJwks(db: Db): Promise<{ keys: Record<string, unknown>[] }> {
  return { keys: await activeJwks(db) };
}

/** Every mutation of the agency's schema. */
export function agencyMutations(agency: AgencyEntry, db: Db, extension: { readonly projectColumns?: ProjectColumns }, counts: CountCache) {
  const deps: Deps = { agency, db, uow: unitOfWork(agency, db, counts), projectColumns: extension.projectColumns ?? {} };
  return {
    ...profileMutations(deps),
    ...requestMutations(deps),
    ...monitoringMutations(deps),
    ...expertMutations(deps),
    ...lessonMutations(deps),
    ...institutionMutations(deps),
    ...projectMutations(deps),
    ...evaluationMutations(deps),
    ...usersKeysMutations(deps),
  };
}
