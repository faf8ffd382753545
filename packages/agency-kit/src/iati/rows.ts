/**
 * The import's bulk writes: a batch's rows of a table in one statement with one parameter, the
 * rows as one JSON document (`JSON.stringify` of them all, one native call: three times faster
 * than writing it a cell at a time) that PostgreSQL reads into the table's columns
 * (`json_to_recordset`, each column of its own type; `json`, read as it is converted, where
 * `jsonb` would first build its binary form of the whole document). A VALUES list would take a
 * parameter a cell (some 20,000 for a batch of 500 projects), each built by kysely, serialised by
 * pg and parsed by PostgreSQL. Rows are written as kysely would write them: the columns the rows
 * give (a column left undefined in every row takes its default), text as text, arrays as arrays,
 * and a jsonb column's value, which the rows hold as JSON text (or as values), as that JSON.
 */
import { sql } from 'kysely';
import type { Trx } from '../query.ts';

const columnTypes = new WeakMap<Trx, Map<string, Promise<Map<string, string>>>>();

/** The table's columns and their types, as SQL writes them (asked once a transaction). */
function columnTypesOf(trx: Trx, table: string): Promise<Map<string, string>> {
  let tables = columnTypes.get(trx);
  if (!tables) {
    tables = new Map();
    columnTypes.set(trx, tables);
  }
  let types = tables.get(table);
  if (!types) {
    types = sql<{ name: string; type: string }>`select attname as name, format_type(atttypid, atttypmod) as type
      from pg_attribute where attrelid = ${table}::regclass and attnum > 0 and not attisdropped`
      .execute(trx)
      .then((r) => new Map(r.rows.map((x) => [x.name, x.type])));
    tables.set(table, types);
  }
  return types;
}

/** Inserts the rows (all with the same columns defined); `conflict` names the column whose conflicts leave the stored row as it is. */
export async function insertRows(trx: Trx, table: string, rows: readonly object[], conflict?: string): Promise<void> {
  const first = rows[0] as Record<string, unknown> | undefined;
  if (!first) return;
  const columns = Object.keys(first).filter((c) => first[c] !== undefined);
  for (const row of rows as readonly Record<string, unknown>[]) {
    let defined = 0;
    for (const k in row) if (row[k] !== undefined) defined++;
    for (const c of columns) if (row[c] === undefined) throw new Error(`insertRows(${table}): the rows do not all give ${c}`);
    if (defined !== columns.length) throw new Error(`insertRows(${table}): the rows do not all give the same columns`);
  }
  const types = await columnTypesOf(trx, table);
  // a jsonb column is read as text, the JSON its rows hold (as text, or as values), and cast
  const definitions = columns.map((c) => {
    const type = types.get(c);
    if (!type) throw new Error(`insertRows(${table}): the table has no column ${c}`);
    return sql`${sql.ref(c)} ${sql.raw(type === 'jsonb' ? 'text' : type)}`;
  });
  const values = columns.map((c) => (types.get(c) === 'jsonb' ? sql`${sql.ref(`x.${c}`)}::jsonb` : sql.ref(`x.${c}`)));
  await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
    select ${sql.join(values)} from json_to_recordset(${JSON.stringify(rows)}::json) as x(${sql.join(definitions)})
    ${conflict ? sql`on conflict (${sql.ref(conflict)}) do nothing` : sql``}`.execute(trx);
}
