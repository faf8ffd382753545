/**
 * Filters of the lists, their validation against the code lists, and page arguments.
 * Used by the network subgraph (before it scatters a search) and by each agency subgraph
 * (which may be called directly), so both refuse the same input with the same message.
 */
import { codelists } from './codelists.ts';
import type { EvaluationFilter, InstitutionFilter, ProjectFilter } from './graphql.generated.ts';
import { DEFAULT_PAGE_SIZE, decodeCursor, MAX_PAGE_SIZE, type OrderKey } from './paging.ts';
import { AGENCIES, idShape, isRecordId, type RecordKind } from './registry.ts';
import { ACTIVITY_STATUS, EVALUATION_TYPES, MODALITIES, OVERALL_RATINGS, SEARCHES, type SearchKind } from './sdl.ts';

/** The cross-agency filters, as graphql-codegen types them from `schema/shared.graphql`. */
export type { EvaluationFilter, InstitutionFilter, ProjectFilter };

/** A problem with a caller's input: becomes a BAD_USER_INPUT error naming the argument. */
export class InputError extends Error {
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(message);
  }
}

const MAX_LIST = 100;
const MAX_TEXT = 200;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A calendar date as YYYY-MM-DD, years 0001 to 9999 (no Date objects: an import checks a few an activity). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number));
}

export function checkList<T>(arg: string, values: readonly T[] | null | undefined, valid: (v: T) => boolean, what: string) {
  if (!values) return;
  if (values.length > MAX_LIST) throw new InputError(arg, `${arg} takes at most ${MAX_LIST} values`);
  if (values.some((v) => typeof v === 'string' && v.includes('\u0000'))) throw new InputError(arg, `${arg} holds a NUL character (U+0000)`);
  const bad = values.filter((v) => !valid(v));
  if (bad.length) {
    throw new InputError(
      arg,
      `${arg}: ${bad
        .slice(0, 5)
        .map((b) => JSON.stringify(typeof b === 'string' && b.length > 40 ? `${b.slice(0, 40)}…` : b))
        .join(', ')} ${bad.length === 1 ? 'is not' : 'are not'} ${what}`,
    );
  }
}

/** A list of references to records of `kind` (any agency's): each must have the federation's id shape. */
export function checkIds(arg: string, values: readonly string[] | null | undefined, kind: RecordKind): void {
  checkList(
    arg,
    values,
    (id) => isRecordId(id, kind),
    `${kind.toLowerCase()} ids of an agency of the federation (expected ${idShape(kind)})`,
  );
}

export function checkDate(arg: string, value: string | null | undefined) {
  if (value != null && !isIsoDate(value)) throw new InputError(arg, `${arg}: "${String(value).slice(0, 40)}" is not a date (YYYY-MM-DD)`);
}

export function checkDateOrder(fromArg: string, from: string | null | undefined, toArg: string, to: string | null | undefined) {
  if (from && to && from > to) throw new InputError(toArg, `${toArg} (${to}) is before ${fromArg} (${from})`);
}

export function checkText(arg: string, value: string | null | undefined) {
  if (value != null && value.length > MAX_TEXT) throw new InputError(arg, `${arg} is longer than ${MAX_TEXT} characters`);
  if (value?.includes('\u0000')) throw new InputError(arg, `${arg} holds a NUL character (U+0000)`);
}

const agencyCodes: ReadonlySet<string> = new Set(AGENCIES.map((a) => a.code));
export const isSector = (s: string) => /^\d{5}$/.test(s) && codelists.sector.has(s);
export const isAgency = (c: string) => agencyCodes.has(c);
export const isCountry = (c: string) => codelists.country.has(c);

