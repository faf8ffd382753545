/** The project mutations of the agency's schema. */
import { agencyNames, type Own } from '@ssc/contract';
import type { AgencyContext } from '../../context.ts';
import { actorOf, answering, reload } from '../../resolver-kit.ts';
import type { Deps, Input } from '../common.ts';
import { changeProject, confirmParticipation, createProject } from './service.ts';

// an agency's own project fields (its extension) come on top of the template's input
type CreateArgs = Omit<Own.MutationCreateOwnProjectArgs, 'input'> & { input: Own.OwnProjectInput & Input };
type UpdateArgs = Omit<Own.MutationUpdateOwnProjectArgs, 'patch'> & { patch: Own.OwnProjectPatch & Input };
type ConfirmArgs = Own.MutationConfirmOwnProjectParticipationArgs;

export function projectMutations(deps: Deps) {
  const m = agencyNames(deps.agency).mutation;
  return {
    [m.createProject]: answering(async (_: unknown, a: CreateArgs, ctx: AgencyContext) =>
      reload(ctx, 'project', await createProject(deps, actorOf(deps.agency, ctx), a.input, a.idempotencyKey)),
    ),
    [m.updateProject]: answering(async (_: unknown, a: UpdateArgs, ctx: AgencyContext) =>
      reload(ctx, 'project', await changeProject(deps, actorOf(deps.agency, ctx), a)),
    ),
    [m.confirmProjectParticipation]: answering(async (_: unknown, a: ConfirmArgs, ctx: AgencyContext) =>
      reload(ctx, 'project', await confirmParticipation(deps, actorOf(deps.agency, ctx), a)),
    ),
  };
}
