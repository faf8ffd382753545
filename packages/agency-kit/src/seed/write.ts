/**
 * Stores seed records idempotently (existing ids are left as they are), through the same
 * repository write functions as the API's mutations.
 */
import {
  AGENCIES,
  type AgencyEntry,
  codelists,
  InputError,
  instantRank,
  LEGAL_INSTRUMENT_KINDS,
  MODALITIES,
  nameSortKey,
  overallRating,
  PARTICIPANT_ROLES,
  REQUEST_TRANSITIONS,
  type RequestStatus,
} from '@ssc/contract';
import { projectRecord } from '../derive.ts';
import type { Db, Trx } from '../query.ts';
import { alignSequences } from '../records/audit/repository.ts';
import { insertDatedSignOffs, insertNewEvaluations, insertRatings } from '../records/evaluations/repository.ts';
import { insertAvailability, insertDeployments, insertNewExperts } from '../records/experts/repository.ts';
import { insertNewInstitutions } from '../records/institutions/repository.ts';
import { insertNewLessons } from '../records/lessons/repository.ts';
import { insertComments, insertNewReports } from '../records/monitoring/repository.ts';
import { saveFirstProfile } from '../records/profile/repository.ts';
import {
  insertDatedConfirmations,
  insertNewProjects,
  insertParticipants,
  insertRelations,
  linkRequests,
  refreshReportedPeriods,
} from '../records/projects/repository.ts';
import { insertNewRequests, insertTransitions } from '../records/requests/repository.ts';
import { type ProjectValues, progressComment, validateInstitution, validateProject } from '../validate.ts';
import type { SeedData, SeedEvaluation, SeedExpert, SeedInstitution, SeedLesson, SeedProject, SeedReport, SeedRequest } from './types.ts';

const CHUNK = 500;

async function inChunks<T>(items: readonly T[], fn: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += CHUNK) await fn(items.slice(i, i + CHUNK));
}

/** Records inserted by one `writeSeed` (existing ids are not counted). */
/** "+204 projects, +733 institutions, ...": what one seed added. */
export function describeCounts(counts: SeedCounts): string {
  return Object.entries(counts)
    .map(([kind, n]) => `+${n} ${kind}`)
    .join(', ');
}

/** The items a repository's insert found new (existing records are kept as they are). */
const fresh = <T extends { id: string }>(items: readonly T[], inserted: ReadonlySet<string>): T[] =>
  items.filter((item) => inserted.has(item.id));

/** A seed project in the shape the API writes (see `projectRecord`). */
function seedProjectValues(p: SeedProject): ProjectValues {
  return {
    title: p.title,
    description: p.description ?? null,
    narratives: p.narratives ?? [],
    status: p.status,
    modality: p.modality,
    collaborationType: p.collaborationType ?? null,
    plannedStartDate: p.plannedStart ?? null,
    plannedEndDate: p.plannedEnd ?? null,
    actualStartDate: p.actualStart ?? null,
    actualEndDate: p.actualEnd ?? null,
    recipientCountries: p.recipientCountries,
    sectors: p.sectors,
    sdgs: p.sdgs,
    budget: p.budget ?? null,
    participants: p.participants.map((x) => ({ ...x, agency: x.agencyCode ?? null })),
    relatedProjects: p.related ?? [],
    results: p.results ?? [],
    reportingIntervalMonths: p.reportingIntervalMonths ?? null,
  };
}

export interface SeedCounts {
  institutions: number;
  projects: number;
  evaluations: number;
  requests: number;
  reports: number;
  experts: number;
  lessons: number;
  /** 1 when the agency's profile was stored, 0 when it existed already (or the seed has none). */
  profile: number;
}

/** The request's status after its moves, and the move that declined it. */
function requestState(r: SeedRequest): { status: RequestStatus; declineReason: string | null } {
  const last = r.moves?.at(-1);
  const declined = r.moves?.find((m) => m.to === 'DECLINED');
  return { status: last?.to ?? 'SUBMITTED', declineReason: declined?.comment ?? null };
}

