/** Reads and writes of the agency's profile: one row, from the migrations on. */
import type { Insertable, Selectable } from 'kysely';
import type { Db, Trx } from '../../query.ts';
import type { ProfileTable } from '../../tables.ts';

// ---------------------------------------------------------------- reads

export type ProfileRow = Selectable<ProfileTable>;

export async function profileOf(db: Db): Promise<ProfileRow | null> {
  return (await db.selectFrom('agency_profile').selectAll().executeTakeFirst()) ?? null;
}

// ---------------------------------------------------------------- writes

export type ProfileValuesRow = Omit<Insertable<ProfileTable>, 'singleton'>;

export async function lockProfile(trx: Trx) {
  return trx.selectFrom('agency_profile').selectAll().forUpdate().executeTakeFirst();
}

/** Stores the profile, whatever it held. */
export async function saveProfile(trx: Trx, values: ProfileValuesRow): Promise<void> {
  await trx
    .insertInto('agency_profile')
    .values(values)
    .onConflict((oc) => oc.column('singleton').doUpdateSet(values))
    .execute();
}

/** Stores the profile only while nobody has set it (the row is empty at version 0); returns 1 when stored, else 0. */
export async function saveFirstProfile(trx: Trx, values: ProfileValuesRow): Promise<number> {
  const r = await trx
    .insertInto('agency_profile')
    .values({ singleton: true, ...values })
    .onConflict((oc) =>
      oc
        .column('singleton')
        .doUpdateSet((eb) => ({
          mandate: eb.ref('excluded.mandate'),
          legal_instruments: eb.ref('excluded.legal_instruments'),
          coordination_mechanisms: eb.ref('excluded.coordination_mechanisms'),
          focal_points: eb.ref('excluded.focal_points'),
          updated_at: eb.ref('excluded.updated_at'),
          updated_by: eb.ref('excluded.updated_by'),
          version: eb.ref('excluded.version'),
        }))
        .where('agency_profile.version', '=', 0),
    )
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0);
}