export function validateProjectFilter(f: ProjectFilter | null | undefined): void {
  if (!f) return;
  checkList('filter.agencies', f.agencies, isAgency, `agency codes (${[...agencyCodes].join(', ')})`);
  checkList('filter.countries', f.countries, isCountry, 'ISO 3166-1 alpha-2 country codes');
  checkList('filter.sectors', f.sectors, isSector, 'DAC 5-digit sector codes');
  if (f.monitoringOverdue != null && typeof f.monitoringOverdue !== 'boolean')
    throw new InputError('filter.monitoringOverdue', 'filter.monitoringOverdue must be true or false');
  checkList('filter.sdgs', f.sdgs, (g) => Number.isInteger(g) && g >= 1 && g <= 17, 'SDG goals (1-17)');
  checkList('filter.statuses', f.statuses, (s) => s in ACTIVITY_STATUS, 'activity statuses');
  checkList('filter.modalities', f.modalities, (m) => (MODALITIES as readonly string[]).includes(m), 'modalities');
  checkText('filter.text', f.text);
  checkDate('filter.startsFrom', f.startsFrom);
  checkDate('filter.startsTo', f.startsTo);
  checkDateOrder('filter.startsFrom', f.startsFrom, 'filter.startsTo', f.startsTo);
  checkList(
    'filter.participants',
    f.participants,
    (p) => p.trim().length > 0 && p.length <= 300,
    'names or identifiers of 1-300 characters',
  );
}

export function validateInstitutionFilter(f: InstitutionFilter | null | undefined): void {
  if (!f) return;
  checkList('filter.agencies', f.agencies, isAgency, 'agency codes');
  checkList('filter.countries', f.countries, isCountry, 'ISO 3166-1 alpha-2 country codes');
  checkList('filter.organisationTypes', f.organisationTypes, (t) => codelists.organisationType.has(t), 'IATI organisation type codes');
  checkText('filter.text', f.text);
}

export function validateEvaluationFilter(f: EvaluationFilter | null | undefined): void {
  if (!f) return;
  checkList('filter.agencies', f.agencies, isAgency, 'agency codes');
  checkList('filter.evaluators', f.evaluators, isAgency, 'agency codes');
  checkList('filter.types', f.types, (t) => (EVALUATION_TYPES as readonly string[]).includes(t), 'evaluation types');
  checkList('filter.overallRatings', f.overallRatings, (r) => (OVERALL_RATINGS as readonly string[]).includes(r), 'ratings A-D');
  checkIds('filter.projectIds', f.projectIds, 'Project');
  checkDate('filter.from', f.from);
  checkDate('filter.to', f.to);
  checkDateOrder('filter.from', f.from, 'filter.to', f.to);
}

/** The largest rank of each kind: dates rank as PostgreSQL integers, instants as safe integers. */
const MAX_RANK = { date: 2_147_483_647, instant: Number.MAX_SAFE_INTEGER } as const;

export interface PageArgs {
  first: number;
  after: OrderKey | null;
}

/**
 * Checks `first` and decodes `after`; the page window every list pushes down into SQL. With the
 * list's kind, the cursor's rank must be of the kind that list orders by (a whole number for
 * dates and instants, a string for names), so a crafted cursor is refused before it reaches SQL.
 */
export function pageArgs(first: number | null | undefined, after: string | null | undefined, kind?: SearchKind): PageArgs {
  const n = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE_SIZE) {
    throw new InputError('first', `first must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  let key: OrderKey | null;
  try {
    key = after ? decodeCursor(after) : null;
  } catch (e) {
    throw new InputError('after', (e as Error).message);
  }
  const rank = kind && SEARCHES.find((s) => s.kind === kind)?.rank;
  if (key && rank) {
    const [value, id] = key;
    const fits =
      rank === 'string'
        ? typeof value === 'string' && value.length <= 100_000 && !value.includes('\u0000')
        : Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= MAX_RANK[rank];
    if (!fits || id.length > 100 || id.includes('\u0000')) {
      throw new InputError('after', `after: "${after?.slice(0, 40)}" is not a cursor of this list; pass a pageInfo.endCursor`);
    }
  }
  return { first: n, after: key };
}

/** False when the filter's agency list leaves this agency out: its share is then empty. */
export function includesAgency(filter: { agencies?: string[] | null } | null | undefined, code: string): boolean {
  return !filter?.agencies?.length || filter.agencies.includes(code);
}
