/** The project mutations of the agency's schema. */
import { agencyNames } from '@ssc/contract';
import type { AgencyContext } from '../../context.ts';
import { actorOf, answering, reload } from '../../resolver-kit.ts';
import type { ProjectValues } from '../../validate.ts';
import type { Deps, Input } from '../common.ts';
import { changeProject, confirmParticipation, createProject } from './service.ts';

type CreateArgs = { input: ProjectValues & Input; idempotencyKey?: string | null };
type UpdateArgs = { id: string; version: number; patch: Partial<ProjectValues> & Input };
type ConfirmArgs = { id: string; comment?: string | null };

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
