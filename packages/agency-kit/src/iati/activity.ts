/**
 * One project as an IATI 2.03 `iati-activity`, its elements in the order the schema's sequence
 * demands. Everything public the agency holds of the project maps to IATI; drafts (evaluations
 * not signed off by every party) and contacts never appear.
 */
import { AGENCIES, type AgencyEntry } from '@ssc/contract';
import type { EvaluationRow } from '../records/evaluations/repository.ts';
import type { ReportRow } from '../records/monitoring/repository.ts';
import type { ProjectRow } from '../records/projects/repository.ts';
import type { ResultValue, TranslationValue } from '../tables.ts';
import { el, narrative, text } from './xml.ts';

/** What an activity needs beyond the project's own row, read once for a page of projects. */
export interface ActivityContext {
  readonly agency: AgencyEntry;
  /** Institutions named as participants: their IATI identifier and organisation type. */
  readonly institutions: ReadonlyMap<string, { iatiIdentifier: string | null; organisationType: string }>;
  /** IATI identifiers of related projects, by project id (those not found are left out). */
  readonly relatedIati: ReadonlyMap<string, string>;
  readonly evaluations: ReadonlyMap<string, readonly EvaluationRow[]>;
  readonly reports: ReadonlyMap<string, readonly ReportRow[]>;
}

// The federation's own attributes (IATI_SSC_NAMESPACE, declared on the file's root) carry what
// IATI has no element for, so that an exported file imports back whole: `ssc:modality` and
// `ssc:reporting-interval-months` on the activity, `ssc:role` and `ssc:country` on a participating
// organisation, `ssc:ref` on an indicator, `ssc:side` and `ssc:agency` on a period.

/** The children of `iati-activity`, in the order of the IATI 2.03 schema's sequence. */
export const ACTIVITY_SEQUENCE = [
  'iati-identifier',
  'reporting-org',
  'title',
  'description',
  'participating-org',
  'other-identifier',
  'activity-status',
  'activity-date',
  'contact-info',
  'activity-scope',
  'recipient-country',
  'recipient-region',
  'location',
  'sector',
  'tag',
  'country-budget-items',
  'humanitarian-scope',
  'policy-marker',
  'collaboration-type',
  'default-flow-type',
  'default-finance-type',
  'default-aid-type',
  'default-tied-status',
  'budget',
  'planned-disbursement',
  'capital-spend',
  'transaction',
  'document-link',
  'related-activity',
  'legacy-data',
  'conditions',
  'result',
  'crs-add',
  'fss',
] as const;
const RANK = new Map<string, number>(ACTIVITY_SEQUENCE.map((name, i) => [name, i]));
/** An element's place in the activity: its rank in the sequence (elements of other namespaces last). */
export const sequenceRank = (element: string): number => RANK.get(element) ?? ACTIVITY_SEQUENCE.length;

/** Equal shares of 100 with two decimals, the last taking the rounding so that they sum to 100. */
export function shares(n: number): string[] {
  if (n <= 0) return [];
  const each = Math.floor(10_000 / n) / 100;
  const last = Math.round((100 - each * (n - 1)) * 100) / 100;
  return [...Array.from({ length: n - 1 }, () => String(each)), String(last)];
}

/**
 * The percentages of the codes: those an imported file gave, where they still cover every code
 * the project holds (its countries or sectors may have changed since), else equal shares.
 */
export function percentagesOf(codes: readonly string[], given: Readonly<Record<string, string>> | undefined): string[] {
  const kept = codes.map((code) => given?.[code]);
  return kept.every((p): p is string => p !== undefined) ? kept : shares(codes.length);
}

const DATE_TYPES = [
  ['planned_start', '1'],
  ['actual_start', '2'],
  ['planned_end', '3'],
  ['actual_end', '4'],
] as const;

/** DocumentCategory A07: "Review of project performance and evaluation". */
const EVALUATION_CATEGORY = 'A07';

/** The activity's dates; IATI needs at least one, so a project without any has none to publish. */
export function activityDates(p: ProjectRow): string[] {
  return DATE_TYPES.flatMap(([column, type]) => (p[column] ? [el('activity-date', { 'iso-date': p[column], type })] : []));
}

/** A text in the project's language (the activity's) and in every other it has, each a narrative in its language. */
const narratives = (text: string, translations: readonly TranslationValue[] = []) => [
  narrative(text),
  ...translations.map((t) => narrative(t.text, t.lang)),
];

function participatingOrgs(p: ProjectRow, c: ActivityContext): string[] {
  return p.participants.map((pp) => {
    const agency = pp.agency_code ? AGENCIES.find((a) => a.code === pp.agency_code) : undefined;
    const institution = pp.institution_id ? c.institutions.get(pp.institution_id) : undefined;
    return el(
      'participating-org',
      {
        ref: agency?.iatiOrgId ?? institution?.iatiIdentifier ?? undefined,
        role: pp.organisation_role,
        type: agency?.iatiOrgType ?? institution?.organisationType,
        'ssc:role': pp.role,
        'ssc:country': pp.country_code ?? undefined,
      },
      narratives(pp.name, pp.name_translations),
    );
  });
}

function budget(p: ProjectRow): string | null {
  if (p.budget_amount === null || !p.budget_currency || !p.start_date || !p.end_date) return null;
  return el(
    'budget',
    { type: '1', status: '1' },
    el('period-start', { 'iso-date': p.start_date }),
    el('period-end', { 'iso-date': p.end_date }),
    el('value', { currency: p.budget_currency, 'value-date': p.start_date }, text(String(p.budget_amount))),
  );
}

