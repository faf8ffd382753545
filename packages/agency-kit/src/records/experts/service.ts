/** The rules of the talent bank: the agency's officers keep its experts and deploy them, never twice at once. */
import type { Role } from '@ssc/auth';
import { nameSortKey, type Own } from '@ssc/contract';
import { Conflict, NotFound } from '../../errors.ts';
import { requireRole } from '../../identity.ts';
import type { Actor } from '../../unit-of-work.ts';
import { type DeploymentValues, type ExpertValues, notNull, validateDeployment, validateExpert } from '../../validate.ts';
import { checkReference, checkVersion, type Deps, defined, json, orNull } from '../common.ts';
import {
  availabilityOf,
  insertDeployments,
  insertExpert,
  lockExpert,
  overlappingDeployment,
  replaceAvailability,
  updateExpert,
} from './repository.ts';

const OFFICERS: Role[] = ['officer', 'admin'];

const expertRow = (x: ExpertValues, user: string) => ({
  name: x.name.trim(),
  sort_name: nameSortKey(x.name),
  nationality: x.nationality,
  sectors: x.sectors,
  languages: [...new Set(x.languages)],
  expertise_summary: orNull(x.expertiseSummary),
  contact: x.contact ? json(x.contact) : null,
  updated_by: user,
});

export async function createExpert(
  { agency, uow }: Deps,
  actor: Actor,
  input: ExpertValues,
  idempotencyKey: string | null | undefined,
): Promise<string> {
  const { identity } = actor;
  requireRole(identity, agency.code, OFFICERS, 'adding an expert to the talent bank');
  validateExpert(input);
  return uow.run(actor, 'createExpert', ({ trx, once, nextId }) =>
    once(idempotencyKey, async () => {
      const id = await nextId('Expert', 'expert_numbers');
      await insertExpert(trx, { id, ...expertRow(input, identity.user), created_by: identity.user });
      await replaceAvailability(trx, id, input.availability);
      return { id, after: input };
    }),
  );
}

async function lockedExpert({ agency }: Deps, trx: Parameters<typeof lockExpert>[0], id: string) {
  const row = await lockExpert(trx, id);
  if (!row) throw new NotFound(`${agency.code}'s talent bank has no expert ${id}`);
  return row;
}

export async function changeExpert(deps: Deps, actor: Actor, a: { id: string; version: number; patch: Own.ExpertPatch }): Promise<string> {
  const { identity } = actor;
  requireRole(identity, deps.agency.code, OFFICERS, 'changing an expert');
  notNull(a.patch, ['name', 'nationality', 'sectors', 'languages']);
  return deps.uow.run(actor, 'updateExpert', async ({ trx }) => {
    const row = await lockedExpert(deps, trx, a.id);
    checkVersion(a.id, row.version, a.version);
    const before: ExpertValues = {
      name: row.name,
      nationality: row.nationality,
      sectors: row.sectors,
      languages: row.languages,
      expertiseSummary: row.expertise_summary,
      availability: await availabilityOf(trx, a.id),
      contact: row.contact,
    };
    const after = { ...before, ...defined(a.patch) } as ExpertValues;
    validateExpert(after);
    await updateExpert(trx, a.id, expertRow(after, identity.user));
    await replaceAvailability(trx, a.id, after.availability);
    return { id: a.id, before, after };
  });
}

/** Deploys the expert to a project of any agency (one of this agency's must exist), on dates free of its other deployments. */
export async function deployExpert(deps: Deps, actor: Actor, a: { id: string; version: number; input: DeploymentValues }): Promise<string> {
  const { agency } = deps;
  const { identity } = actor;
  requireRole(identity, agency.code, OFFICERS, 'deploying an expert');
  validateDeployment(a.input);
  return deps.uow.run(actor, 'deployExpert', async ({ trx }) => {
    const row = await lockedExpert(deps, trx, a.id);
    checkVersion(a.id, row.version, a.version);
    await checkReference(agency, trx, 'input.projectId', a.input.projectId, 'projects');
    const clash = await overlappingDeployment(trx, a.id, a.input.startDate, a.input.endDate);
    if (clash) {
      throw new Conflict(
        `${a.id} is already deployed to ${clash.project_id} from ${clash.start_date} to ${clash.end_date}; choose dates outside that deployment`,
      );
    }
    const deployment = {
      expert_id: a.id,
      project_id: a.input.projectId,
      role: a.input.role.trim(),
      start_date: a.input.startDate,
      end_date: a.input.endDate,
      created_by: identity.user,
    };
    await insertDeployments(trx, [deployment]);
    await updateExpert(trx, a.id, { updated_by: identity.user });
    return { id: a.id, before: null, after: deployment };
  });
}