const isDate = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;
const isInstant = (at: string) => /^\d{4}-\d{2}-\d{2}T/.test(at) && !Number.isNaN(Date.parse(at));
const agencyCodes: ReadonlySet<string> = new Set(AGENCIES.map((a) => a.code));

/**
 * What is wrong with the records in `data` (institutions and projects through the API's own
 * validators; the cycle's records: codes against the IATI code lists, date order, the requests'
 * state machine, links between records); empty when nothing.
 * `writeSeed` refuses data with problems, so that a mistake in the facts shows at the first seed.
 */
export function seedProblems(data: SeedData): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  const sectors = (where: string, codes: readonly string[] | undefined) => {
    for (const s of codes ?? []) check(/^\d{5}$/.test(s) && codelists.sector.has(s), `${where}: unknown DAC 5-digit sector "${s}"`);
  };
  const countries = (where: string, codes: readonly string[] | undefined) => {
    for (const c of codes ?? []) check(codelists.country.has(c), `${where}: unknown country "${c}"`);
  };
  /** Runs one of the API's validators on a record; its refusal becomes a problem of that record. */
  const valid = (where: string, validate: () => void) => {
    try {
      validate();
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problems.push(`${where}: ${e.message}`);
    }
  };
  const projects = new Map(data.projects.map((p) => [p.id, p]));
  const requests = new Map((data.requests ?? []).map((r) => [r.id, r]));

  // institutions and projects pass the validators of the API's mutations (codes, dates, sizes, results)
  for (const i of data.institutions) valid(i.id, () => validateInstitution(i));
  for (const p of data.projects) {
    valid(p.id, () => validateProject(seedProjectValues(p), p.id));
    if (p.requestId) {
      const r = requests.get(p.requestId);
      check(!r || r.projectId === p.id, `${p.id}: request ${p.requestId} does not name it as its project`);
    }
    for (const c of p.confirmations ?? []) {
      check(
        p.participants.some((x) => x.role === 'RECIPIENT' && x.agencyCode === c.agency),
        `${p.id}: ${c.agency} confirms but is not a recipient agency`,
      );
      check(isInstant(c.at), `${p.id}: confirmation at "${c.at}" is not an instant`);
    }
  }

  for (const e of data.evaluations) {
    const scores = Object.fromEntries(Object.entries(e.ratings).map(([c, r]) => [c, r?.score]));
    const rule = Object.keys(e.ratings).length ? overallRating(scores) : null;
    check(
      !e.overallRating || e.overallRating === rule || !!e.overallRatingJustification,
      `${e.id}: overall rating ${e.overallRating} departs from the rule's ${rule} without overallRatingJustification`,
    );
    for (const s of e.signOffs ?? []) {
      check(e.evaluators.includes(s.agency), `${e.id}: ${s.agency} signs off but is not an evaluator`);
      check(isInstant(s.at), `${e.id}: sign-off at "${s.at}" is not an instant`);
    }
  }

  for (const r of data.requests ?? []) {
    sectors(r.id, r.sectors);
    countries(r.id, [r.requester.country]);
    for (const g of r.sdgs ?? []) check(Number.isInteger(g) && g >= 1 && g <= 17, `${r.id}: SDG ${g}`);
    check(!r.requester.agency || agencyCodes.has(r.requester.agency), `${r.id}: unknown agency ${r.requester.agency}`);
    check(agencyCodes.has(r.submittedByAgency), `${r.id}: unknown agency ${r.submittedByAgency}`);
    check(!r.desiredModality || (MODALITIES as readonly string[]).includes(r.desiredModality), `${r.id}: modality`);
    check(isInstant(r.submittedAt), `${r.id}: submittedAt "${r.submittedAt}" is not an instant`);
    let from: RequestStatus = 'SUBMITTED';
    let at = r.submittedAt;
    for (const m of r.moves ?? []) {
      check(REQUEST_TRANSITIONS[from].includes(m.to), `${r.id}: illegal move ${from} -> ${m.to}`);
      check(isInstant(m.at) && Date.parse(m.at) >= Date.parse(at), `${r.id}: move to ${m.to} at "${m.at}" is before the previous step`);
      check(agencyCodes.has(m.agency), `${r.id}: unknown agency ${m.agency}`);
      check(m.to !== 'DECLINED' || !!m.comment, `${r.id}: a DECLINED move needs a comment (the reason)`);
      from = m.to;
      at = m.at;
    }
    check((from === 'CONVERTED') === !!r.projectId, `${r.id}: projectId is set exactly when the request is CONVERTED`);
    if (r.projectId) {
      const p = projects.get(r.projectId);
      check(!!p && p.requestId === r.id, `${r.id}: project ${r.projectId} is not in the seed or does not name the request`);
    }
  }

  for (const m of data.reports ?? []) {
    check(isDate(m.periodStart) && isDate(m.periodEnd) && m.periodEnd >= m.periodStart, `${m.id}: period ${m.periodStart}..${m.periodEnd}`);
    check((PARTICIPANT_ROLES as readonly string[]).includes(m.side), `${m.id}: side ${m.side}`);
    check(agencyCodes.has(m.agency), `${m.id}: unknown agency ${m.agency}`);
    check(isInstant(m.createdAt), `${m.id}: createdAt "${m.createdAt}" is not an instant`);
    const p = projects.get(m.projectId);
    check(!!p, `${m.id}: project ${m.projectId} is not in the seed`);
    const refs = new Set(p?.results?.flatMap((r) => r.indicators.map((i) => i.ref)));
    for (const g of m.progress) check(refs.has(g.indicatorRef), `${m.id}: ${m.projectId} has no indicator ${g.indicatorRef}`);
    m.progress.forEach((g, i) => {
      // seeded projects are in English
      valid(m.id, () => progressComment(`progress[${i}]`, g.comment, g.commentTranslations, 'en'));
    });
    for (const c of m.comments ?? []) {
      check(agencyCodes.has(c.agency) && isInstant(c.at) && c.text.length > 0, `${m.id}: comment`);
    }
  }

  for (const x of data.experts ?? []) {
    countries(x.id, [x.nationality]);
    sectors(x.id, x.sectors);
    for (const l of x.languages) check(/^[a-z]{2}$/.test(l) && codelists.language.has(l), `${x.id}: unknown ISO 639-1 language "${l}"`);
    for (const w of x.availability) check(isDate(w.from) && isDate(w.to) && w.to >= w.from, `${x.id}: availability ${w.from}..${w.to}`);
    for (const d of x.deployments ?? []) {
      check(isDate(d.startDate) && isDate(d.endDate) && d.endDate >= d.startDate, `${x.id}: deployment ${d.startDate}..${d.endDate}`);
      check(d.role.length >= 1 && d.role.length <= 300, `${x.id}: deployment role`);
    }
  }

  for (const l of data.lessons ?? []) {
    sectors(l.id, l.sectors);
    countries(l.id, l.countries);
    check(isInstant(l.createdAt), `${l.id}: createdAt "${l.createdAt}" is not an instant`);
    check(
      !l.publishedAt || (isInstant(l.publishedAt) && Date.parse(l.publishedAt) >= Date.parse(l.createdAt)),
      `${l.id}: publishedAt before createdAt`,
    );
  }

  if (data.profile) {
    for (const i of data.profile.legalInstruments) {
      check((LEGAL_INSTRUMENT_KINDS as readonly string[]).includes(i.kind), `profile: legal instrument kind ${i.kind}`);
    }
    for (const m of data.profile.coordinationMechanisms)
      countries(
        `profile: ${m.name}`,
        m.members.flatMap((x) => (x.country ? [x.country] : [])),
      );
  }
  return problems;
}

