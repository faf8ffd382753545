/** The request-for-cooperation mutations of the agency's schema. */

import type { Own } from '@ssc/contract';
import { agencyNames } from '@ssc/contract';
import type { AgencyContext } from '../../context.ts';
import { actorOf, answering, reload } from '../../resolver-kit.ts';
import type { Deps } from '../common.ts';
import { convertRequest, moveRequest, submitRequest, withdrawRequest } from './service.ts';

type SubmitArgs = Own.MutationSubmitOwnCooperationRequestArgs;
type MoveArgs = Own.MutationMoveOwnCooperationRequestArgs;
type WithdrawArgs = Own.MutationWithdrawOwnCooperationRequestArgs;
type ConvertArgs = Own.MutationConvertOwnCooperationRequestArgs;

export function requestMutations(deps: Deps) {
  const m = agencyNames(deps.agency).mutation;
  return {
    [m.submitCooperationRequest]: answering(async (_: unknown, a: SubmitArgs, ctx: AgencyContext) =>
      reload(ctx, 'request', await submitRequest(deps, actorOf(deps.agency, ctx), a.input, a.idempotencyKey)),
    ),
    [m.moveCooperationRequest]: answering(async (_: unknown, a: MoveArgs, ctx: AgencyContext) =>
      reload(ctx, 'request', await moveRequest(deps, actorOf(deps.agency, ctx), a)),
    ),
    [m.withdrawCooperationRequest]: answering(async (_: unknown, a: WithdrawArgs, ctx: AgencyContext) =>
      reload(ctx, 'request', await withdrawRequest(deps, actorOf(deps.agency, ctx), a)),
    ),
    [m.convertCooperationRequest]: answering(async (_: unknown, a: ConvertArgs, ctx: AgencyContext) =>
      reload(ctx, 'request', await convertRequest(deps, actorOf(deps.agency, ctx), a)),
    ),
  };
}
