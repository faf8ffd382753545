/** The institution mutations of the agency's schema. */
import { agencyNames, type Own } from '@ssc/contract';
import type { AgencyContext } from '../../context.ts';
import { actorOf, answering, reload } from '../../resolver-kit.ts';
import type { Deps } from '../common.ts';
import { changeInstitution, createInstitution } from './service.ts';

type CreateArgs = Own.MutationCreateOwnInstitutionArgs;
type UpdateArgs = Own.MutationUpdateOwnInstitutionArgs;

export function institutionMutations(deps: Deps) {
  const m = agencyNames(deps.agency).mutation;
  return {
    [m.createInstitution]: answering(async (_: unknown, a: CreateArgs, ctx: AgencyContext) =>
      reload(ctx, 'institution', await createInstitution(deps, actorOf(deps.agency, ctx), a.input, a.idempotencyKey)),
    ),
    [m.updateInstitution]: answering(async (_: unknown, a: UpdateArgs, ctx: AgencyContext) =>
      reload(ctx, 'institution', await changeInstitution(deps, actorOf(deps.agency, ctx), a)),
    ),
  };
}
