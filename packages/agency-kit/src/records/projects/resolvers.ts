/** The project mutations of the agency's schema. */
import type { AgencyContext } from '../../context.ts';
import { actorOf, answering, reload } from '../../resolver-kit.ts';
import type { ProjectValues } from '../../validate.ts';
import { type Deps, type Input, typed } from '../common.ts';
import { changeProject, confirmParticipation, createProject } from './service.ts';

type CreateArgs = { input: ProjectValues & Input; idempotencyKey?: string | null };
type UpdateArgs = { id: string; version: number; patch: Partial<ProjectValues> & Input };
type ConfirmArgs = { id: string; comment?: string | null };

export function projectMutations(deps: Deps) {
  const T = typed(deps.agency, 'Project');
  return {
    [`create${T}`]: answering(async (_: unknown, a: CreateArgs, ctx: AgencyContext) =>
      reload(ctx, 'project', await createProject(deps, actorOf(deps.agency, ctx), a.input, a.idempotencyKey)),
    ),
    [`update${T}`]: answering(async (_: unknown, a: UpdateArgs, ctx: AgencyContext) =>
      reload(ctx, 'project', await changeProject(deps, actorOf(deps.agency, ctx), a)),
    ),
    [`confirm${T}Participation`]: answering(async (_: unknown, a: ConfirmArgs, ctx: AgencyContext) =>
      reload(ctx, 'project', await confirmParticipation(deps, actorOf(deps.agency, ctx), a)),
    ),
  };
}
