/** The lesson mutations of the agency's schema. */
import type { AgencyContext } from '../../context.ts';
import { actorOf, answering, reload } from '../../resolver-kit.ts';
import type { LessonValues } from '../../validate.ts';
import { type Deps, typed } from '../common.ts';
import { createLesson, publish } from './service.ts';

type CreateArgs = { input: LessonValues; idempotencyKey?: string | null };

export function lessonMutations(deps: Deps) {
  const T = typed(deps.agency, 'Lesson');
  return {
    [`create${T}`]: answering(async (_: unknown, a: CreateArgs, ctx: AgencyContext) =>
      reload(ctx, 'lesson', await createLesson(deps, actorOf(deps.agency, ctx), a.input, a.idempotencyKey)),
    ),
    [`publish${T}`]: answering(async (_: unknown, a: { id: string }, ctx: AgencyContext) => {
      await publish(deps, actorOf(deps.agency, ctx), a.id);
      return reload(ctx, 'lesson', a.id);
    }),
  };
}
