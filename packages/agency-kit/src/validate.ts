/**
 * Validation of what a mutation writes: codes against the IATI code lists, dates and their
 * order, sizes, and references. Each problem is an InputError naming the argument to fix.
 */

import type {
  ConversionInput,
  DeploymentInput,
  ExpertInput,
  InstitutionInput,
  LessonInput,
  MonitoringReportInput,
  ResultInput,
} from '@ssc/contract';
import {
  AGENCIES,
  checkDateOrder,
  codelists,
  DAC_CRITERIA,
  InputError,
  idShape,
  isAgency,
  isCountry,
  isIsoDate,
  isLanguage,
  isRecordId,
  isSector,
  ORGANISATION_ROLE,
  PARTICIPANT_ROLES,
  RELATED_ACTIVITY_TYPE,
  type RecordKind,
} from '@ssc/contract';
import type { ResultValue, TranslationValue } from './tables.ts';

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

export function text(arg: string, value: string | null | undefined, max: number, required = false): void {
  if (value == null) {
    if (required) throw new InputError(arg, `${arg} is required`);
    return;
  }
  if (required && !value.trim()) throw new InputError(arg, `${arg} must not be empty`);
  if (value.includes('\u0000')) throw new InputError(arg, `${arg} contains a NUL character (U+0000)`);
  if (value.length > max) throw new InputError(arg, `${arg} is ${value.length} characters long; at most ${max} are allowed`);
}

export function list<T>(arg: string, values: readonly T[] | null | undefined, max: number = LIMITS.list): void {
  if (values && values.length > max) throw new InputError(arg, `${arg} has ${values.length} entries; at most ${max} are allowed`);
}

export function code(arg: string, value: string | null | undefined, valid: (v: string) => boolean, what: string): void {
  if (value != null && !valid(value)) throw new InputError(arg, `${arg}: "${String(value).slice(0, 40)}" is not ${what}`);
}

export const country = (arg: string, v: string | null | undefined) => code(arg, v, isCountry, 'an ISO 3166-1 alpha-2 country code');
export const agencyCode = (arg: string, v: string | null | undefined) =>
  code(arg, v, isAgency, `an agency code (${AGENCIES.map((a) => a.code).join(', ')})`);

/** Dates that records hold: real calendar dates between 1900 and 2100. */
export function date(arg: string, value: string | null | undefined): void {
  if (value != null && !isIsoDate(value)) throw new InputError(arg, `${arg}: "${String(value).slice(0, 40)}" is not a date (YYYY-MM-DD)`);
  if (value != null && (value < '1900-01-01' || value > '2100-12-31')) {
    throw new InputError(arg, `${arg}: ${value} is outside 1900-01-01..2100-12-31`);
  }
}

export const dateOrder = checkDateOrder;

export interface ProjectValues {
  title: string;
  description?: string | null;
  /** The language of title and description (ISO 639-1; default "en"). */
  language?: string | null;
  /** Title and description in other languages. */
  narratives?: { field: string; lang: string; text: string }[] | null;
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
    /** The name in other languages than the project's own. */
    nameTranslations?: Translations;
    country?: string | null;
    institutionId?: string | null;
    agency?: string | null;
  }[];
  relatedProjects?: { type: string; id: string }[] | null;
  results?: ResultInput[] | null;
  reportingIntervalMonths?: number | null;
}

/** The GraphQL input, as graphql-codegen types it. */
export type { ResultInput };

/** A text's translations, as inputs give them and records hold them. */
export type Translations = readonly { lang: string; text: string }[] | null | undefined;

/** The stored form of a text's translations: trimmed, none an empty list. */
export const translationValues = (list: Translations): TranslationValue[] =>
  (list ?? []).map((t) => ({ lang: t.lang, text: t.text.trim() }));

/** The same inside a JSON value, where none is left out (so that records without any are stored as before). */
export const jsonTranslations = (list: Translations): TranslationValue[] | undefined =>
  list?.length ? translationValues(list) : undefined;

