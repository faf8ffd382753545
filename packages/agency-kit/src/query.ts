/**
 * What the repositories share: the database and transaction types, list slices (a total and a
 * keyset page in one statement, or slices for many parents at once), the count cache.
 */
import type { OrderKey, PageArgs, StatsRow } from '@ssc/contract';
import {
  type ExpressionBuilder,
  type Kysely,
  type SelectQueryBuilder,
  type ShallowDehydrateObject,
  type Simplify,
  sql,
  type Transaction,
} from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { AgencyDatabase } from './tables.ts';

export type Db = Kysely<AgencyDatabase>;
/** A transaction: what every write of a record's repository takes. */
export type Trx = Transaction<AgencyDatabase>;

export interface Slice<T> {
  total: number;
  items: T[];
}

/** Keeps the given order of ids; ids without a record map to null. */
export function inOrder<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Today in UTC, whatever the database server's time zone. */
export const TODAY_UTC = sql<string>`(now() at time zone 'UTC')::date`;

export function keyset(rank: string, after: OrderKey | null) {
  return <DB, TB extends keyof DB>(eb: ExpressionBuilder<DB, TB>) =>
    after ? sql<boolean>`(${sql.ref(rank)}, ${sql.ref('id')}) > (${after[0]}, ${after[1]})` : eb.lit(true);
}

/**
 * Totals of recent searches, so that paging through one list counts its matches once, and the
 * groups of recent statistics (records/stats), so that a dashboard asking again within `ttlMs`
 * costs no statement. Entries live `ttlMs`; every write through this process clears them all.
 * (Another replica's writes show in totals and statistics within `ttlMs`.)
 */
export class CountCache {
  readonly #entries = new Map<string, { total?: number; rows?: StatsRow[]; at: number }>();
  constructor(readonly ttlMs: number) {}
  #live(key: string) {
    const e = this.#entries.get(key);
    if (!e) return undefined;
    if (Date.now() - e.at > this.ttlMs) {
      this.#entries.delete(key);
      return undefined;
    }
    return e;
  }
  #put(key: string, entry: { total?: number; rows?: StatsRow[] }): void {
    if (this.ttlMs <= 0) return;
    if (this.#entries.size >= 5_000) this.#entries.clear();
    this.#entries.set(key, { ...entry, at: Date.now() });
  }
  get(key: string): number | undefined {
    return this.#live(key)?.total;
  }
  set(key: string, total: number): void {
    this.#put(key, { total });
  }
  /** A statistic's groups, as `statsRows` left them. */
  rows(key: string): StatsRow[] | undefined {
    return this.#live(key)?.rows;
  }
  setRows(key: string, rows: StatsRow[]): void {
    this.#put(key, { rows });
  }
  clear(): void {
    this.#entries.clear();
  }
}

/** Where a slice may find, and leaves, its total. */
export interface Counted {
  counts: CountCache;
  key: string;
}

/**
 * One agency's share of a list: its total for the filter (`base`), and the first `page.first`
 * records after the cursor plus one (so the caller knows whether more follow), ordered by
 * `rank` then id, in one statement. `order.select` picks what the page returns of each record;
 * items come back through JSON, as kysely types them (instants as strings).
 */
export async function keysetSlice<TB extends keyof AgencyDatabase & string, Item>(
  db: Db,
  base: SelectQueryBuilder<AgencyDatabase, TB, object>,
  order: {
    table: TB;
    rank: keyof AgencyDatabase[TB] & string;
    select: (q: SelectQueryBuilder<AgencyDatabase, TB, object>) => SelectQueryBuilder<AgencyDatabase, TB, Item>;
  },
  page: PageArgs,
  counted?: Counted,
): Promise<Slice<Simplify<ShallowDehydrateObject<Item>>>> {
  const window = order
    .select(base)
    .where(keyset(`${order.table}.${order.rank}`, page.after))
    .orderBy(sql.ref(`${order.table}.${order.rank}`))
    .orderBy(sql.ref(`${order.table}.id`))
    .limit(page.first + 1);
  const known = counted?.counts.get(counted.key);
  if (known !== undefined) {
    const row = await db.selectNoFrom(() => [jsonArrayFrom(window).as('items')]).executeTakeFirstOrThrow();
    return { total: known, items: row.items };
  }
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom(base.select((e) => e.fn.countAll<number>().as('n')).as('c'))
        .select('c.n')
        .as('total'),
      jsonArrayFrom(window).as('items'),
    ])
    .executeTakeFirstOrThrow();
  const total = Number(row.total ?? 0);
  counted?.counts.set(counted.key, total);
  return { total, items: row.items };
}

/**
 * Slices of one list for many parents at once (the nested `Project.evaluations` of a page, its
 * experts, its lessons): one statement for any number of parents, each slice its total and
 * first `first + 1` items. `inner` selects `parent`, `rn` (the item's row number within its
 * parent, in list order), `total` (the parent's count) and the item's columns; items come back
 * through JSON like `keysetSlice`'s, so that both give the same values.
 */
export async function slicesByParent<DB, TB extends keyof DB, Row extends { parent: string; rn: number; total: number }>(
  db: Db,
  inner: SelectQueryBuilder<DB, TB, Row>,
  parents: readonly string[],
  first: number,
): Promise<Map<string, Slice<Simplify<ShallowDehydrateObject<Omit<Row, 'parent' | 'rn' | 'total'>>>>>> {
  type Item = Simplify<ShallowDehydrateObject<Omit<Row, 'parent' | 'rn' | 'total'>>>;
  const out = new Map<string, Slice<Item>>(parents.map((id) => [id, { total: 0, items: [] }]));
  if (!parents.length) return out;
  const { rows } = await sql<{ parent: string; total: number; item: Item }>`
    select t.parent, t.total, to_jsonb(t) - 'parent' - 'rn' - 'total' as item
    from (${inner}) as t
    where t.rn <= ${first + 1}
    order by t.parent, t.rn`.execute(db);
  for (const { parent, total, item } of rows) {
    const slice = out.get(parent);
    if (!slice) continue;
    slice.total = Number(total);
    slice.items.push(item);
  }
  return out;
}

/** Whether this agency holds the record `id` in `table`. */
export async function recordExists(trx: Trx, table: 'projects' | 'evaluations' | 'institutions', id: string): Promise<boolean> {
  return !!(await trx.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst());
}

export const tsMatch = (document: ReturnType<typeof sql>, text: string) =>
  sql<boolean>`to_tsvector('simple', ${document}) @@ plainto_tsquery('simple', ${text})`;
