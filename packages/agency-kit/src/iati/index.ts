/** IATI in and out of an agency's database, for tools outside its subgraph (the CLI, the benchmark). */
import type { AgencyDefinition } from '../agency.ts';
import { CountCache, type Db } from '../query.ts';
import type { Deps } from '../records/common.ts';
import { unitOfWork } from '../unit-of-work.ts';

export { iatiActivities, iatiOrganisation } from './export.ts';
export { ImportRefused, type ImportReport, importIati } from './import.ts';
export { validateIati } from './schema.ts';

/** What the import writes with, for an agency's database opened outside its subgraph. */
export function importDeps(def: AgencyDefinition, db: Db): Deps {
  return { agency: def.agency, db, uow: unitOfWork(def.agency, db, new CountCache(0)), projectColumns: def.extension.projectColumns ?? {} };
}
