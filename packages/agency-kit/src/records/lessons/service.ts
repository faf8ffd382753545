/** The rules of lessons: noted by the agency's officers and evaluators, visible to others once published. */
import type { Role } from '@ssc/auth';
import { instantRank } from '@ssc/contract';
import { Conflict, NotFound } from '../../errors.ts';
import { requireRole } from '../../identity.ts';
import type { Actor } from '../../unit-of-work.ts';
import { type LessonValues, validateLesson } from '../../validate.ts';
import { checkReference, type Deps, orNull } from '../common.ts';
import { insertLesson, lockLesson, publishLesson } from './repository.ts';

const REPORTERS: Role[] = ['officer', 'evaluator', 'admin'];

export async function createLesson(
  { agency, uow }: Deps,
  actor: Actor,
  input: LessonValues,
  idempotencyKey: string | null | undefined,
): Promise<string> {
  const { identity } = actor;
  requireRole(identity, agency.code, REPORTERS, 'noting a lesson');
  validateLesson(input);
  return uow.run(actor, 'createLesson', async ({ trx, once, nextId }) => {
    await checkReference(agency, trx, 'projectId', input.projectId, 'projects');
    await checkReference(agency, trx, 'evaluationId', input.evaluationId, 'evaluations');
    return once(idempotencyKey, async () => {
      const id = await nextId('Lesson', 'lesson_numbers');
      const published = input.public ? new Date() : null;
      const row = {
        id,
        title: input.title.trim(),
        summary: input.summary.trim(),
        project_id: orNull(input.projectId),
        evaluation_id: orNull(input.evaluationId),
        sectors: input.sectors ?? [],
        countries: input.countries ?? [],
        public: !!published,
        published_at: published,
        published_rank: instantRank(published),
        created_by: identity.user,
      };
      await insertLesson(trx, row);
      return { id, after: row };
    });
  });
}

export async function publish({ agency, uow }: Deps, actor: Actor, id: string): Promise<string> {
  requireRole(actor.identity, agency.code, REPORTERS, 'publishing a lesson');
  return uow.run(actor, 'publishLesson', async ({ trx }) => {
    const row = await lockLesson(trx, id);
    if (!row) throw new NotFound(`${agency.code} has no lesson ${id}`);
    if (row.public) throw new Conflict(`${id} was already published on ${row.published_at?.toISOString()}`);
    const at = new Date();
    await publishLesson(trx, id, at, instantRank(at));
    return { id, before: { public: false }, after: { public: true, publishedAt: at } };
  });
}
