/**
 * The import's bulk writes: a batch's rows of a table in one statement with one parameter, a
 * JSON document that PostgreSQL reads into the table's row type (`json_populate_recordset`:
 * the text read as it is converted, where `jsonb` would first build its binary form of all of
 * it, a quarter of the statement's time).
 * A VALUES list takes a parameter a cell (some 20,000 for a batch of 500 projects), each one
 * built by kysely, serialised by pg and parsed by PostgreSQL; the document is written by
 * JSON.stringify and read by PostgreSQL's own JSON parser. Rows are written as kysely would
 * write them: the columns the rows give (a column left undefined in every row takes its
 * default), text as text, arrays as arrays, and a jsonb column's value, which the rows hold as
 * JSON text, as that JSON.
 */
import { sql } from 'kysely';
import type { Trx } from '../query.ts';

const jsonColumns = new WeakMap<Trx, Map<string, Promise<Set<string>>>>();

/** The table's jsonb columns (asked once a transaction). */
function jsonbColumnsOf(trx: Trx, table: string): Promise<Set<string>> {
  let tables = jsonColumns.get(trx);
  if (!tables) {
    tables = new Map();
    jsonColumns.set(trx, tables);
  }
  let columns = tables.get(table);
  if (!columns) {
    columns = sql<{ name: string }>`select attname as name from pg_attribute
      where attrelid = ${table}::regclass and atttypid = 'jsonb'::regtype and attnum > 0 and not attisdropped`
      .execute(trx)
      .then((r) => new Set(r.rows.map((x) => x.name)));
    tables.set(table, columns);
  }
  return columns;
}

/** Inserts the rows (all with the same columns defined); `conflict` names the column whose conflicts leave the stored row as it is. */
export async function insertRows(trx: Trx, table: string, rows: readonly object[], conflict?: string): Promise<void> {
  const first = rows[0] as Record<string, unknown> | undefined;
  if (!first) return;
  const columns = Object.keys(first).filter((c) => first[c] !== undefined);
  const json = await jsonbColumnsOf(trx, table);
  const names = columns.map((c) => `${JSON.stringify(c)}:`);
  const parts: string[] = [];
  for (const row of rows as readonly Record<string, unknown>[]) {
    const cells: string[] = [];
    for (const [k, c] of columns.entries()) {
      const v = row[c];
      if (v === undefined) throw new Error(`insertRows(${table}): the rows do not all give ${c}`);
      cells.push(names[k] + (json.has(c) && typeof v === 'string' ? v : JSON.stringify(v)));
    }
    if (Object.keys(row).length !== columns.length && Object.keys(row).some((c) => row[c] !== undefined && !columns.includes(c)))
      throw new Error(`insertRows(${table}): the rows do not all give the same columns`);
    parts.push(`{${cells.join(',')}}`);
  }
  const list = sql.join(columns.map((c) => sql.ref(c)));
  await sql`insert into ${sql.table(table)} (${list})
    select ${list} from json_populate_recordset(null::${sql.table(table)}, ${`[${parts.join(',')}]`}::json)
    ${conflict ? sql`on conflict (${sql.ref(conflict)}) do nothing` : sql``}`.execute(trx);
}
