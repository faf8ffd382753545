/**
 * The cooperation cycle (issue 5): demand requests and their state machine, the talent bank,
 * lessons, and the filters of their cross-agency lists.
 */
import { coerceInputValue, type GraphQLInputType } from 'graphql';
import { codelists } from './codelists.ts';
import {
  checkDate,
  checkDateOrder,
  checkIds,
  checkList,
  checkText,
  InputError,
  isAgency,
  isCountry,
  isSector,
  pageArgs,
  validateEvaluationFilter,
  validateInstitutionFilter,
  validateProjectFilter,
} from './filters.ts';
import type { CooperationRequestFilter, ExpertFilter, LessonFilter } from './graphql.generated.ts';
import { MAX_PAGE_SIZE } from './paging.ts';
import { type AgencyEntry, MAX_ID_LENGTH, makeId, parseId, type RecordKind, typeName } from './registry.ts';
import { REQUEST_STATUSES, type SearchKind } from './sdl.ts';

/** The filters of the cooperation cycle's lists, as graphql-codegen types them from `schema/cycle.graphql`. */
export type { CooperationRequestFilter, ExpertFilter, LessonFilter };

export const isLanguage = (c: string) => /^[a-z]{2}$/.test(c) && codelists.language.has(c);

export function validateCooperationRequestFilter(f: CooperationRequestFilter | null | undefined): void {
  if (!f) return;
  checkList('filter.agencies', f.agencies, isAgency, 'agency codes');
  checkList('filter.countries', f.countries, isCountry, 'ISO 3166-1 alpha-2 country codes');
  checkList('filter.statuses', f.statuses, (s) => (REQUEST_STATUSES as readonly string[]).includes(s), 'request statuses');
  checkList('filter.sectors', f.sectors, isSector, 'DAC 5-digit sector codes');
  checkText('filter.text', f.text);
  checkDate('filter.submittedFrom', f.submittedFrom);
  checkDate('filter.submittedTo', f.submittedTo);
  checkDateOrder('filter.submittedFrom', f.submittedFrom, 'filter.submittedTo', f.submittedTo);
}

export function validateExpertFilter(f: ExpertFilter | null | undefined): void {
  if (!f) return;
  checkList('filter.agencies', f.agencies, isAgency, 'agency codes');
  checkList('filter.sectors', f.sectors, isSector, 'DAC 5-digit sector codes');
  checkList('filter.languages', f.languages, isLanguage, 'ISO 639-1 language codes (two lower-case letters, e.g. "pt")');
  checkList('filter.countries', f.countries, isCountry, 'ISO 3166-1 alpha-2 country codes');
  checkDate('filter.availableFrom', f.availableFrom);
  checkDate('filter.availableTo', f.availableTo);
  checkDateOrder('filter.availableFrom', f.availableFrom, 'filter.availableTo', f.availableTo);
  checkText('filter.text', f.text);
  checkIds('filter.deployedTo', f.deployedTo, 'Project');
}

export function validateLessonFilter(f: LessonFilter | null | undefined): void {
  if (!f) return;
  checkList('filter.agencies', f.agencies, isAgency, 'agency codes');
  checkIds('filter.projectIds', f.projectIds, 'Project');
  checkList('filter.sectors', f.sectors, isSector, 'DAC 5-digit sector codes');
  checkList('filter.countries', f.countries, isCountry, 'ISO 3166-1 alpha-2 country codes');
  checkText('filter.text', f.text);
}

/** The filter validation of each cross-agency list. */
export const FILTER_VALIDATORS: Record<SearchKind, (filter: never) => void> = {
  Project: validateProjectFilter,
  Institution: validateInstitutionFilter,
  Evaluation: validateEvaluationFilter,
  CooperationRequest: validateCooperationRequestFilter,
  Expert: validateExpertFilter,
  Lesson: validateLessonFilter,
};

// ---------------------------------------------------------------- representations sent to `_entities`

/** The argument that refusals of a malformed `_entities` representation name. */
export const REPRESENTATIONS = 'representations';
/** The longest search key accepted (a filter of 100-value lists, a page size and a cursor fit well within it). */
export const MAX_SEARCH_KEY_LENGTH = 100_000;

const describe = (v: unknown): string =>
  v === undefined
    ? 'missing'
    : v === null
      ? 'null'
      : Array.isArray(v)
        ? 'an array'
        : typeof v === 'string'
          ? `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`
          : typeof v === 'object'
            ? 'an object'
            : `${typeof v} ${String(v).slice(0, 40)}`;

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The id of a representation of an agency's record (`{ __typename: "AbcProject", id }`): an id of
 * that kind issued by that agency, else an InputError that names the type and the field.
 */
