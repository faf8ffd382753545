/**
 * The cooperation cycle (issue 5): demand requests and their state machine, the talent bank,
 * lessons, and the filters of their cross-agency lists.
 */
import { codelists } from './codelists.ts';
import {
  checkDate,
  checkDateOrder,
  checkList,
  checkText,
  isAgency,
  isCountry,
  isSector,
  validateEvaluationFilter,
  validateInstitutionFilter,
  validateProjectFilter,
} from './filters.ts';
import { REQUEST_STATUSES, type RequestStatus, type SearchKind } from './sdl.ts';

export interface CooperationRequestFilter {
  agencies?: string[] | null;
  /** Requesting countries. */
  countries?: string[] | null;
  statuses?: RequestStatus[] | null;
  sectors?: string[] | null;
  text?: string | null;
  submittedFrom?: string | null;
  submittedTo?: string | null;
}

export interface ExpertFilter {
  agencies?: string[] | null;
  sectors?: string[] | null;
  languages?: string[] | null;
  /** Nationalities. */
  countries?: string[] | null;
  availableFrom?: string | null;
  availableTo?: string | null;
  text?: string | null;
  /** Projects the expert is deployed to. */
  deployedTo?: string[] | null;
}

export interface LessonFilter {
  agencies?: string[] | null;
  projectIds?: string[] | null;
  sectors?: string[] | null;
  countries?: string[] | null;
  text?: string | null;
}

const isId = (id: string) => typeof id === 'string' && id.length <= 64;
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
  checkList('filter.deployedTo', f.deployedTo, isId, 'project ids');
}

export function validateLessonFilter(f: LessonFilter | null | undefined): void {
  if (!f) return;
  checkList('filter.agencies', f.agencies, isAgency, 'agency codes');
  checkList('filter.projectIds', f.projectIds, isId, 'project ids');
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
