/** The rules of the agency's registry of institutions. */

import type { Role } from '@ssc/auth';
import { nameSortKey, type Own } from '@ssc/contract';
import { NotFound } from '../../errors.ts';
import { requireRole } from '../../identity.ts';
import type { Actor } from '../../unit-of-work.ts';
import { type InstitutionValues, validateInstitution } from '../../validate.ts';
import { checkVersion, type Deps } from '../common.ts';
import { insertInstitution, lockInstitution, updateInstitution } from './repository.ts';

const WRITERS: Role[] = ['officer', 'admin'];

export async function createInstitution(
  { agency, uow }: Deps,
  actor: Actor,
  input: InstitutionValues,
  idempotencyKey: string | null | undefined,
): Promise<string> {
  const { identity } = actor;
  requireRole(identity, agency.code, WRITERS, 'registering an institution');
  validateInstitution(input);
  return uow.run(actor, 'createInstitution', ({ trx, once, nextId }) =>
    once(idempotencyKey, async () => {
      const id = await nextId('Institution', 'institution_numbers');
      const row = {
        id,
        name: input.name.trim(),
        sort_name: nameSortKey(input.name),
        acronym: input.acronym ?? null,
        country_code: input.country ?? null,
        organisation_type: input.organisationType,
        iati_identifier: input.iatiIdentifier ?? null,
        created_by: identity.user,
        updated_by: identity.user,
      };
      await insertInstitution(trx, row);
      return { id, after: row };
    }),
  );
}

export async function changeInstitution(
  { agency, uow }: Deps,
  actor: Actor,
  a: { id: string; version: number; patch: Own.InstitutionPatch },
): Promise<string> {
  const { identity } = actor;
  requireRole(identity, agency.code, WRITERS, 'changing an institution');
  return uow.run(actor, 'updateInstitution', async ({ trx }) => {
    const before = await lockInstitution(trx, a.id);
    if (!before) throw new NotFound(`${agency.code} has no institution ${a.id}`);
    checkVersion(a.id, before.version, a.version);
    const merged: InstitutionValues = {
      name: a.patch.name ?? before.name,
      acronym: a.patch.acronym === undefined ? before.acronym : a.patch.acronym,
      country: a.patch.country === undefined ? before.country_code : a.patch.country,
      organisationType: a.patch.organisationType ?? before.organisation_type,
      iatiIdentifier: a.patch.iatiIdentifier === undefined ? before.iati_identifier : a.patch.iatiIdentifier,
    };
    validateInstitution(merged);
    const after = {
      name: merged.name.trim(),
      sort_name: nameSortKey(merged.name),
      acronym: merged.acronym ?? null,
      country_code: merged.country ?? null,
      organisation_type: merged.organisationType,
      iati_identifier: merged.iatiIdentifier ?? null,
      updated_by: identity.user,
    };
    await updateInstitution(trx, a.id, after);
    return { id: a.id, before, after };
  });
}
