/** Rows of the cooperation cycle to the GraphQL shapes of the shared contract. */
import { type AgencyEntry, codelists } from '@ssc/contract';
import type { ExpertRow } from './records/experts/repository.ts';
import type { LessonRow } from './records/lessons/repository.ts';
import type { ReportRow } from './records/monitoring/repository.ts';
import type { ProfileRow } from './records/profile/repository.ts';
import type { RequestRow } from './records/requests/repository.ts';
import type { ContactValue } from './tables.ts';

const codes = <K extends string>(key: K, values: readonly (string | number)[]) => values.map((v) => ({ [key]: v }));
const contactGraph = (c: ContactValue | null) => (c ? { name: c.name ?? null, email: c.email ?? null, phone: c.phone ?? null } : null);

/** `viewer`: the caller's agency; the contact is shown to the provider and to the submitting agency only. */
export function requestToGraph(agency: AgencyEntry, row: RequestRow, viewer: string | null) {
  const entitled = viewer !== null && (viewer === agency.code || viewer === row.submitted_by_agency);
  return {
    id: row.id,
    agency: { code: agency.code },
    title: row.title,
    description: row.description,
    sectors: codes('code', row.sectors),
    sdgs: codes('goal', row.sdgs),
    requester: {
      name: row.requester_name,
      country: { code: row.requester_country },
      agency: row.requester_agency ? { code: row.requester_agency } : null,
    },
    desiredModality: row.desired_modality,
    contact: entitled ? contactGraph(row.contact) : null,
    status: row.status,
    history: row.history.map((t) => ({
      from: t.from_status,
      to: t.to_status,
      user: t.user_id,
      agency: { code: t.agency },
      at: t.at,
      comment: t.comment,
    })),
    declineReason: row.decline_reason,
    submittedAt: row.submitted_at,
    submittedBy: row.submitted_by,
    submittedByAgency: { code: row.submitted_by_agency },
    version: row.version,
    projectId: row.project_id,
  };
}

export function reportToGraph(row: ReportRow) {
  return {
    id: row.id,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    side: row.side,
    agency: { code: row.agency },
    author: row.author,
    summary: row.summary,
    progress: row.progress.map((g) => ({ ...g, commentTranslations: g.commentTranslations ?? [] })),
    issues: row.issues,
    nextSteps: row.next_steps,
    createdAt: row.created_at,
    comments: row.comments.map((c) => ({ agency: { code: c.agency }, user: c.user_id, at: c.at, text: c.text })),
  };
}

/** The contact is personal data: only the expert's own agency sees it. */
export function expertToGraph(agency: AgencyEntry, row: ExpertRow, viewer: string | null) {
  return {
    id: row.id,
    agency: { code: agency.code },
    name: row.name,
    nationality: { code: row.nationality },
    sectors: codes('code', row.sectors),
    languages: row.languages.map((l) => ({ code: l, name: codelists.language.name(l) ?? l })),
    expertiseSummary: row.expertise_summary,
    availability: row.availability.map((w) => ({ from: w.available_from, to: w.available_to })),
    contact: viewer === agency.code ? contactGraph(row.contact) : null,
    version: row.version,
    deploymentRefs: row.deployments.map((d) => ({ projectId: d.project_id, role: d.role, startDate: d.start_date, endDate: d.end_date })),
  };
}

export function lessonToGraph(agency: AgencyEntry, row: LessonRow) {
  return {
    id: row.id,
    agency: { code: agency.code },
    title: row.title,
    summary: row.summary,
    sectors: codes('code', row.sectors),
    countries: codes('code', row.countries),
    public: row.public,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    author: row.created_by,
    projectId: row.project_id,
    evaluationId: row.evaluation_id,
  };
}

export function profileToGraph(agency: AgencyEntry, row: ProfileRow | null) {
  const mechanisms = (row?.coordination_mechanisms ?? []) as {
    name: string;
    role: string;
    members: { name: string; country?: string }[];
  }[];
  return {
    code: agency.code,
    agency: { code: agency.code },
    mandate: row?.mandate ?? null,
    legalInstruments: row?.legal_instruments ?? [],
    coordinationMechanisms: mechanisms.map((m) => ({
      ...m,
      members: m.members.map((x) => ({ name: x.name, country: x.country ? { code: x.country } : null })),
    })),
    focalPoints: row?.focal_points ?? [],
    updatedAt: row?.updated_at ?? null,
    version: row?.version ?? 0,
  };
}
