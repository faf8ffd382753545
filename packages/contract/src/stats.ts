/**
 * An agency's share of a statistic (the `StatsPart` scalar of `abcProjectStats`, ...), as the
 * agency sends it and the network subgraph merges it: an array of groups, each
 * `[dimension, key, count, amount, currency, year]`.
 *
 * - `count`: the records in the group (a record counts once per group);
 * - `amount`: for projects the budgets' sum (each project's share of it), in `currency`, to be
 *   converted at the rate of `year` (null for dollars, which need no rate); for evaluation
 *   criteria the sum of the scores; null otherwise.
 */
export type StatsRow = [dim: string, key: string, count: number, amount: number | null, currency: string | null, year: number | null];

/** The key of the group of records that name none (no country, sector, SDG, start date, rating, ...). */
export const NONE_KEY = 'NONE';

/** The most groups one agency's share may hold. */
export const MAX_STATS_ROWS = 200_000;

/** True when `part` has the shape of a StatsPart (what an agency answered, or null when it did not). */
export function isStatsPart(part: unknown): part is StatsRow[] | null {
  if (part === null) return true;
  if (!Array.isArray(part) || part.length > MAX_STATS_ROWS) return false;
  return part.every(
    (r) =>
      Array.isArray(r) &&
      r.length === 6 &&
      typeof r[0] === 'string' &&
      typeof r[1] === 'string' &&
      Number.isSafeInteger(r[2]) &&
      r[2] >= 0 &&
      (r[3] === null || (typeof r[3] === 'number' && Number.isFinite(r[3]))) &&
      (r[4] === null || typeof r[4] === 'string') &&
      (r[5] === null || Number.isSafeInteger(r[5])),
  );
}
