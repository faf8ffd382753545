/**
 * Order keys, cursors and search keys: shared by the agency subgraphs (which filter and page in
 * SQL) and the network subgraph (which merges their slices), so both sides order identically.
 *
 * Orders (ascending on the rank, then the id, both compared byte-wise as PostgreSQL's "C" collation):
 * - projects: start date, latest first, undated last, then id;
 * - evaluations: date, latest first, then id;
 * - institutions: name (case and accents folded), then id.
 */
import type { SearchKind } from './sdl.ts';

const MAX_DAY = Date.UTC(9999, 11, 31) / 86_400_000;
/** Rank of undated records: after every date. */
export const UNDATED_RANK = 2_147_483_647;

/** Days from the date to 9999-12-31: ascending rank = latest date first. Null sorts last. */
export function dateRank(date: string | null | undefined): number {
  if (!date) return UNDATED_RANK;
  const [y, m, d] = date.split('-').map(Number);
  return MAX_DAY - Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / 86_400_000;
}

/** The folded form of a name that institution lists are ordered by. */
export function nameSortKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

export type OrderKey = readonly [rank: number | string, id: string];

const byteCompare = (a: string, b: string): number => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

export function compareOrderKeys(a: OrderKey, b: OrderKey): number {
  const [ra, ia] = a;
  const [rb, ib] = b;
  if (ra !== rb) {
    if (typeof ra === 'number' && typeof rb === 'number') return ra - rb;
    return byteCompare(String(ra), String(rb));
  }
  return byteCompare(ia, ib);
}

/** Opaque cursor: base64url of the order key of the last record of a page. */
export function encodeCursor(key: OrderKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export class CursorError extends Error {}

export function decodeCursor(cursor: string): OrderKey {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (typeof value[0] === 'number' || typeof value[0] === 'string') &&
      typeof value[1] === 'string'
    ) {
      return [value[0], value[1]];
    }
  } catch {
    // fall through
  }
  throw new CursorError(`"${cursor.slice(0, 40)}" is not a cursor this list gave out; pass a pageInfo.endCursor`);
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 500;

/**
 * The key of a search entity: the normalised filter, page size and cursor. Equal searches give
 * equal keys (arrays sorted and de-duplicated, empty fields dropped), so the gateway's entity
 * fetches are deterministic.
 */
export function encodeSearchKey(search: { filter?: Record<string, unknown> | null; first: number; after?: string | null }): string {
  const filter: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(search.filter ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (v === null || v === undefined || v === '') continue;
    if (Array.isArray(v)) {
      const sorted = [...new Set(v.map((x) => (typeof x === 'string' ? x.trim() : x)))].sort();
      filter[k] = sorted;
    } else {
      filter[k] = typeof v === 'string' ? v.trim() : v;
    }
  }
  return JSON.stringify({ f: filter, n: search.first, a: search.after ?? null });
}

export function decodeSearchKey<F>(key: string): { filter: F; first: number; after: string | null } {
  const value = JSON.parse(key) as { f: F; n: number; a: string | null };
  return { filter: value.f, first: value.n, after: value.a };
}

/** Seconds to the end of 9999: ascending rank = latest instant first. */
const INSTANT_MAX = Date.UTC(9999, 11, 31, 23, 59, 59) / 1000;
/** Rank of records without the instant (unpublished lessons): after every instant. */
export const UNDATED_INSTANT_RANK = Number.MAX_SAFE_INTEGER;

/** Rank of an instant, to the second, for lists ordered newest first; null sorts last. */
export function instantRank(at: Date | string | null | undefined): number {
  if (at == null) return UNDATED_INSTANT_RANK;
  const ms = (at instanceof Date ? at : new Date(at)).getTime();
  return Number.isNaN(ms) ? UNDATED_INSTANT_RANK : INSTANT_MAX - Math.floor(ms / 1000);
}

/** A record of a cross-agency list as its slice carries it: its id and the field it is ordered by. */
export type ListItem = {
  id: string;
  startDate?: string | null;
  name?: string;
  date?: string;
  submittedAt?: string;
  publishedAt?: string | null;
};

/**
 * The order key of each list's records, from the fields its slices carry: the one definition the
 * agencies' cursors and the network subgraph's merge share.
 */
export const ORDER_KEYS: Record<SearchKind, (item: ListItem) => OrderKey> = {
  Project: (i) => [dateRank(i.startDate), i.id],
  Institution: (i) => [nameSortKey(i.name ?? ''), i.id],
  Evaluation: (i) => [dateRank(i.date), i.id],
  CooperationRequest: (i) => [instantRank(i.submittedAt), i.id],
  Expert: (i) => [nameSortKey(i.name ?? ''), i.id],
  Lesson: (i) => [instantRank(i.publishedAt), i.id],
};

/**
 * Sorts by order key as `compareOrderKeys` does, encoding each key once (the merge of a 500-item
 * page compares thousands of keys, and encoding strings on every comparison dominated it).
 */
export function sortByOrderKey<T extends { key: OrderKey }>(items: readonly T[]): T[] {
  const encoded = items.map((item) => {
    const [rank, id] = item.key;
    return { item, rank: typeof rank === 'number' ? rank : Buffer.from(rank, 'utf8'), id: Buffer.from(id, 'utf8') };
  });
  const asBuffer = (r: number | Buffer) => (typeof r === 'number' ? Buffer.from(String(r), 'utf8') : r);
  encoded.sort((a, b) => {
    const byRank =
      typeof a.rank === 'number' && typeof b.rank === 'number' ? a.rank - b.rank : Buffer.compare(asBuffer(a.rank), asBuffer(b.rank));
    return byRank !== 0 ? byRank : Buffer.compare(a.id, b.id);
  });
  return encoded.map((e) => e.item);
}
