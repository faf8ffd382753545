/** The rules of the agency's profile (frameworks and coordination): its admins replace it, version-checked. */
import { requireRole } from '../../identity.ts';
import type { Actor } from '../../unit-of-work.ts';
import { type ProfileValues, validateProfile } from '../../validate.ts';
import { checkVersion, type Deps, json, orNull } from '../common.ts';
import { lockProfile, saveProfile } from './repository.ts';

export async function setProfile({ agency, uow }: Deps, actor: Actor, a: { version: number; input: ProfileValues }): Promise<string> {
  requireRole(actor.identity, agency.code, ['admin'], "setting the agency's profile");
  validateProfile(a.input);
  return uow.run(actor, 'setProfile', async ({ trx }) => {
    const before = await lockProfile(trx);
    checkVersion(`${agency.code}'s profile`, before?.version ?? 0, a.version);
    await saveProfile(trx, {
      mandate: orNull(a.input.mandate),
      legal_instruments: json(a.input.legalInstruments),
      coordination_mechanisms: json(a.input.coordinationMechanisms),
      focal_points: json(a.input.focalPoints),
      updated_at: new Date(),
      updated_by: actor.identity.user,
      version: (before?.version ?? 0) + 1,
    });
    return { id: `profile:${agency.code}`, before: before ?? null, after: a.input };
  });
}
