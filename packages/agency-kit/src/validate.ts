/**
 * Validation of what a mutation writes: codes against the IATI code lists, dates and their
 * order, sizes, and references. Each problem is an InputError naming the argument to fix.
 */
import {
  AGENCIES,
  codelists,
  DAC_CRITERIA,
  InputError,
  isIsoDate,
  ORGANISATION_ROLE,
  PARTICIPANT_ROLES,
  parseId,
  RELATED_ACTIVITY_TYPE,
} from '@ssc/contract';

export const LIMITS = {
  name: 300,
  title: 500,
  text: 20_000,
  comment: 2_000,
  list: 50,
  url: 2_000,
  idempotencyKey: 200,
  budget: 1e13,
} as const;

const agencyCodes: ReadonlySet<string> = new Set(AGENCIES.map((a) => a.code));

export function text(arg: string, value: string | null | undefined, max: number, required = false): void {
  if (value == null) {
    if (required) throw new InputError(arg, `${arg} is required`);
    return;
  }
  if (required && !value.trim()) throw new InputError(arg, `${arg} must not be empty`);
  if (value.length > max) throw new InputError(arg, `${arg} is ${value.length} characters long; at most ${max} are allowed`);
}

export function list<T>(arg: string, values: readonly T[] | null | undefined, max: number = LIMITS.list): void {
  if (values && values.length > max) throw new InputError(arg, `${arg} has ${values.length} entries; at most ${max} are allowed`);
}

export function code(arg: string, value: string | null | undefined, valid: (v: string) => boolean, what: string): void {
  if (value != null && !valid(value)) throw new InputError(arg, `${arg}: "${String(value).slice(0, 40)}" is not ${what}`);
}

export const country = (arg: string, v: string | null | undefined) =>
  code(arg, v, (c) => codelists.country.has(c), 'an ISO 3166-1 alpha-2 country code');
export const agencyCode = (arg: string, v: string | null | undefined) =>
  code(arg, v, (c) => agencyCodes.has(c), `an agency code (${[...agencyCodes].join(', ')})`);

export function date(arg: string, value: string | null | undefined): void {
  if (value != null && !isIsoDate(value)) throw new InputError(arg, `${arg}: "${String(value).slice(0, 40)}" is not a date (YYYY-MM-DD)`);
}

export function dateOrder(fromArg: string, from: string | null | undefined, toArg: string, to: string | null | undefined): void {
  if (from && to && to < from) throw new InputError(toArg, `${toArg} (${to}) is before ${fromArg} (${from})`);
}

export interface ProjectValues {
  title: string;
  description?: string | null;
  status: string;
  modality: string;
  collaborationType?: string | null;
  plannedStartDate?: string | null;
  plannedEndDate?: string | null;
  actualStartDate?: string | null;
  actualEndDate?: string | null;
  recipientCountries: string[];
  sectors: string[];
  sdgs: number[];
  budget?: { amount: number; currency: string } | null;
  participants: {
    role: string;
    organisationRole: string;
    name: string;
    country?: string | null;
    institutionId?: string | null;
    agency?: string | null;
  }[];
  relatedProjects?: { type: string; id: string }[] | null;
}