/** Stores the institutions whose id is new; returns how many. */
async function seedInstitutions(trx: Trx, institutions: readonly SeedInstitution[]): Promise<number> {
  let n = 0;
  await inChunks(institutions, async (chunk) => {
    n += await insertNewInstitutions(
      trx,
      chunk.map((i) => ({
        id: i.id,
        name: i.name,
        sort_name: nameSortKey(i.name),
        acronym: i.acronym ?? null,
        country_code: i.country ?? null,
        organisation_type: i.organisationType,
        iati_identifier: i.iatiIdentifier ?? null,
        created_by: 'seed',
        updated_by: 'seed',
      })),
    );
  });
  return n;
}

/**
 * Stores the projects whose id is new, with their participants, relations and confirmations;
 * returns how many, and their ids.
 */
async function seedProjects(
  trx: Trx,
  agency: AgencyEntry,
  projects: readonly SeedProject[],
  iatiIds: ReadonlyMap<string, string>,
): Promise<{ count: number; fresh: ReadonlySet<string> }> {
  /** Projects this run stored: only they get seeded reports and converted requests, so that an
   * existing project (seeded by an older version, or made through the API) is never given
   * records that assume other results or participants. */
  const freshProjects = new Set<string>();
  let n = 0;
  await inChunks(projects, async (chunk) => {
    const records = new Map(chunk.map((p) => [p.id, projectRecord(p.id, seedProjectValues(p), (id) => iatiIds.get(id))]));
    const mine = fresh(
      chunk,
      await insertNewProjects(
        trx,
        chunk.map((p) => ({
          ...(records.get(p.id)?.row as ReturnType<typeof projectRecord>['row']),
          id: p.id,
          iati_identifier: `${agency.iatiOrgId}-${p.iatiLocalId}`,
          created_by: 'seed',
          updated_by: 'seed',
          ...p.extra,
        })),
      ),
    );
    for (const p of mine) freshProjects.add(p.id);
    n += mine.length;
    await insertParticipants(
      trx,
      mine.flatMap((p) => records.get(p.id)?.participants ?? []),
    );
    await insertRelations(
      trx,
      mine.flatMap((p) => records.get(p.id)?.relations ?? []),
    );
    await insertDatedConfirmations(
      trx,
      mine.flatMap((p) => (p.confirmations ?? []).map((c) => ({ ...c, projectId: p.id }))),
    );
  });
  return { count: n, fresh: freshProjects };
}