/** The stored form of a project's results. */
export function resultValues(results: ResultInput[] | null | undefined): ResultValue[] {
  return (results ?? []).map((r) => ({
    type: r.type,
    title: r.title.trim(),
    titleTranslations: jsonTranslations(r.titleTranslations),
    indicators: r.indicators.map((i) => ({
      ref: i.ref.trim(),
      title: i.title.trim(),
      titleTranslations: jsonTranslations(i.titleTranslations),
      measure: i.measure,
      ascending: i.ascending ?? true,
      baselineYear: i.baselineYear ?? null,
      baselineValue: i.baselineValue ?? null,
      targetValue: i.targetValue ?? null,
    })),
  }));
}

function finite(arg: string, v: number | null | undefined): void {
  if (v != null && (!Number.isFinite(v) || Math.abs(v) > 1e15)) throw new InputError(arg, `${arg} must be a finite number`);
}

function year(arg: string, v: number | null | undefined): void {
  if (v != null && (!Number.isInteger(v) || v < 1900 || v > 2100)) throw new InputError(arg, `${arg} must be a year between 1900 and 2100`);
}

function validateResults(results: ResultInput[] | null | undefined, language: string | null | undefined): void {
  list('results', results, 20);
  const refs = new Set<string>();
  (results ?? []).forEach((r, i) => {
    const arg = `results[${i}]`;
    code(
      `${arg}.type`,
      r.type,
      (c) => codelists.resultType.has(c),
      'an IATI result type code ("1" output, "2" outcome, "3" impact, "9" other)',
    );
    text(`${arg}.title`, r.title, LIMITS.title, true);
    translations(`${arg}.titleTranslations`, r.titleTranslations, language, LIMITS.title);
    list(`${arg}.indicators`, r.indicators, 20);
    r.indicators.forEach((x, j) => {
      const ia = `${arg}.indicators[${j}]`;
      text(`${ia}.ref`, x.ref, 50, true);
      code(`${ia}.ref`, x.ref, (v) => /^[\w.-]+$/.test(v.trim()), 'a reference of letters, digits, ".", "_" or "-"');
      if (refs.has(x.ref.trim()))
        throw new InputError(`${ia}.ref`, `${ia}.ref: "${x.ref}" names another indicator of this project; refs must be unique`);
      refs.add(x.ref.trim());
      text(`${ia}.title`, x.title, LIMITS.title, true);
      translations(`${ia}.titleTranslations`, x.titleTranslations, language, LIMITS.title);
      code(`${ia}.measure`, x.measure, (c) => codelists.indicatorMeasure.has(c), 'an IATI indicator measure code (1-5)');
      year(`${ia}.baselineYear`, x.baselineYear);
      finite(`${ia}.baselineValue`, x.baselineValue);
      finite(`${ia}.targetValue`, x.targetValue);
    });
  });
}

const isIatiLanguage = (l: string) => codelists.language.has(l);
const IATI_LANGUAGE = 'an ISO 639-1 language code of the IATI Language code list';

/** A record's language and its texts in other languages: IATI language codes, one text per field and language. */
export function narratives(language: string | null | undefined, list: ProjectValues['narratives']): void {
  code('language', language, isIatiLanguage, IATI_LANGUAGE);
  if (list != null && list.length > 2 * LIMITS.list)
    throw new InputError('narratives', `narratives holds ${list.length} texts; at most ${2 * LIMITS.list}`);
  const seen = new Set<string>();
  (list ?? []).forEach((n, i) => {
    const arg = `narratives[${i}]`;
    code(`${arg}.field`, n.field, (f) => f === 'TITLE' || f === 'DESCRIPTION', 'TITLE or DESCRIPTION');
    code(`${arg}.lang`, n.lang, isIatiLanguage, IATI_LANGUAGE);
    if (n.lang === (language ?? 'en')) {
      throw new InputError(
        `${arg}.lang`,
        `${arg}.lang: "${n.lang}" is the record's own language; its ${n.field === 'TITLE' ? 'title' : 'description'} is that text`,
      );
    }
    text(`${arg}.text`, n.text, n.field === 'TITLE' ? LIMITS.title : LIMITS.text, true);
    const key = `${n.field}|${n.lang}`;
    if (seen.has(key)) throw new InputError(`${arg}`, `${arg}: a second ${n.field} in "${n.lang}"`);
    seen.add(key);
  });
}

/**
 * One text's translations (a participant's name, a result's or indicator's title, a progress
 * comment): IATI language codes other than the project's own `language`, one text a language,
 * each non-empty and at most `max` characters.
 */
