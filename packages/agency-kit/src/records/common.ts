/** What every record kind's service works with, and the rules they share. */
import { type AgencyEntry, agencyNames, InputError, parseId, type RecordKind } from '@ssc/contract';
import { Conflict } from '../errors.ts';
import { type Db, recordExists, type Trx } from '../query.ts';
import type { UnitOfWork } from '../unit-of-work.ts';

/** The agency's own project fields that mutations write: GraphQL field, column and allowed values. */
export type ProjectColumns = Record<string, { column: string; values: readonly string[] }>;

/** A service's dependencies: the agency, its database, the unit of work, the agency's own project columns. */
export interface Deps {
  readonly agency: AgencyEntry;
  readonly db: Db;
  readonly uow: UnitOfWork;
  readonly projectColumns: ProjectColumns;
}

/** A stored record's input shape, which patches are applied to. */
export type Input = Record<string, unknown>;

/** The agency's GraphQL type of a kind (`AbcProject`), as messages name it. */
export const typed = (agency: AgencyEntry, kind: RecordKind) => agencyNames(agency).type(kind);

/** An update names the version it read: a different current version is a CONFLICT carrying it. */
export function checkVersion(what: string, current: number, given: number): void {
  if (current !== given)
    throw new Conflict(
      `${what} was changed since you read it (version ${given}; it is now ${current}): read it again and reapply your change`,
      { currentVersion: current },
    );
}

/** A patch without the fields it leaves out. */
export const defined = <T extends object>(patch: T): Partial<T> =>
  Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;

/** A reference to one of this agency's records must exist; another agency's is checked for form only. */
export async function checkReference(
  agency: AgencyEntry,
  trx: Trx,
  arg: string,
  id: string | null | undefined,
  table: 'projects' | 'evaluations',
): Promise<void> {
  if (!id || parseId(id)?.agency.code !== agency.code) return;
  if (!(await recordExists(trx, table, id))) throw new InputError(arg, `${arg}: ${agency.code} has no record ${id}`);
}

export const json = (v: unknown) => JSON.stringify(v);
export const orNull = <T>(v: T | null | undefined): T | null => v ?? null;