/** Stores the evaluations whose id is new, with their ratings and sign-offs; returns how many. */
async function seedEvaluations(trx: Trx, evaluations: readonly SeedEvaluation[]): Promise<number> {
  let n = 0;
  await inChunks(evaluations, async (chunk) => {
    const mine = fresh(
      chunk,
      await insertNewEvaluations(
        trx,
        chunk.map((e) => ({
          id: e.id,
          project_id: e.projectId,
          type: e.type,
          date: e.date,
          evaluators: e.evaluators,
          overall_rating: e.overallRating ?? null,
          overall_rating_justification: e.overallRatingJustification ?? null,
          findings: e.findings ?? null,
          lessons: e.lessons ?? null,
          recommendations: e.recommendations ?? null,
          report_url: e.reportUrl ?? null,
          status: e.status ?? 'FINAL',
          created_by: 'seed',
          updated_by: 'seed',
        })),
      ),
    );
    n += mine.length;
    const ratings = mine.flatMap((e) =>
      Object.entries(e.ratings).map(([criterion, r]) => ({
        evaluation_id: e.id,
        criterion,
        score: r.score,
        narrative: r.narrative ?? null,
      })),
    );
    await inChunks(ratings, (c) => insertRatings(trx, c));
    await insertDatedSignOffs(
      trx,
      mine.flatMap((e) => (e.signOffs ?? []).map((s) => ({ ...s, evaluationId: e.id }))),
    );
  });
  return n;
}

