/** Database rows to the GraphQL shapes of the shared contract. */
import {
  ACTIVITY_STATUS,
  type AgencyEntry,
  codelists,
  codeName,
  type DacCriterion,
  ORGANISATION_ROLE,
  overallRating,
  RELATED_ACTIVITY_TYPE,
} from '@ssc/contract';
import type { EvaluationRow } from './records/evaluations/repository.ts';
import type { InstitutionRow } from './records/institutions/repository.ts';
import type { ProjectRow } from './records/projects/repository.ts';
import type { ResultValue } from './tables.ts';

export const iatiCode = (list: keyof typeof codelists, code: string | null) =>
  code ? { code, name: codelists[list].name(code) ?? code } : null;

const ref = <K extends string>(key: K, value: unknown) => ({ [key]: value }) as Record<K, unknown>;

export type ExtraResolvers = Record<string, (row: ProjectRow) => unknown>;

export function projectToGraph(agency: AgencyEntry, row: ProjectRow, extra: ExtraResolvers = {}) {
  const graph: Record<string, unknown> = {
    id: row.id,
    iatiIdentifier: row.iati_identifier,
    title: row.title,
    description: row.description,
    language: row.language,
    narratives: row.narratives,
    status: codeName(ACTIVITY_STATUS, row.status),
    modality: row.modality,
    collaborationType: iatiCode('collaborationType', row.collaboration_type),
    agency: { code: agency.code },
    startDate: row.start_date,
    endDate: row.end_date,
    plannedStartDate: row.planned_start,
    plannedEndDate: row.planned_end,
    actualStartDate: row.actual_start,
    actualEndDate: row.actual_end,
    recipientCountries: row.recipient_countries.map((c) => ref('code', c)),
    sectors: row.sectors.map((c) => ref('code', c)),
    sdgs: row.sdgs.map((g) => ref('goal', g)),
    budget: row.budget_amount == null ? null : { amount: row.budget_amount, currency: row.budget_currency },
    participants: row.participants.map((p) => ({
      role: p.role,
      organisationRole: codeName(ORGANISATION_ROLE, p.organisation_role),
      name: p.name,
      nameTranslations: p.name_translations,
      country: p.country_code ? { code: p.country_code } : null,
      agency: p.agency_code ? { code: p.agency_code } : null,
      institutionId: p.institution_id,
    })),
    relatedRefs: row.relations.map((r) => ({ type: codeName(RELATED_ACTIVITY_TYPE, r.type), id: r.related_id })),
    confirmations: row.confirmations.map((c) => ({ agency: { code: c.agency }, user: c.user_id, at: c.at, comment: c.comment })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    results: resultsToGraph(row.results),
    monitoring: {
      reportingIntervalMonths: row.reporting_interval_months,
      reportCount: Number(row.report_count ?? 0),
      lastPeriodEnd: row.last_report_end,
      nextReportDue: row.next_report_due,
      overdue: row.monitoring_overdue,
    },
    requestId: row.request_id,
  };
  for (const [field, resolve] of Object.entries(extra)) graph[field] = resolve(row);
  return graph;
}

export function institutionToGraph(agency: AgencyEntry, row: InstitutionRow) {
  return {
    id: row.id,
    name: row.name,
    acronym: row.acronym,
    country: row.country_code ? { code: row.country_code } : null,
    organisationType: iatiCode('organisationType', row.organisation_type),
    iatiIdentifier: row.iati_identifier,
    agency: { code: agency.code },
    version: row.version,
  };
}

export function evaluationToGraph(agency: AgencyEntry, row: EvaluationRow) {
  return {
    id: row.id,
    projectId: row.project_id,
    type: row.type,
    date: row.date,
    agency: { code: agency.code },
    evaluators: row.evaluators.map((c) => ({ code: c })),
    ratings: row.ratings,
    overallRating: row.overall_rating,
    ruleRating: row.ratings.length
      ? overallRating(Object.fromEntries(row.ratings.map((r) => [r.criterion, r.score])) as Partial<Record<DacCriterion, number>>)
      : null,
    overallRatingJustification: row.overall_rating_justification,
    findings: row.findings,
    lessons: row.lessons,
    recommendations: row.recommendations,
    reportUrl: row.report_url,
    status: row.status,
    signOffs: row.signoffs.map((so) => ({ agency: { code: so.agency }, user: so.user_id, at: so.at })),
    version: row.version,
  };
}

export function resultsToGraph(results: ResultValue[]) {
  return results.map((r) => ({
    type: iatiCode('resultType', r.type),
    title: r.title,
    titleTranslations: r.titleTranslations ?? [],
    indicators: r.indicators.map((i) => ({
      ...i,
      titleTranslations: i.titleTranslations ?? [],
      measure: iatiCode('indicatorMeasure', i.measure),
    })),
  }));
}