/** A final evaluation, as a document link to its report (when it has one) titled by its type, date and evaluators. */
function evaluationLink(e: EvaluationRow): string | null {
  if (!e.report_url) return null;
  const ratings = e.ratings.map((r) => `${r.criterion.toLowerCase()} ${r.score}/4`).join(', ');
  return el(
    'document-link',
    { format: 'text/html', url: e.report_url },
    el('title', {}, narrative(`${e.type} evaluation by ${e.evaluators.join(' and ')}, ${e.date}`)),
    e.findings || ratings
      ? el('description', {}, narrative([e.findings, ratings && `Ratings: ${ratings}.`].filter(Boolean).join(' ')))
      : null,
    el('category', { code: EVALUATION_CATEGORY }),
    el('document-date', { 'iso-date': e.date }),
  );
}

/**
 * The results with their indicators; each monitoring report that measured an indicator is one
 * period of it, its measured value the actual (both sides' reports appear, each a period).
 */
function results(results: readonly ResultValue[], reports: readonly ReportRow[]): string[] {
  const periods = [...reports].sort((a, b) => a.period_start.localeCompare(b.period_start) || a.id.localeCompare(b.id));
  return results.map((r) =>
    el(
      'result',
      { type: r.type },
      el('title', {}, narratives(r.title, r.titleTranslations)),
      r.indicators.map((i) =>
        el(
          'indicator',
          { measure: i.measure, ascending: i.ascending, 'ssc:ref': i.ref },
          el('title', {}, narratives(i.title, i.titleTranslations)),
          i.baselineYear !== null ? el('baseline', { year: i.baselineYear, value: i.baselineValue ?? undefined }) : null,
          periods.flatMap((m) => {
            const progress = m.progress.find((g) => g.indicatorRef === i.ref);
            if (!progress) return [];
            const target = progress.targetValue ?? i.targetValue;
            return [
              el(
                'period',
                // which side filed the report the period comes from (the federation's extension)
                { 'ssc:side': m.side, 'ssc:agency': m.agency },
                el('period-start', { 'iso-date': m.period_start }),
                el('period-end', { 'iso-date': m.period_end }),
                target !== null ? el('target', { value: target }) : null,
                el(
                  'actual',
                  { value: progress.actualValue },
                  progress.comment ? el('comment', {}, narratives(progress.comment, progress.commentTranslations)) : null,
                ),
              ),
            ];
          }),
        ),
      ),
    ),
  );
}

/** A project's translations of its title or description. */
const translations = (p: ProjectRow, field: 'TITLE' | 'DESCRIPTION') => p.narratives.filter((n) => n.field === field);

/** The `iati-activity` of a project, or null when it has no date (IATI requires one). */
export function activityXml(p: ProjectRow, c: ActivityContext): string | null {
  const dates = activityDates(p);
  if (!dates.length) return null;
  const countries = percentagesOf(p.recipient_countries, p.iati_percentages.country);
  const sectors = percentagesOf(p.sectors, p.iati_percentages.sector);
  const own: [string, string | null | (string | null)[]][] = [
    ['iati-identifier', el('iati-identifier', {}, text(p.iati_identifier))],
    ['reporting-org', el('reporting-org', { ref: c.agency.iatiOrgId, type: c.agency.iatiOrgType }, narrative(c.agency.name))],
    ['title', el('title', {}, narratives(p.title, translations(p, 'TITLE')))],
    // IATI requires a description: a project recorded without one is described by its title
    [
      'description',
      el(
        'description',
        { type: '1' },
        narratives(p.description ?? p.title, translations(p, p.description === null ? 'TITLE' : 'DESCRIPTION')),
      ),
    ],
    ['participating-org', participatingOrgs(p, c)],
    ['activity-status', el('activity-status', { code: p.status })],
    ['activity-date', dates],
    ['recipient-country', p.recipient_countries.map((code, i) => el('recipient-country', { code, percentage: countries[i] }))],
    ['sector', p.sectors.map((code, i) => el('sector', { vocabulary: '1', code, percentage: sectors[i] }))],
    // TagVocabulary 2: UN Sustainable Development Goals
    ['tag', p.sdgs.map((goal) => el('tag', { vocabulary: '2', code: goal }))],
    ['collaboration-type', p.collaboration_type ? el('collaboration-type', { code: p.collaboration_type }) : null],
    ['budget', budget(p)],
    ['document-link', (c.evaluations.get(p.id) ?? []).map(evaluationLink)],
    [
      'related-activity',
      p.relations.flatMap((r) => {
        const ref = c.relatedIati.get(r.related_id);
        return ref ? [el('related-activity', { ref, type: r.type })] : [];
      }),
    ],
    ['result', results(p.results, c.reports.get(p.id) ?? [])],
  ];
  // what an import kept goes back in its place: after the graph's own elements of the same name
  const parts = [
    ...own.flatMap(([element, xml], i) => [xml].flat().flatMap((x) => (x ? [{ rank: sequenceRank(element), i, xml: x }] : []))),
    ...p.iati_extra.map((x, i) => ({ rank: sequenceRank(x.element), i: own.length + i, xml: x.xml })),
  ].sort((a, b) => a.rank - b.rank || a.i - b.i);
  return el(
    'iati-activity',
    {
      'last-updated-datetime': p.updated_at.toISOString(),
      'xml:lang': p.language,
      'default-currency': p.budget_currency ?? undefined,
      'ssc:modality': p.modality,
      'ssc:reporting-interval-months': p.reporting_interval_months,
    },
    parts.map((x) => x.xml),
  );
}