/** Stores the requests whose id is new (a converted one only with its project new too), with their histories; returns how many. */
async function seedRequests(trx: Trx, requests: readonly SeedRequest[], freshProjects: ReadonlySet<string>): Promise<number> {
  let n = 0;
  await inChunks(
    requests.filter((r) => !r.projectId || freshProjects.has(r.projectId)),
    async (chunk) => {
      const mine = fresh(
        chunk,
        await insertNewRequests(
          trx,
          chunk.map((r) => {
            const { status, declineReason } = requestState(r);
            return {
              id: r.id,
              title: r.title,
              description: r.description ?? null,
              sectors: r.sectors,
              sdgs: r.sdgs ?? [],
              requester_name: r.requester.name,
              requester_country: r.requester.country,
              requester_agency: r.requester.agency ?? null,
              desired_modality: r.desiredModality ?? null,
              contact: r.contact ? JSON.stringify(r.contact) : null,
              status,
              decline_reason: declineReason,
              project_id: r.projectId ?? null,
              submitted_at: r.submittedAt,
              submitted_rank: instantRank(r.submittedAt),
              submitted_by: r.submittedBy,
              submitted_by_agency: r.submittedByAgency,
              updated_at: r.moves?.at(-1)?.at ?? r.submittedAt,
              version: 1 + (r.moves?.length ?? 0),
            };
          }),
        ),
      );
      n += mine.length;
      const transitions = mine.flatMap((r) => [
        {
          request_id: r.id,
          position: 0,
          from_status: null,
          to_status: 'SUBMITTED',
          user_id: r.submittedBy,
          agency: r.submittedByAgency,
          at: r.submittedAt,
          comment: null,
        },
        ...(r.moves ?? []).map((m, i, moves) => ({
          request_id: r.id,
          position: i + 1,
          from_status: i === 0 ? 'SUBMITTED' : (moves[i - 1]?.to ?? null),
          to_status: m.to,
          user_id: m.user,
          agency: m.agency,
          at: m.at,
          comment: m.comment ?? null,
        })),
      ]);
      await inChunks(transitions, (c) => insertTransitions(trx, c));
      await linkRequests(
        trx,
        mine.flatMap((r) => (r.projectId ? [{ projectId: r.projectId, requestId: r.id }] : [])),
      );
    },
  );
  return n;
}

/** Stores the reports of new projects whose id is new, with their comments; returns how many. */
async function seedReports(
  trx: Trx,
  reports: readonly SeedReport[],
  projects: readonly SeedProject[],
  freshProjects: ReadonlySet<string>,
): Promise<number> {
  // a report holds its indicators' titles as they were filed: in every language the project has them
  const indicators = new Map(
    projects.flatMap((p) => (p.results ?? []).flatMap((r) => r.indicators.map((i) => [`${p.id}|${i.ref}`, i] as const))),
  );
  let n = 0;
  const reported = new Set<string>();
  await inChunks(
    reports.filter((m) => freshProjects.has(m.projectId)),
    async (chunk) => {
      const mine = fresh(
        chunk,
        await insertNewReports(
          trx,
          chunk.map((m) => ({
            id: m.id,
            project_id: m.projectId,
            period_start: m.periodStart,
            period_end: m.periodEnd,
            side: m.side,
            agency: m.agency,
            author: m.author,
            summary: m.summary ?? null,
            progress: JSON.stringify(
              m.progress.map((g) => ({
                indicatorTitleTranslations: indicators.get(`${m.projectId}|${g.indicatorRef}`)?.titleTranslations,
                ...g,
              })),
            ),
            issues: m.issues ?? null,
            next_steps: m.nextSteps ?? null,
            created_at: m.createdAt,
          })),
        ),
      );
      n += mine.length;
      for (const m of mine) reported.add(m.projectId);
      await insertComments(
        trx,
        mine.flatMap((m) =>
          (m.comments ?? []).map((c) => ({ report_id: m.id, agency: c.agency, user_id: c.user, at: c.at, text: c.text })),
        ),
      );
    },
  );
  await refreshReportedPeriods(trx, [...reported]);
  return n;
}

