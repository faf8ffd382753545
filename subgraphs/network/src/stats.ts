/**
 * The merge of the agencies' shares of the statistics (`StatsRow` groups, see @ssc/contract's
 * stats.ts) into the public `ProjectStats`, `EvaluationStats`, `RequestStats` and `ExpertStats`:
 * sums across agencies, labels from the vendored code lists, regions of the recipient countries,
 * budgets in US dollars, and the exact median of the decision times. A null share (an agency that
 * did not answer) counts as empty; the gateway reports that agency's error beside the figures.
 */
import {
  ACTIVITY_STATUS,
  type AgencyEntry,
  agencyByCode,
  codelists,
  codeName,
  DAC_CRITERIA,
  NONE_KEY,
  type StatsRow,
  toUsd,
} from '@ssc/contract';
import { regionOf } from './regions.ts';
import { SECTOR_CATEGORIES } from './sector-categories.ts';

/** One agency's share: null when it did not answer. */
export interface StatsShare {
  agency: AgencyEntry;
  rows: StatsRow[] | null;
}

export interface StatsBucket {
  key: string;
  label: string;
  count: number;
  budgetUsd: number;
}

const NOT_SPECIFIED = 'Not specified';
/** "UNDER_APPRAISAL" → "Under appraisal". */
const sentence = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replaceAll('_', ' ');

