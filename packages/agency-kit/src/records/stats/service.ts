/**
 * The agency's share of a statistic: empty when the filter leaves the agency out, else one
 * statement, whose groups are reused for COUNT_CACHE_MS like a list's total (per filter and viewer).
 */
import {
  type AgencyEntry,
  type CooperationRequestFilter,
  type EvaluationFilter,
  type ExpertFilter,
  includesAgency,
  type ProjectFilter,
  type StatsKind,
  type StatsRow,
} from '@ssc/contract';
import { countKey } from '../../loaders.ts';
import type { CountCache, Db } from '../../query.ts';
import { evaluationStatsRows, expertStatsRows, projectStatsRows, requestStatsRows } from './repository.ts';

/** The filter each statistic takes: its list's. */
export interface StatsFilters {
  Project: ProjectFilter;
  Evaluation: EvaluationFilter;
  CooperationRequest: CooperationRequestFilter;
  Expert: ExpertFilter;
}

const QUERIES: { [K in StatsKind]: (db: Db, filter: StatsFilters[K] | null, viewer: string | null) => Promise<StatsRow[]> } = {
  Project: (db, f) => projectStatsRows(db, f),
  Evaluation: (db, f, viewer) => evaluationStatsRows(db, f, viewer),
  CooperationRequest: (db, f) => requestStatsRows(db, f),
  Expert: (db, f) => expertStatsRows(db, f),
};

/**
 * The groups of the agency's records that the list of `kind` would list for `filter` (already
 * checked as the list checks it), as `viewer` (the caller's agency, null when anonymous) may see them.
 * Drafts differ by viewer, so the viewer is part of the cache key.
 */
export async function statsPart<K extends StatsKind>(
  kind: K,
  db: Db,
  agency: AgencyEntry,
  filter: StatsFilters[K] | null,
  viewer: string | null,
  counts: CountCache,
): Promise<StatsRow[]> {
  if (!includesAgency(filter, agency.code)) return [];
  const key = countKey(`${kind}Stats`, filter, viewer);
  const known = counts.rows(key);
  if (known) return known;
  const query: (db: Db, filter: StatsFilters[K] | null, viewer: string | null) => Promise<StatsRow[]> = QUERIES[kind];
  const rows = await query(db, filter, viewer);
  counts.setRows(key, rows);
  return rows;
}
