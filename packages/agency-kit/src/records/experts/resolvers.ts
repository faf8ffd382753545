/** The talent bank's mutations of the agency's schema. */
import { agencyNames, type Own } from '@ssc/contract';
import type { AgencyContext } from '../../context.ts';
import { actorOf, answering, reload } from '../../resolver-kit.ts';
import type { Deps } from '../common.ts';
import { changeExpert, createExpert, deployExpert } from './service.ts';

type CreateArgs = Own.MutationCreateOwnExpertArgs;
type UpdateArgs = Own.MutationUpdateOwnExpertArgs;
type DeployArgs = Own.MutationDeployOwnExpertArgs;

export function expertMutations(deps: Deps) {
  const m = agencyNames(deps.agency).mutation;
  return {
    [m.createExpert]: answering(async (_: unknown, a: CreateArgs, ctx: AgencyContext) =>
      reload(ctx, 'expert', await createExpert(deps, actorOf(deps.agency, ctx), a.input, a.idempotencyKey)),
    ),
    [m.updateExpert]: answering(async (_: unknown, a: UpdateArgs, ctx: AgencyContext) =>
      reload(ctx, 'expert', await changeExpert(deps, actorOf(deps.agency, ctx), a)),
    ),
    [m.deployExpert]: answering(async (_: unknown, a: DeployArgs, ctx: AgencyContext) =>
      reload(ctx, 'expert', await deployExpert(deps, actorOf(deps.agency, ctx), a)),
    ),
  };
}
