/** The evaluation mutations of the agency's schema. */
import { agencyNames, type Own } from '@ssc/contract';
import type { AgencyContext } from '../../context.ts';
import { actorOf, answering, reload } from '../../resolver-kit.ts';
import type { Deps } from '../common.ts';
import { createEvaluation, reviseEvaluation, signOffEvaluation } from './service.ts';

type CreateArgs = Own.MutationCreateOwnEvaluationArgs;
type UpdateArgs = Own.MutationUpdateOwnEvaluationArgs;
type SignOffArgs = Own.MutationSignOffOwnEvaluationArgs;

export function evaluationMutations(deps: Deps) {
  const m = agencyNames(deps.agency).mutation;
  return {
    [m.createEvaluation]: answering(async (_: unknown, a: CreateArgs, ctx: AgencyContext) =>
      reload(ctx, 'evaluation', await createEvaluation(deps, actorOf(deps.agency, ctx), a.input, a.idempotencyKey)),
    ),
    [m.updateEvaluation]: answering(async (_: unknown, a: UpdateArgs, ctx: AgencyContext) =>
      reload(ctx, 'evaluation', await reviseEvaluation(deps, actorOf(deps.agency, ctx), a)),
    ),
    [m.signOffEvaluation]: answering(async (_: unknown, a: SignOffArgs, ctx: AgencyContext) =>
      reload(ctx, 'evaluation', await signOffEvaluation(deps, actorOf(deps.agency, ctx), a)),
    ),
  };
}