/** Stores the experts whose id is new, with their availability and deployments; returns how many. */
async function seedExperts(trx: Trx, experts: readonly SeedExpert[]): Promise<number> {
  let n = 0;
  await inChunks(experts, async (chunk) => {
    const mine = fresh(
      chunk,
      await insertNewExperts(
        trx,
        chunk.map((x) => ({
          id: x.id,
          name: x.name,
          sort_name: nameSortKey(x.name),
          nationality: x.nationality,
          sectors: x.sectors,
          languages: x.languages,
          expertise_summary: x.expertiseSummary ?? null,
          contact: x.contact ? JSON.stringify(x.contact) : null,
          created_by: 'seed',
          updated_by: 'seed',
        })),
      ),
    );
    n += mine.length;
    await insertAvailability(
      trx,
      mine.flatMap((x) => x.availability.map((w) => ({ expert_id: x.id, available_from: w.from, available_to: w.to }))),
    );
    await insertDeployments(
      trx,
      mine.flatMap((x) =>
        (x.deployments ?? []).map((d) => ({
          expert_id: x.id,
          project_id: d.projectId,
          role: d.role,
          start_date: d.startDate,
          end_date: d.endDate,
          created_by: 'seed',
        })),
      ),
    );
  });
  return n;
}

/** Stores the lessons whose id is new; returns how many. */
async function seedLessons(trx: Trx, lessons: readonly SeedLesson[]): Promise<number> {
  let n = 0;
  await inChunks(lessons, async (chunk) => {
    n += await insertNewLessons(
      trx,
      chunk.map((l) => ({
        id: l.id,
        title: l.title,
        summary: l.summary,
        project_id: l.projectId ?? null,
        evaluation_id: l.evaluationId ?? null,
        sectors: l.sectors ?? [],
        countries: l.countries ?? [],
        public: l.publishedAt != null,
        published_at: l.publishedAt ?? null,
        // unpublished lessons keep the column's default rank (after every instant)
        ...(l.publishedAt ? { published_rank: instantRank(l.publishedAt) } : {}),
        created_at: l.createdAt,
        created_by: l.createdBy,
      })),
    );
  });
  return n;
}

export async function writeSeed(db: Db, agency: AgencyEntry, data: SeedData): Promise<SeedCounts> {
  const problems = seedProblems(data);
  if (problems.length) {
    throw new Error(`seed data of ${agency.code} has ${problems.length} problem(s):\n  ${problems.slice(0, 20).join('\n  ')}`);
  }
  const iatiIds = new Map(data.institutions.flatMap((i) => (i.iatiIdentifier ? [[i.id, i.iatiIdentifier] as const] : [])));
  return db.transaction().execute(async (trx) => {
    const institutions = await seedInstitutions(trx, data.institutions);
    // projects first without their request: the request references the project, and the
    // project the request (request_id is set with the requests)
    const projects = await seedProjects(trx, agency, data.projects, iatiIds);
    const counts: SeedCounts = {
      institutions,
      projects: projects.count,
      evaluations: await seedEvaluations(trx, data.evaluations),
      requests: await seedRequests(trx, data.requests ?? [], projects.fresh),
      reports: await seedReports(trx, data.reports ?? [], data.projects, projects.fresh),
      experts: await seedExperts(trx, data.experts ?? []),
      lessons: await seedLessons(trx, data.lessons ?? []),
      profile: 0,
    };
    if (data.profile) {
      const p = data.profile;
      // the row exists from the migrations on, empty at version 0: fill it only while nobody has set it
      counts.profile = await saveFirstProfile(trx, {
        mandate: p.mandate ?? null,
        legal_instruments: JSON.stringify(p.legalInstruments),
        coordination_mechanisms: JSON.stringify(p.coordinationMechanisms),
        focal_points: JSON.stringify(p.focalPoints),
        updated_at: new Date(),
        updated_by: 'seed',
        version: 1,
      });
    }
    // New records created later through the API must not collide with seeded numbers.
    await alignSequences(trx, [
      ['projects', 'project_numbers'],
      ['institutions', 'institution_numbers'],
      ['evaluations', 'evaluation_numbers'],
      ['cooperation_requests', 'request_numbers'],
      ['monitoring_reports', 'report_numbers'],
      ['experts', 'expert_numbers'],
      ['lessons', 'lesson_numbers'],
    ]);
    return counts;
  });
}