export function translations(arg: string, values: Translations, language: string | null | undefined, max: number): void {
  list(arg, values);
  const seen = new Set<string>();
  (values ?? []).forEach((t, i) => {
    const at = `${arg}[${i}]`;
    code(`${at}.lang`, t.lang, isIatiLanguage, IATI_LANGUAGE);
    if (t.lang === (language ?? 'en'))
      throw new InputError(`${at}.lang`, `${at}.lang: "${t.lang}" is the project's own language; the text itself is in it`);
    if (seen.has(t.lang)) throw new InputError(`${at}.lang`, `${at}.lang: a second text in "${t.lang}"`);
    seen.add(t.lang);
    text(`${at}.text`, t.text, max, true);
  });
}

/**
 * A monitoring report's comment on an indicator and its translations, however the report comes
 * (filed, imported from an IATI period's actual, seeded): `arg` names the progress entry.
 */
export function progressComment(
  arg: string,
  comment: string | null | undefined,
  list: Translations,
  language: string | null | undefined,
): void {
  text(`${arg}.comment`, comment, LIMITS.comment);
  const at = `${arg}.commentTranslations`;
  if (list?.length && comment == null) throw new InputError(at, `${at}: translations of no comment; give the comment`);
  translations(at, list, language, LIMITS.comment);
}

/** Checks a whole project (after a patch is applied to the stored one). `self` is its own id, if it has one. */
export function validateProject(p: ProjectValues, self?: string): void {
  text('title', p.title, LIMITS.title, true);
  text('description', p.description, LIMITS.text);
  narratives(p.language, p.narratives);
  code('collaborationType', p.collaborationType, (c) => codelists.collaborationType.has(c), 'an IATI collaboration type code');
  for (const d of ['plannedStartDate', 'plannedEndDate', 'actualStartDate', 'actualEndDate'] as const) date(d, p[d]);
  dateOrder('plannedStartDate', p.plannedStartDate, 'plannedEndDate', p.plannedEndDate);
  dateOrder('actualStartDate', p.actualStartDate, 'actualEndDate', p.actualEndDate);
  countries('recipientCountries', p.recipientCountries);
  sectors('sectors', p.sectors);
  sdgs('sdgs', p.sdgs);
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
    translations(`${arg}.nameTranslations`, x.nameTranslations, p.language, LIMITS.name);
    country(`${arg}.country`, x.country);
    agencyCode(`${arg}.agency`, x.agency);
    recordId(`${arg}.institutionId`, x.institutionId, 'Institution', 'an institution id of an agency of the federation');
  });
  list('relatedProjects', p.relatedProjects);
  (p.relatedProjects ?? []).forEach((r, i) => {
    code(`relatedProjects[${i}].type`, r.type, (t) => t in RELATED_ACTIVITY_TYPE, 'a related-activity type');
    recordId(`relatedProjects[${i}].id`, r.id, 'Project', "another project's id", (id) => id !== self);
  });
  const ids = (p.relatedProjects ?? []).map((r) => r.id);
  if (new Set(ids).size !== ids.length) throw new InputError('relatedProjects', 'relatedProjects names a project twice');
  validateResults(p.results, p.language);
  const interval = p.reportingIntervalMonths;
  if (interval != null && (!Number.isInteger(interval) || interval < 1 || interval > 24)) {
    throw new InputError('reportingIntervalMonths', 'reportingIntervalMonths must be a whole number of months between 1 and 24');
  }
}

/** The GraphQL `InstitutionInput`, as graphql-codegen types it. */
export type InstitutionValues = InstitutionInput;

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
  recordId('projectId', e.projectId, 'Project', 'a project id of an agency of the federation');
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

// ---------------------------------------------------------------- the cooperation cycle

export const isEmail = (v: string) => /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/.test(v);

export function contact(arg: string, c: { name?: string | null; email?: string | null; phone?: string | null } | null | undefined): void {
  if (!c) return;
  text(`${arg}.name`, c.name, LIMITS.name);
  text(`${arg}.email`, c.email, 320);
  code(`${arg}.email`, c.email, isEmail, 'an e-mail address');
  text(`${arg}.phone`, c.phone, 40);
  code(`${arg}.phone`, c.phone, (v) => /^\+?[0-9 ()./-]{4,40}$/.test(v), 'a phone number (digits, spaces, "+", "-", "(", ")")');
}

