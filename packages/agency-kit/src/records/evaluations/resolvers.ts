/** The evaluation mutations of the agency's schema. */
import type { AgencyContext } from '../../context.ts';
import { actorOf, answering, reload } from '../../resolver-kit.ts';
import { type Deps, typed } from '../common.ts';
import { createEvaluation, type EvaluationInput, reviseEvaluation, signOffEvaluation } from './service.ts';

type CreateArgs = { input: EvaluationInput; idempotencyKey?: string | null };
type UpdateArgs = { id: string; version: number; patch: Partial<EvaluationInput> };
type SignOffArgs = { id: string; version: number };

export function evaluationMutations(deps: Deps) {
  const T = typed(deps.agency, 'Evaluation');
  return {
    [`create${T}`]: answering(async (_: unknown, a: CreateArgs, ctx: AgencyContext) =>
      reload(ctx, 'evaluation', await createEvaluation(deps, actorOf(deps.agency, ctx), a.input, a.idempotencyKey)),
    ),
    [`update${T}`]: answering(async (_: unknown, a: UpdateArgs, ctx: AgencyContext) =>
      reload(ctx, 'evaluation', await reviseEvaluation(deps, actorOf(deps.agency, ctx), a)),
    ),
    [`signOff${T}`]: answering(async (_: unknown, a: SignOffArgs, ctx: AgencyContext) =>
      reload(ctx, 'evaluation', await signOffEvaluation(deps, actorOf(deps.agency, ctx), a)),
    ),
  };
}