/** The counts and dollar sums of one breakdown, by key. */
class Tally {
  readonly #groups = new Map<string, { count: number; usd: number }>();
  add(key: string, count: number, usd: number): void {
    const g = this.#groups.get(key) ?? { count: 0, usd: 0 };
    g.count += count;
    g.usd += usd;
    this.#groups.set(key, g);
  }
  /** The buckets, by count (most first), then key; the "NONE" group is labelled "Not specified". */
  buckets(label: (key: string) => string | undefined): StatsBucket[] {
    return [...this.#groups]
      .map(([key, g]) => ({ key, label: key === NONE_KEY ? NOT_SPECIFIED : (label(key) ?? key), count: g.count, budgetUsd: g.usd }))
      .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
}

const agencyName = (code: string) => agencyByCode(code)?.name;
const countryName = (code: string) => codelists.country.name(code);

/** The dollars of a group's amount: 0 without an amount or a rate. */
function usdOf(row: StatsRow): number {
  const [, , , amount, currency, year] = row;
  if (amount === null || currency === null) return 0;
  return toUsd(amount, currency, year) ?? 0;
}

/** The codes of a set key ("KE MZ", as the agency stored them: repeats dropped); a project that names none is in the "NONE" group. */
const codesOf = (key: string): string[] => (key ? [...new Set(key.split(' ').filter(Boolean))] : [NONE_KEY]);

/** The rows of every agency that answered, with the agency. */
function* rowsOf(shares: readonly StatsShare[]): Generator<[AgencyEntry, StatsRow]> {
  for (const { agency, rows } of shares) for (const row of rows ?? []) yield [agency, row];
}

export function mergeProjectStats(shares: readonly StatsShare[]) {
  let count = 0;
  let budgetUsd = 0;
  const budgets = new Map<string, number>();
  const t = {
    agency: new Tally(),
    country: new Tally(),
    region: new Tally(),
    sector: new Tally(),
    sectorCategory: new Tally(),
    sdg: new Tally(),
    status: new Tally(),
    modality: new Tally(),
    startYear: new Tally(),
  };
  const flows = new Map<string, { provider: string; recipient: string; count: number; usd: number }>();
  for (const [agency, row] of rowsOf(shares)) {
    const [dim, key, n, amount, currency] = row;
    const usd = usdOf(row);
    switch (dim) {
      case 'total':
        count += n;
        budgetUsd += usd;
        if (currency !== null && amount !== null) budgets.set(currency, (budgets.get(currency) ?? 0) + amount);
        t.agency.add(agency.code, n, usd);
        break;
      case 'status': {
        const code = Number(key);
        t.status.add(code in STATUS_NAMES ? codeName(ACTIVITY_STATUS, code) : key, n, usd);
        break;
      }
      case 'countries': {
        // a set of recipient countries: the budget shared equally, a project once per country and per region
        const codes = codesOf(key);
        const regions = new Map<string, number>();
        for (const c of codes) {
          t.country.add(c, n, usd / codes.length);
          const region = c === NONE_KEY ? NONE_KEY : (regionOf(c) ?? NONE_KEY);
          regions.set(region, (regions.get(region) ?? 0) + 1);
          if (c === NONE_KEY) continue;
          const flowKey = `${agency.country} ${c}`;
          const flow = flows.get(flowKey) ?? { provider: agency.country, recipient: c, count: 0, usd: 0 };
          flow.count += n;
          flow.usd += usd / codes.length;
          flows.set(flowKey, flow);
        }
        for (const [region, k] of regions) t.region.add(region, n, (usd * k) / codes.length);
        break;
      }
      case 'sectors': {
        // a set of sectors: the budget shared equally, a project once per sector and per category
        const codes = codesOf(key);
        const categories = new Map<string, number>();
        for (const c of codes) {
          t.sector.add(c, n, usd / codes.length);
          const category = c === NONE_KEY ? NONE_KEY : (codelists.sector.get(c)?.category ?? c.slice(0, 3));
          categories.set(category, (categories.get(category) ?? 0) + 1);
        }
        for (const [category, k] of categories) t.sectorCategory.add(category, n, (usd * k) / codes.length);
        break;
      }
      case 'sdgs': {
        const goals = codesOf(key);
        for (const g of goals) t.sdg.add(g, n, usd / goals.length);
        break;
      }
      case 'modality':
      case 'startYear':
        t[dim].add(key, n, usd);
        break;
    }
  }
  return {
    count,
    budgets: [...budgets].sort(([a], [b]) => (a < b ? -1 : 1)).map(([currency, amount]) => ({ currency, amount })),
    budgetUsd,
    byAgency: t.agency.buckets(agencyName),
    byCountry: t.country.buckets(countryName),
    byRegion: t.region.buckets((k) => k),
    bySector: t.sector.buckets((k) => codelists.sector.name(k)),
    bySectorCategory: t.sectorCategory.buckets((k) => SECTOR_CATEGORIES[k]),
    bySdg: t.sdg.buckets((k) => codelists.sdgGoal.name(k)),
    byStatus: t.status.buckets((k) => {
      const code = ACTIVITY_STATUS[k as keyof typeof ACTIVITY_STATUS];
      return code === undefined ? undefined : codelists.activityStatus.name(String(code));
    }),
    byModality: t.modality.buckets(sentence),
    byStartYear: t.startYear.buckets((k) => k),
    flows: [...flows.values()]
      .sort(
        (a, b) =>
          b.count - a.count ||
          (a.provider < b.provider ? -1 : a.provider > b.provider ? 1 : 0) ||
          (a.recipient < b.recipient ? -1 : a.recipient > b.recipient ? 1 : 0),
      )
      .map((f) => ({ provider: f.provider, recipient: f.recipient, count: f.count, budgetUsd: f.usd })),
  };
}
const STATUS_NAMES: Record<number, true> = Object.fromEntries(Object.values(ACTIVITY_STATUS).map((c) => [c, true]));

/** Overall ratings, after JICA's ex-post evaluation scale. */
const RATING_LABELS: Record<string, string> = {
  A: 'Highly satisfactory',
  B: 'Satisfactory',
  C: 'Partially satisfactory',
  D: 'Unsatisfactory',
};

export function mergeEvaluationStats(shares: readonly StatsShare[]) {
  let count = 0;
  const t = { rating: new Tally(), agency: new Tally(), evaluator: new Tally() };
  const criteria = new Map<string, { count: number; sum: number }>();
  for (const [agency, [dim, key, n, amount]] of rowsOf(shares)) {
    if (dim === 'total') {
      count += n;
      t.agency.add(agency.code, n, 0);
    } else if (dim === 'rating' || dim === 'evaluator') t[dim].add(key, n, 0);
    else if (dim === 'criterion') {
      const c = criteria.get(key) ?? { count: 0, sum: 0 };
      c.count += n;
      c.sum += amount ?? 0;
      criteria.set(key, c);
    }
  }
  return {
    count,
    byRating: t.rating.buckets((k) => RATING_LABELS[k]),
    criteria: DAC_CRITERIA.map((criterion) => {
      const c = criteria.get(criterion);
      return { criterion, label: sentence(criterion), mean: c?.count ? c.sum / c.count : null, count: c?.count ?? 0 };
    }),
    byAgency: t.agency.buckets(agencyName),
    byEvaluator: t.evaluator.buckets(agencyName),
  };
}

/** The exact median of a histogram of whole numbers (value → how many); null when empty. */
export function histogramMedian(histogram: ReadonlyMap<number, number>): number | null {
  const total = [...histogram.values()].reduce((a, b) => a + b, 0);
  if (!total) return null;
  const sorted = [...histogram].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  /** The value at 0-based rank i. */
  const at = (i: number) => {
    let seen = 0;
    for (const [value, n] of sorted) {
      seen += n;
      if (i < seen) return value;
    }
    return sorted.at(-1)?.[0] ?? 0;
  };
  return total % 2 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

export function mergeRequestStats(shares: readonly StatsShare[]) {
  let count = 0;
  const t = { status: new Tally(), country: new Tally() };
  const days = new Map<number, number>();
  for (const [, [dim, key, n]] of rowsOf(shares)) {
    if (dim === 'total') count += n;
    else if (dim === 'status' || dim === 'country') t[dim].add(key, n, 0);
    else if (dim === 'days') days.set(Number(key), (days.get(Number(key)) ?? 0) + n);
  }
  return {
    count,
    byStatus: t.status.buckets(sentence),
    byCountry: t.country.buckets(countryName),
    decided: [...days.values()].reduce((a, b) => a + b, 0),
    medianDaysToDecision: histogramMedian(days),
  };
}

/** What `ExpertStats.byAvailability` keys mean, today (UTC). */
const AVAILABILITY_LABELS: Record<string, string> = {
  deployed: 'Deployed now',
  available: 'Available now',
  upcoming: 'Available later',
  unavailable: 'Not available',
};

export function mergeExpertStats(shares: readonly StatsShare[]) {
  let count = 0;
  const t = { sector: new Tally(), language: new Tally(), availability: new Tally() };
  for (const [, [dim, key, n]] of rowsOf(shares)) {
    if (dim === 'total') count += n;
    else if (dim === 'sector' || dim === 'language' || dim === 'availability') t[dim].add(key, n, 0);
  }
  return {
    count,
    bySector: t.sector.buckets((k) => codelists.sector.name(k)),
    byLanguage: t.language.buckets((k) => codelists.language.name(k)),
    byAvailability: t.availability.buckets((k) => AVAILABILITY_LABELS[k]),
  };
}