export const sectors = (arg: string, values: readonly string[] | null | undefined): void => {
  list(arg, values);
  (values ?? []).forEach((s, i) => {
    code(`${arg}[${i}]`, s, isSector, 'a DAC 5-digit sector code');
  });
};

const countries = (arg: string, values: readonly string[] | null | undefined): void => {
  list(arg, values);
  (values ?? []).forEach((c, i) => {
    country(`${arg}[${i}]`, c);
  });
};

const sdgs = (arg: string, values: readonly number[] | null | undefined): void => {
  list(arg, values);
  (values ?? []).forEach((g, i) => {
    code(`${arg}[${i}]`, String(g), (x) => codelists.sdgGoal.has(x), 'an SDG goal (1-17)');
  });
};

/**
 * A reference to a record of `kind` (any agency's): it must have the federation's id shape, so a
 * 3,000-character or garbled id is refused before it reaches an index. `also` adds a condition.
 */
export function recordId(
  arg: string,
  id: string | null | undefined,
  kind: RecordKind,
  what: string,
  also: (id: string) => boolean = () => true,
): void {
  if (id == null) return;
  if (!isRecordId(id, kind)) {
    const shown = typeof id === 'string' && id.length > 40 ? `${id.slice(0, 40)}…` : String(id);
    throw new InputError(arg, `${arg}: "${shown}" is not ${what}; expected ${idShape(kind)}`);
  }
  if (!also(id)) throw new InputError(arg, `${arg}: "${id}" is not ${what}`);
}

export interface ProfileValues {
  mandate?: string | null;
  legalInstruments: { kind: string; number?: string | null; year: number; title: string; scope?: string | null }[];
  coordinationMechanisms: { name: string; role: string; members: { name: string; country?: string | null }[] }[];
  focalPoints: { position: string; name?: string | null; area?: string | null; email?: string | null }[];
}

export function validateProfile(p: ProfileValues): void {
  text('mandate', p.mandate, LIMITS.text);
  list('legalInstruments', p.legalInstruments);
  p.legalInstruments.forEach((l, i) => {
    const arg = `legalInstruments[${i}]`;
    text(`${arg}.number`, l.number, 100);
    year(`${arg}.year`, l.year);
    text(`${arg}.title`, l.title, LIMITS.title, true);
    text(`${arg}.scope`, l.scope, LIMITS.comment);
  });
  list('coordinationMechanisms', p.coordinationMechanisms);
  p.coordinationMechanisms.forEach((m, i) => {
    const arg = `coordinationMechanisms[${i}]`;
    text(`${arg}.name`, m.name, LIMITS.name, true);
    text(`${arg}.role`, m.role, LIMITS.comment, true);
    list(`${arg}.members`, m.members, 100);
    m.members.forEach((x, j) => {
      text(`${arg}.members[${j}].name`, x.name, LIMITS.name, true);
      country(`${arg}.members[${j}].country`, x.country);
    });
  });
  list('focalPoints', p.focalPoints);
  p.focalPoints.forEach((f, i) => {
    const arg = `focalPoints[${i}]`;
    text(`${arg}.position`, f.position, LIMITS.name, true);
    text(`${arg}.name`, f.name, LIMITS.name);
    text(`${arg}.area`, f.area, LIMITS.name);
    text(`${arg}.email`, f.email, 320);
    code(`${arg}.email`, f.email, isEmail, 'an e-mail address');
  });
}

export interface RequestValues {
  title: string;
  description?: string | null;
  sectors: string[];
  sdgs?: number[] | null;
  requester: { name: string; country: string };
  desiredModality?: string | null;
  contact?: { name?: string | null; email?: string | null; phone?: string | null } | null;
}

export function validateRequest(r: RequestValues): void {
  text('title', r.title, LIMITS.title, true);
  text('description', r.description, LIMITS.text);
  if (!r.sectors.length) throw new InputError('sectors', 'sectors must name at least one DAC 5-digit sector code');
  sectors('sectors', r.sectors);
  sdgs('sdgs', r.sdgs);
  text('requester.name', r.requester.name, LIMITS.name, true);
  country('requester.country', r.requester.country);
  contact('contact', r.contact);
}