/** Checks a whole project (after a patch is applied to the stored one). `self` is its own id, if it has one. */
export function validateProject(p: ProjectValues, self?: string): void {
  text('title', p.title, LIMITS.title, true);
  text('description', p.description, LIMITS.text);
  code('collaborationType', p.collaborationType, (c) => codelists.collaborationType.has(c), 'an IATI collaboration type code');
  for (const d of ['plannedStartDate', 'plannedEndDate', 'actualStartDate', 'actualEndDate'] as const) date(d, p[d]);
  dateOrder('plannedStartDate', p.plannedStartDate, 'plannedEndDate', p.plannedEndDate);
  dateOrder('actualStartDate', p.actualStartDate, 'actualEndDate', p.actualEndDate);
  list('recipientCountries', p.recipientCountries);
  p.recipientCountries.forEach((c, i) => {
    country(`recipientCountries[${i}]`, c);
  });
  list('sectors', p.sectors);
  p.sectors.forEach((s, i) => {
    code(`sectors[${i}]`, s, (x) => /^\d{5}$/.test(x) && codelists.sector.has(x), 'a DAC 5-digit sector code');
  });
  list('sdgs', p.sdgs);
  p.sdgs.forEach((g, i) => {
    code(`sdgs[${i}]`, String(g), (x) => codelists.sdgGoal.has(x), 'an SDG goal (1-17)');
  });
  if (p.budget) {
    if (!Number.isFinite(p.budget.amount) || p.budget.amount < 0 || p.budget.amount > LIMITS.budget) {
      throw new InputError('budget.amount', `budget.amount must be between 0 and ${LIMITS.budget}`);
    }
    code('budget.currency', p.budget.currency, (c) => codelists.currency.has(c), 'an ISO 4217 currency code');
  }
  list('participants', p.participants);
  p.participants.forEach((x, i) => {
    const arg = `participants[${i}]`;
    code(`${arg}.role`, x.role, (r) => (PARTICIPANT_ROLES as readonly string[]).includes(r), 'a participant role');
    code(`${arg}.organisationRole`, x.organisationRole, (r) => r in ORGANISATION_ROLE, 'an IATI organisation role');
    text(`${arg}.name`, x.name, LIMITS.name, true);
    country(`${arg}.country`, x.country);
    agencyCode(`${arg}.agency`, x.agency);
    code(`${arg}.institutionId`, x.institutionId, (id) => parseId(id)?.kind === 'Institution', 'an institution id');
  });
  list('relatedProjects', p.relatedProjects);
  (p.relatedProjects ?? []).forEach((r, i) => {
    code(`relatedProjects[${i}].type`, r.type, (t) => t in RELATED_ACTIVITY_TYPE, 'a related-activity type');
    code(`relatedProjects[${i}].id`, r.id, (id) => parseId(id)?.kind === 'Project' && id !== self, "another project's id");
  });
  const ids = (p.relatedProjects ?? []).map((r) => r.id);
  if (new Set(ids).size !== ids.length) throw new InputError('relatedProjects', 'relatedProjects names a project twice');
}

export interface InstitutionValues {
  name: string;
  acronym?: string | null;
  country?: string | null;
  organisationType: string;
  iatiIdentifier?: string | null;
}

export function validateInstitution(i: InstitutionValues): void {
  text('name', i.name, LIMITS.name, true);
  text('acronym', i.acronym, 40);
  country('country', i.country);
  code('organisationType', i.organisationType, (t) => codelists.organisationType.has(t), 'an IATI organisation type code');
  code('iatiIdentifier', i.iatiIdentifier, (id) => /^[A-Za-z0-9][A-Za-z0-9_.-]{2,99}$/.test(id), 'an IATI organisation identifier');
}

export interface EvaluationValues {
  projectId: string;
  type: string;
  date: string;
  evaluators: string[];
  ratings: { criterion: string; score: number; narrative?: string | null }[];
  findings?: string | null;
  lessons?: string | null;
  recommendations?: string | null;
  reportUrl?: string | null;
}

export function validateEvaluation(e: EvaluationValues): void {
  code('projectId', e.projectId, (id) => parseId(id)?.kind === 'Project', 'a project id of an agency of the federation');
  date('date', e.date);
  if (!e.evaluators.length) throw new InputError('evaluators', 'evaluators must name at least one agency');
  list('evaluators', e.evaluators, AGENCIES.length);
  e.evaluators.forEach((a, i) => {
    agencyCode(`evaluators[${i}]`, a);
  });
  if (new Set(e.evaluators).size !== e.evaluators.length) throw new InputError('evaluators', 'evaluators names an agency twice');
  list('ratings', e.ratings, DAC_CRITERIA.length);
  e.ratings.forEach((r, i) => {
    if (!Number.isInteger(r.score) || r.score < 1 || r.score > 3)
      throw new InputError(`ratings[${i}].score`, `ratings[${i}].score must be 1, 2 or 3`);
    text(`ratings[${i}].narrative`, r.narrative, LIMITS.comment);
  });
  if (new Set(e.ratings.map((r) => r.criterion)).size !== e.ratings.length)
    throw new InputError('ratings', 'ratings rates a criterion twice');
  for (const f of ['findings', 'lessons', 'recommendations'] as const) text(f, e[f], LIMITS.text);
  text('reportUrl', e.reportUrl, LIMITS.url);
  code('reportUrl', e.reportUrl, (u) => /^https?:\/\/\S+$/.test(u), 'an http(s) URL');
}