export function representationId(representation: unknown, agency: AgencyEntry, kind: RecordKind): string {
  const type = typeName(agency, kind);
  const id = isPlainObject(representation) ? representation.id : undefined;
  const parsed = parseId(id);
  if (typeof id !== 'string' || parsed?.agency.code !== agency.code || parsed.kind !== kind) {
    throw new InputError(
      REPRESENTATIONS,
      `a representation of ${type} has a bad id (${describe(id)}): it must be an id of ${agency.code}'s ${kind.toLowerCase()}s, like "${makeId(agency, kind, 123)}" (at most ${MAX_ID_LENGTH} characters)`,
    );
  }
  return id;
}

/**
 * Reads the search key of a `<Kind>Connection` representation sent to `_entities` (what
 * `encodeSearchKey` gave out: `{"f": filter, "n": page size, "a": cursor or null}`), checking it as
 * the list's own arguments are checked: the filter's fields against the schema's `<Kind>Filter`
 * input type when given, then the filter validators, the page size and the cursor. Anything else is
 * an InputError naming the field, never an internal error.
 */
export function readSearchKey<F>(
  kind: SearchKind,
  representation: unknown,
  filterType?: GraphQLInputType,
): { key: string; filter: F; first: number; after: string | null } {
  const what = `the key of a ${kind}Connection representation`;
  const bad = (message: string) => new InputError(REPRESENTATIONS, `${what} ${message}`);
  const key = isPlainObject(representation) ? representation.key : undefined;
  if (typeof key !== 'string') throw bad(`must be a string (a search key this federation gave out), not ${describe(key)}`);
  if (key.length > MAX_SEARCH_KEY_LENGTH) throw bad(`is longer than ${MAX_SEARCH_KEY_LENGTH} characters`);
  let value: unknown;
  try {
    value = JSON.parse(key);
  } catch {
    throw bad(`is not JSON: ${describe(key)}`);
  }
  const shape = 'must be a JSON object {"f": filter, "n": page size, "a": cursor or null}';
  if (!isPlainObject(value)) throw bad(`${shape}, not ${describe(value)}`);
  const extra = Object.keys(value).filter((k) => !['f', 'n', 'a'].includes(k));
  if (extra.length)
    throw bad(
      `${shape}; it has ${extra
        .slice(0, 5)
        .map((k) => JSON.stringify(k.slice(0, 40)))
        .join(', ')}`,
    );
  const { f, n, a } = value;
  if (f != null && !isPlainObject(f)) throw bad(`field "f" (the filter) must be an object or null, not ${describe(f)}`);
  if (!Number.isInteger(n) || (n as number) < 0 || (n as number) > MAX_PAGE_SIZE) {
    throw bad(`field "n" (the page size) must be a whole number between 0 and ${MAX_PAGE_SIZE}, not ${describe(n)}`);
  }
  if (a != null && typeof a !== 'string') throw bad(`field "a" (the cursor) must be a string or null, not ${describe(a)}`);
  const filter = (f ?? {}) as Record<string, unknown>;
  if (filterType) {
    const coerced = coerceInputValue(filter, filterType, (path, invalid, error) => {
      const at = path.length ? `.${path.join('.')}` : '';
      throw bad(`field "f${at}" is not a ${filterType.toString()}${at}: ${error.message} (${describe(invalid)})`);
    }) as Record<string, unknown>;
    // a lone value where a list belongs would be wrapped by GraphQL's coercion: the key must hold the list itself
    for (const [field, v] of Object.entries(filter)) {
      if (JSON.stringify(v) !== JSON.stringify(coerced[field])) {
        throw bad(`field "f.${field}" is not written as a ${filterType.toString()}.${field} (${describe(v)})`);
      }
    }
  }
  try {
    (FILTER_VALIDATORS[kind] as (f: unknown) => void)(filter);
    pageArgs(n as number, (a as string | null) ?? null, kind);
  } catch (e) {
    if (e instanceof InputError)
      throw bad(
        `field ${e.argument.startsWith('filter.') ? `"f${e.argument.slice(6)}"` : e.argument === 'first' ? '"n"' : '"a"'}: ${e.message}`,
      );
    throw e;
  }
  return { key, filter: filter as F, first: n as number, after: (a as string | null) ?? null };
}