/** The GraphQL `ConversionInput`, as graphql-codegen types it. */
export type ConversionValues = ConversionInput;

export function validateConversion(c: ConversionValues): void {
  text('input.title', c.title, LIMITS.title);
  if (c.title != null && !c.title.trim())
    throw new InputError('input.title', 'input.title must not be empty (leave it out to keep the request title)');
  text('input.description', c.description, LIMITS.text);
  date('input.plannedStartDate', c.plannedStartDate);
  date('input.plannedEndDate', c.plannedEndDate);
  dateOrder('input.plannedStartDate', c.plannedStartDate, 'input.plannedEndDate', c.plannedEndDate);
  recordId(
    'input.implementingInstitutionId',
    c.implementingInstitutionId,
    'Institution',
    'an institution id of an agency of the federation',
  );
}

/** The GraphQL `MonitoringReportInput`, as graphql-codegen types it. */
export type ReportValues = MonitoringReportInput;

export function validateReport(r: ReportValues): void {
  recordId('input.projectId', r.projectId, 'Project', 'a project id');
  date('input.periodStart', r.periodStart);
  date('input.periodEnd', r.periodEnd);
  dateOrder('input.periodStart', r.periodStart, 'input.periodEnd', r.periodEnd);
  for (const f of ['summary', 'issues', 'nextSteps'] as const) text(`input.${f}`, r[f], LIMITS.text);
  list('input.progress', r.progress, 100);
  r.progress.forEach((x, i) => {
    text(`input.progress[${i}].indicatorRef`, x.indicatorRef, 50, true);
    finite(`input.progress[${i}].actualValue`, x.actualValue);
    text(`input.progress[${i}].comment`, x.comment, LIMITS.comment);
  });
  const refs = r.progress.map((x) => x.indicatorRef);
  if (new Set(refs).size !== refs.length) throw new InputError('input.progress', 'input.progress reports an indicator twice');
}

/** The GraphQL `ExpertInput`, as graphql-codegen types it. */
export type ExpertValues = ExpertInput;

export function validateExpert(x: ExpertValues): void {
  text('name', x.name, LIMITS.name, true);
  country('nationality', x.nationality);
  sectors('sectors', x.sectors);
  if (!x.languages.length) throw new InputError('languages', 'languages must name at least one ISO 639-1 code, e.g. "pt"');
  list('languages', x.languages, 20);
  x.languages.forEach((l, i) => {
    code(`languages[${i}]`, l, isLanguage, 'an ISO 639-1 language code (two lower-case letters, e.g. "pt")');
  });
  text('expertiseSummary', x.expertiseSummary, LIMITS.text);
  list('availability', x.availability);
  (x.availability ?? []).forEach((w, i) => {
    date(`availability[${i}].from`, w.from);
    date(`availability[${i}].to`, w.to);
    dateOrder(`availability[${i}].from`, w.from, `availability[${i}].to`, w.to);
  });
  contact('contact', x.contact);
}

/** The GraphQL `DeploymentInput`, as graphql-codegen types it. */
export type DeploymentValues = DeploymentInput;

export function validateDeployment(d: DeploymentValues): void {
  recordId('input.projectId', d.projectId, 'Project', 'a project id of an agency of the federation');
  text('input.role', d.role, LIMITS.name, true);
  date('input.startDate', d.startDate);
  date('input.endDate', d.endDate);
  dateOrder('input.startDate', d.startDate, 'input.endDate', d.endDate);
}

/** The GraphQL `LessonInput`, as graphql-codegen types it. */
export type LessonValues = LessonInput;

export function validateLesson(l: LessonValues): void {
  text('title', l.title, LIMITS.title, true);
  text('summary', l.summary, LIMITS.text, true);
  recordId('projectId', l.projectId, 'Project', 'a project id of an agency of the federation');
  recordId('evaluationId', l.evaluationId, 'Evaluation', 'an evaluation id of an agency of the federation');
  sectors('sectors', l.sectors);
  countries('countries', l.countries);
}

/** A patch may leave a required field out (to keep it), but not set it to null. */
export function notNull(patch: Record<string, unknown>, required: readonly string[]): void {
  for (const f of required) {
    if (patch[f] === null) throw new InputError(f, `${f} may not be null: leave it out to keep the current value`);
  }
}
