/** Columns derived from a project's recipients and participants, computed the same way on every write. */
import { ACTIVITY_STATUS, nameSortKey, ORGANISATION_ROLE, RELATED_ACTIVITY_TYPE } from '@ssc/contract';
import { type ProjectValues, resultValues, translationValues } from './validate.ts';

export interface ParticipantLike {
  name: string;
  country?: string | null;
  institutionId?: string | null;
}

export function derivedProjectColumns(
  recipientCountries: readonly string[],
  participants: readonly ParticipantLike[],
  iatiIdOf: (institutionId: string) => string | null | undefined,
): { countries: string[]; participant_keys: string[] } {
  const keys = new Set<string>();
  for (const p of participants) {
    keys.add(nameSortKey(p.name));
    const iati = p.institutionId ? iatiIdOf(p.institutionId) : null;
    if (iati) keys.add(nameSortKey(iati));
  }
  return {
    /** What the `countries` filter matches: recipients and participants' countries. */
    countries: [...new Set([...recipientCountries, ...participants.flatMap((p) => (p.country ? [p.country] : []))])],
    /** What the `participants` filter matches: folded names and IATI identifiers. */
    participant_keys: [...keys],
  };
}

/**
 * The rows of one project: its own row (without who wrote it, when, or the agency's own
 * columns), its participants and its relations. The API's writes and the seed both store
 * projects through this, so derived columns and codes are computed one way.
 */
export function projectRecord(id: string, p: ProjectValues, iatiIdOf: (institutionId: string) => string | null | undefined) {
  return {
    row: {
      title: p.title.trim(),
      description: p.description ?? null,
      language: p.language ?? 'en',
      narratives: JSON.stringify((p.narratives ?? []).map((n) => ({ field: n.field, lang: n.lang, text: n.text.trim() }))),
      status: ACTIVITY_STATUS[p.status as keyof typeof ACTIVITY_STATUS],
      modality: p.modality,
      collaboration_type: p.collaborationType ?? null,
      planned_start: p.plannedStartDate ?? null,
      planned_end: p.plannedEndDate ?? null,
      actual_start: p.actualStartDate ?? null,
      actual_end: p.actualEndDate ?? null,
      recipient_countries: p.recipientCountries,
      ...derivedProjectColumns(p.recipientCountries, p.participants, iatiIdOf),
      sectors: p.sectors,
      sdgs: p.sdgs,
      budget_amount: p.budget?.amount ?? null,
      budget_currency: p.budget?.currency ?? null,
      results: JSON.stringify(resultValues(p.results)),
      reporting_interval_months: p.reportingIntervalMonths ?? 6,
    },
    participants: p.participants.map((x, position) => ({
      project_id: id,
      position,
      role: x.role,
      organisation_role: ORGANISATION_ROLE[x.organisationRole as keyof typeof ORGANISATION_ROLE],
      name: x.name.trim(),
      name_translations: translationValues(x.nameTranslations),
      country_code: x.country ?? null,
      institution_id: x.institutionId ?? null,
      agency_code: x.agency ?? null,
    })),
    relations: (p.relatedProjects ?? []).map((r) => ({
      project_id: id,
      related_id: r.id,
      type: RELATED_ACTIVITY_TYPE[r.type as keyof typeof RELATED_ACTIVITY_TYPE],
    })),
  };
}
