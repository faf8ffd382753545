/** Reads and writes of the agency's registry of institutions. */
import { type InstitutionFilter, nameSortKey, type PageArgs } from '@ssc/contract';
import { type ExpressionBuilder, type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import { type Counted, type Db, inOrder, keysetSlice, type Slice, type Trx } from '../../query.ts';
import type { AgencyDatabase, InstitutionTable } from '../../tables.ts';

// ---------------------------------------------------------------- reads

export type InstitutionRow = Selectable<InstitutionTable>;
export async function institutionsByIds(db: Db, ids: readonly string[]): Promise<(InstitutionRow | null)[]> {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('institutions')
    .selectAll()
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return inOrder(ids, rows);
}

function institutionWhere(f: InstitutionFilter | null | undefined) {
  return (eb: ExpressionBuilder<AgencyDatabase, 'institutions'>) => {
    const and = [];
    if (f?.countries?.length) and.push(eb('institutions.country_code', 'in', f.countries));
    if (f?.organisationTypes?.length) and.push(eb('institutions.organisation_type', 'in', f.organisationTypes));
    if (f?.text?.trim()) {
      const like = `%${nameSortKey(f.text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      and.push(eb.or([eb('institutions.sort_name', 'like', like), eb('institutions.acronym', 'ilike', like)]));
    }
    return eb.and(and);
  };
}

export type InstitutionKey = { id: string; name: string; sort_name: string };

export async function institutionSlice(
  db: Db,
  filter: InstitutionFilter | null | undefined,
  page: PageArgs,
  counted?: Counted,
): Promise<Slice<InstitutionKey>> {
  const base = db.selectFrom('institutions').where(institutionWhere(filter));
  return keysetSlice(
    db,
    base,
    {
      table: 'institutions',
      rank: 'sort_name',
      select: (q) => q.select(['institutions.id', 'institutions.name', 'institutions.sort_name']),
    },
    page,
    counted,
  );
}

// ---------------------------------------------------------------- writes

export type NewInstitution = Insertable<InstitutionTable>;

export async function insertInstitution(trx: Trx, row: NewInstitution): Promise<void> {
  await trx.insertInto('institutions').values(row).execute();
}

/** Inserts the institutions whose id is new (existing ones are kept as they are); returns how many. */
export async function insertNewInstitutions(trx: Trx, rows: readonly NewInstitution[]): Promise<number> {
  if (!rows.length) return 0;
  const r = await trx
    .insertInto('institutions')
    .values([...rows])
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0);
}

export async function lockInstitution(trx: Trx, id: string) {
  return trx.selectFrom('institutions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Writes a new state of the institution (one version on). */
export async function updateInstitution(trx: Trx, id: string, values: Updateable<InstitutionTable>): Promise<void> {
  await trx
    .updateTable('institutions')
    .set({ ...values, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .execute();
}

/** The IATI identifiers of the given institutions that exist (absent ids are left out). */
/** The institutions of the agency's registry with these IATI identifiers (the first by id for each), by identifier. */
export async function institutionIdsByIati(trx: Trx, identifiers: readonly string[]): Promise<Map<string, string>> {
  if (!identifiers.length) return new Map();
  const rows = await trx
    .selectFrom('institutions')
    .select(['id', 'iati_identifier'])
    .where('iati_identifier', 'in', [...new Set(identifiers)])
    .orderBy('id', 'desc')
    .execute();
  return new Map(rows.flatMap((r) => (r.iati_identifier ? [[r.iati_identifier, r.id] as const] : [])));
}

/** The key `institutionIdsByName` answers by: a name and an organisation type. */
export const nameTypeKey = (name: string, type: string | null | undefined): string => `${name}|${type ?? ''}`;

/**
 * Institutions by name, for organisations a file names without an IATI identifier: the first
 * registered (lowest id) of those with exactly that name and organisation type, by `nameTypeKey`.
 */
export async function institutionIdsByName(trx: Trx, wanted: readonly { name: string; type: string }[]): Promise<Map<string, string>> {
  if (!wanted.length) return new Map();
  const rows = await trx
    .selectFrom('institutions')
    .select(['id', 'name', 'organisation_type'])
    .where('sort_name', 'in', [...new Set(wanted.map((w) => nameSortKey(w.name)))])
    .orderBy('id', 'desc')
    .execute();
  return new Map(rows.map((r) => [nameTypeKey(r.name, r.organisation_type), r.id]));
}

export async function institutionIatiIds(trx: Trx, ids: readonly string[]): Promise<Map<string, string | null>> {
  const found = ids.length ? await trx.selectFrom('institutions').select(['id', 'iati_identifier']).where('id', 'in', ids).execute() : [];
  return new Map(found.map((r) => [r.id, r.iati_identifier]));
}

/** An institution's name and country (what a project names of it), or undefined. */
export async function institutionSummary(trx: Trx, id: string) {
  return trx.selectFrom('institutions').select(['id', 'name', 'country_code']).where('id', '=', id).executeTakeFirst();
}
