/** The lesson mutations of the agency's schema. */
import { agencyNames, type Own } from '@ssc/contract';
import type { AgencyContext } from '../../context.ts';
import { actorOf, answering, reload } from '../../resolver-kit.ts';
import type { Deps } from '../common.ts';
import { createLesson, publish } from './service.ts';

type CreateArgs = Own.MutationCreateOwnLessonArgs;

export function lessonMutations(deps: Deps) {
  const m = agencyNames(deps.agency).mutation;
  return {
    [m.createLesson]: answering(async (_: unknown, a: CreateArgs, ctx: AgencyContext) =>
      reload(ctx, 'lesson', await createLesson(deps, actorOf(deps.agency, ctx), a.input, a.idempotencyKey)),
    ),
    [m.publishLesson]: answering(async (_: unknown, a: Own.MutationPublishOwnLessonArgs, ctx: AgencyContext) => {
      await publish(deps, actorOf(deps.agency, ctx), a.id);
      return reload(ctx, 'lesson', a.id);
    }),
  };
}
