/**
 * The seed of the cooperation cycle: what `writeSeed` stores for requests, monitoring reports,
 * experts, lessons and the profile, on a fresh database, and what the generator produces.
 */
import { AGENCIES, instantRank, nameSortKey, REQUEST_TRANSITIONS, type RequestStatus, UNDATED_INSTANT_RANK } from '@ssc/contract';
import { useFreshDatabase } from '@ssc/testing';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORE_MIGRATIONS, defineAgency } from '../agency.ts';
import type { AgencyDatabase } from '../tables.ts';
import { CYCLE_TODAY, generate } from './generator.ts';
import { addMonths } from './random.ts';
import type { SeedData } from './types.ts';
import { type SeedCounts, seedProblems, writeSeed } from './write.ts';

const agency = AGENCIES[0];
const GENERATED = 50;

/** A small fact set of ABC's shape: a request converted into a project in implementation, a declined one, and the rest of the cycle around them. */
const FACTS: SeedData = {
  institutions: [
    { id: 'ABC-I-000001', name: 'Brazilian Agricultural Research Corporation', acronym: 'Embrapa', country: 'BR', organisationType: '15' },
  ],
  projects: [
    {
      id: 'ABC-P-000001',
      iatiLocalId: 'TEST-CYCLE',
      title: 'Technical cooperation with Indonesia on tropical soybean production systems',
      status: 'IMPLEMENTATION',
      modality: 'BILATERAL',
      plannedStart: '2026-03-02',
      plannedEnd: '2028-02-28',
      actualStart: '2026-03-02',
      recipientCountries: ['ID'],
      sectors: ['31182'],
      sdgs: [2],
      participants: [
        { role: 'PROVIDER', organisationRole: 'EXTENDING', name: agency.name, country: 'BR', agencyCode: 'ABC' },
        { role: 'PROVIDER', organisationRole: 'IMPLEMENTING', name: 'Embrapa', country: 'BR', institutionId: 'ABC-I-000001' },
        {
          role: 'RECIPIENT',
          organisationRole: 'IMPLEMENTING',
          name: 'Ministry of Agriculture of Indonesia',
          country: 'ID',
          agencyCode: 'INDONESIA',
        },
      ],
      results: [
        {
          type: '1',
          title: 'Capacity strengthened',
          indicators: [
            { ref: '1.1', title: 'Staff trained', measure: '1', ascending: true, baselineYear: 2026, baselineValue: 0, targetValue: 40 },
          ],
        },
      ],
      reportingIntervalMonths: 6,
      requestId: 'ABC-R-000001',
      confirmations: [{ agency: 'INDONESIA', user: 'indonesia-officer', at: '2026-02-10T03:00:00.000Z', comment: 'Confirmed.' }],
    },
  ],
  evaluations: [
    {
      id: 'ABC-E-000001',
      projectId: 'ABC-P-000001',
      type: 'JOINT',
      date: '2026-10-30',
      evaluators: ['ABC', 'JICA'],
      ratings: { RELEVANCE: { score: 3 }, EFFECTIVENESS: { score: 2 } },
      overallRating: 'A',
      overallRatingJustification: 'Early results are better than the scores show.',
      status: 'DRAFT',
      signOffs: [{ agency: 'ABC', user: 'abc-evaluator', at: '2026-11-05T14:00:00.000Z' }],
    },
  ],
  requests: [
    {
      id: 'ABC-R-000001',
      title: 'Technical cooperation with Indonesia on tropical soybean production systems',
      sectors: ['31182'],
      requester: { name: 'Ministry of Agriculture of Indonesia', country: 'ID', agency: 'INDONESIA' },
      contact: { name: 'Desk', email: 'desk@example.org' },
      submittedAt: '2025-08-18T02:30:00.000Z',
      submittedBy: 'indonesia-officer',
      submittedByAgency: 'INDONESIA',
      moves: [
        { to: 'UNDER_APPRAISAL', at: '2025-09-02T13:10:00.000Z', user: 'abc-officer', agency: 'ABC' },
        { to: 'ACCEPTED', at: '2025-11-14T17:45:00.000Z', user: 'abc-officer', agency: 'ABC' },
        { to: 'CONVERTED', at: '2026-01-26T14:00:00.000Z', user: 'abc-officer', agency: 'ABC', comment: 'converted into ABC-P-000001' },
      ],
      projectId: 'ABC-P-000001',
    },
    {
      id: 'ABC-R-000002',
      title: 'Soil analysis training',
      sectors: ['31182'],
      requester: { name: 'Agricultural Research Institute of Mozambique', country: 'MZ' },
      submittedAt: '2026-02-10T12:20:00.000Z',
      submittedBy: 'abc-officer',
      submittedByAgency: 'ABC',
      moves: [
        { to: 'DECLINED', at: '2026-02-24T14:00:00.000Z', user: 'abc-officer', agency: 'ABC', comment: 'Offered under the JBPP instead.' },
      ],
    },
  ],
  reports: [
    {
      id: 'ABC-M-000001',
      projectId: 'ABC-P-000001',
      periodStart: '2026-03-02',
      periodEnd: '2026-08-31',
      side: 'RECIPIENT',
      agency: 'INDONESIA',
      author: 'indonesia-officer',
      progress: [
        { indicatorRef: '1.1', indicatorTitle: 'Staff trained', baselineValue: 0, targetValue: 40, actualValue: 18, comment: null },
      ],
      createdAt: '2026-09-25T03:30:00.000Z',
      comments: [{ agency: 'ABC', user: 'abc-officer', at: '2026-09-29T13:00:00.000Z', text: 'Agreed.' }],
    },
  ],
  experts: [
    {
      id: 'ABC-X-000001',
      name: 'Mariana Tavares Quintela',
      nationality: 'BR',
      sectors: ['31182'],
      languages: ['pt', 'en'],
      contact: { email: 'mariana.quintela@example.org' },
      availability: [{ from: '2028-03-01', to: '2028-12-15' }],
      deployments: [{ projectId: 'ABC-P-000001', role: 'Team leader', startDate: '2026-03-02', endDate: '2028-02-28' }],
    },
  ],
  lessons: [
    {
      id: 'ABC-L-000001',
      title: 'Appraise the request together with the requesting ministry',
      summary: 'A joint appraisal settled the research questions before conversion.',
      projectId: 'ABC-P-000001',
      createdAt: '2026-03-20T12:00:00.000Z',
      createdBy: 'abc-officer',
      publishedAt: '2026-04-01T15:00:00.000Z',
    },
    {
      id: 'ABC-L-000002',
      title: 'A draft lesson',
      summary: 'Not published yet.',
      evaluationId: 'ABC-E-000001',
      createdAt: '2026-11-10T12:00:00.000Z',
      createdBy: 'abc-evaluator',
    },
  ],
  profile: {
    mandate: 'Coordinates Brazil’s technical cooperation.',
    legalInstruments: [{ kind: 'DECREE', number: '94.973', year: 1987, title: 'Decree No. 94.973 of 25 September 1987' }],
    coordinationMechanisms: [
      { name: 'Implementing institutions', role: 'Carry out the technical work', members: [{ name: 'Embrapa', country: 'BR' }] },
    ],
    focalPoints: [{ position: 'Officer for South-South cooperation with Asia', area: 'Asia' }],
  },
};

const def = defineAgency(agency, { facts: FACTS });
const fresh = useFreshDatabase<AgencyDatabase>(CORE_MIGRATIONS, 'cycle_seed');
const generated = generate(agency, { projects: GENERATED });
let first: SeedCounts;

const rowCount = async (table: string) =>
  Number((await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(fresh().db)).rows[0]?.n);
const TABLES = [
  'projects',
  'evaluations',
  'evaluation_signoffs',
  'project_confirmations',
  'cooperation_requests',
  'request_transitions',
  'monitoring_reports',
  'report_comments',
  'experts',
  'expert_availability',
  'expert_deployments',
  'lessons',
  'agency_profile',
] as const;

beforeAll(async () => {
  first = await def.seed(fresh().db, { projects: GENERATED });
});

describe('writeSeed and the cooperation cycle', () => {
  it('stores every kind: the facts plus the generated records', async () => {
    const expected = (facts: unknown[] | undefined, more: unknown[] | undefined) => (facts?.length ?? 0) + (more?.length ?? 0);
    expect(first).toEqual({
      institutions: FACTS.institutions.length + generated.institutions.length,
      projects: FACTS.projects.length + generated.projects.length,
      evaluations: FACTS.evaluations.length + generated.evaluations.length,
      requests: expected(FACTS.requests, generated.requests),
      reports: expected(FACTS.reports, generated.reports),
      experts: expected(FACTS.experts, generated.experts),
      lessons: expected(FACTS.lessons, generated.lessons),
      profile: 1,
    });
    for (const kind of ['requests', 'reports', 'experts', 'lessons'] as const)
      expect(first[kind], kind).toBeGreaterThan(FACTS[kind]?.length ?? 0);
    for (const table of TABLES) expect(await rowCount(table), table).toBeGreaterThan(0);
  });

  it('adds nothing when seeded a second time', async () => {
    const before = await Promise.all(TABLES.map(rowCount));
    const again = await def.seed(fresh().db, { projects: GENERATED });
    expect(again).toEqual({ institutions: 0, projects: 0, evaluations: 0, requests: 0, reports: 0, experts: 0, lessons: 0, profile: 0 });
    expect(await Promise.all(TABLES.map(rowCount))).toEqual(before);
  });

  it("records each request's moves from its submission, legal and in order, the last one being its status", async () => {
    const db = fresh().db;
    const requests = await db.selectFrom('cooperation_requests').selectAll().execute();
    const transitions = await db.selectFrom('request_transitions').selectAll().orderBy('request_id').orderBy('position').execute();
    const byRequest = new Map<string, typeof transitions>();
    for (const t of transitions) byRequest.set(t.request_id, [...(byRequest.get(t.request_id) ?? []), t]);
    const statuses = new Set<string>();
    for (const r of requests) {
      statuses.add(r.status);
      const moves = byRequest.get(r.id) ?? [];
      expect(moves[0], r.id).toMatchObject({
        position: 0,
        from_status: null,
        to_status: 'SUBMITTED',
        user_id: r.submitted_by,
        agency: r.submitted_by_agency,
      });
      expect(moves[0]?.at.getTime()).toBe(r.submitted_at.getTime());
      for (let i = 1; i < moves.length; i++) {
        const [prev, move] = [moves[i - 1], moves[i]] as [(typeof moves)[number], (typeof moves)[number]];
        expect(move.position, r.id).toBe(i);
        expect(move.from_status, r.id).toBe(prev.to_status);
        expect(REQUEST_TRANSITIONS[prev.to_status as RequestStatus], `${r.id} ${prev.to_status} -> ${move.to_status}`).toContain(
          move.to_status,
        );
        expect(move.at.getTime(), r.id).toBeGreaterThanOrEqual(prev.at.getTime());
      }
      expect(moves.at(-1)?.to_status, r.id).toBe(r.status);
      expect(r.version, r.id).toBe(moves.length);
      expect(r.submitted_rank, r.id).toBe(instantRank(r.submitted_at));
      expect(r.submitted_at.getTime(), r.id).toBeLessThan(Date.parse(`${CYCLE_TODAY}T00:00:00Z`));
      expect(r.decline_reason !== null, r.id).toBe(r.status === 'DECLINED');
      if (r.status === 'DECLINED') expect(r.decline_reason).toBe(moves.at(-1)?.comment);
    }
    expect([...statuses].sort()).toEqual(['ACCEPTED', 'CONVERTED', 'DECLINED', 'SUBMITTED', 'UNDER_APPRAISAL']);
    expect(await db.selectFrom('cooperation_requests').select('contact').where('id', '=', 'ABC-R-000001').executeTakeFirst()).toEqual({
      contact: { name: 'Desk', email: 'desk@example.org' },
    });
  });

  it('links converted requests and their projects both ways', async () => {
    const db = fresh().db;
    const converted = await db
      .selectFrom('cooperation_requests as r')
      .leftJoin('projects as p', 'p.id', 'r.project_id')
      .select(['r.id', 'r.status', 'r.project_id', 'p.request_id', 'p.status as project_status'])
      .where('r.project_id', 'is not', null)
      .execute();
    expect(converted.map((r) => r.id)).toContain('ABC-R-000001');
    for (const r of converted) {
      expect(r.status).toBe('CONVERTED');
      expect(r.request_id, r.id).toBe(r.id);
    }
    const linked = await db
      .selectFrom('projects as p')
      .innerJoin('cooperation_requests as r', 'r.id', 'p.request_id')
      .select(['p.id', 'r.project_id'])
      .execute();
    expect(linked.length).toBe(converted.length);
    for (const p of linked) expect(p.project_id).toBe(p.id);
    expect(
      await db.selectFrom('project_confirmations').select(['agency', 'user_id', 'at']).where('project_id', '=', 'ABC-P-000001').execute(),
    ).toEqual([{ agency: 'INDONESIA', user_id: 'indonesia-officer', at: new Date('2026-02-10T03:00:00.000Z') }]);
  });

  it("keeps each project's last report end equal to its latest period end, and its results and interval", async () => {
    const db = fresh().db;
    const { rows } = await sql<{ id: string; last_report_end: string | null; latest: string | null }>`
      select p.id, p.last_report_end::text, (select max(period_end)::text from monitoring_reports m where m.project_id = p.id) as latest
      from projects p`.execute(db);
    expect(rows.filter((r) => r.latest !== null).length).toBeGreaterThan(1);
    for (const r of rows) expect(r.last_report_end, r.id).toBe(r.latest);
    const project = await db
      .selectFrom('projects')
      .select(['results', 'reporting_interval_months'])
      .where('id', '=', 'ABC-P-000001')
      .executeTakeFirstOrThrow();
    expect(project).toEqual({ results: FACTS.projects[0]?.results, reporting_interval_months: 6 });
    const report = await db.selectFrom('monitoring_reports').selectAll().where('id', '=', 'ABC-M-000001').executeTakeFirstOrThrow();
    expect(report.progress).toEqual(FACTS.reports?.[0]?.progress);
    expect(await db.selectFrom('report_comments').select(['agency', 'text']).where('report_id', '=', 'ABC-M-000001').execute()).toEqual([
      { agency: 'ABC', text: 'Agreed.' },
    ]);
  });

  it('stores evaluation status, justification and sign-offs', async () => {
    const db = fresh().db;
    expect(
      await db
        .selectFrom('evaluations')
        .select(['status', 'overall_rating_justification'])
        .where('id', '=', 'ABC-E-000001')
        .executeTakeFirst(),
    ).toEqual({ status: 'DRAFT', overall_rating_justification: 'Early results are better than the scores show.' });
    // every generated evaluation is final and signed by each of its evaluators
    const { rows } = await sql<{ id: string; evaluators: string[]; signed: string[] }>`
      select e.id, e.evaluators, coalesce(array_agg(s.agency order by s.agency) filter (where s.agency is not null), '{}') as signed
      from evaluations e left join evaluation_signoffs s on s.evaluation_id = e.id
      where e.id <> 'ABC-E-000001' group by e.id`.execute(db);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.signed, r.id).toEqual([...r.evaluators].sort());
  });

  it('stores experts with their sort names, availability and deployments, and lessons with ranks that follow publication', async () => {
    const db = fresh().db;
    for (const x of await db.selectFrom('experts').select(['id', 'name', 'sort_name']).execute())
      expect(x.sort_name, x.id).toBe(nameSortKey(x.name));
    expect(
      await db.selectFrom('expert_deployments').select(['project_id', 'role']).where('expert_id', '=', 'ABC-X-000001').execute(),
    ).toEqual([{ project_id: 'ABC-P-000001', role: 'Team leader' }]);
    const lessons = await db.selectFrom('lessons').select(['id', 'public', 'published_at', 'published_rank']).execute();
    for (const l of lessons) {
      expect(l.public, l.id).toBe(l.published_at !== null);
      expect(Number(l.published_rank), l.id).toBe(l.published_at ? instantRank(l.published_at) : UNDATED_INSTANT_RANK);
    }
    const published = lessons.filter((l) => l.public).length;
    expect(published).toBeGreaterThan(0);
    expect(published).toBeLessThan(lessons.length);
    expect(await db.selectFrom('agency_profile').select(['legal_instruments', 'version', 'updated_by']).executeTakeFirst()).toEqual({
      legal_instruments: FACTS.profile?.legalInstruments,
      version: 1,
      updated_by: 'seed',
    });
  });

  it('advances every sequence past the seeded numbers', async () => {
    for (const [table, seq] of [
      ['projects', 'project_numbers'],
      ['institutions', 'institution_numbers'],
      ['evaluations', 'evaluation_numbers'],
      ['cooperation_requests', 'request_numbers'],
      ['monitoring_reports', 'report_numbers'],
      ['experts', 'expert_numbers'],
      ['lessons', 'lesson_numbers'],
    ] as const) {
      const { rows } = await sql<{ next: string; max: string }>`
        select nextval(${seq}) as next, (select max(substring(id from '[0-9]+$')::bigint) from ${sql.table(table)}) as max`.execute(
        fresh().db,
      );
      expect(Number(rows[0]?.next), seq).toBeGreaterThan(Number(rows[0]?.max));
    }
  });

  it('refuses seed data that breaks the rules, and writes nothing of it', async () => {
    const bad: SeedData = {
      institutions: [],
      projects: [],
      evaluations: [],
      requests: [
        {
          id: 'ABC-R-000099',
          title: 'Skips the appraisal',
          sectors: ['99999'],
          requester: { name: 'Somebody', country: 'ZZ' },
          submittedAt: '2026-01-01T00:00:00.000Z',
          submittedBy: 'abc-officer',
          submittedByAgency: 'ABC',
          moves: [{ to: 'ACCEPTED', at: '2026-01-02T00:00:00.000Z', user: 'abc-officer', agency: 'ABC' }],
        },
      ],
      experts: [
        {
          id: 'ABC-X-000099',
          name: 'Nobody',
          nationality: 'BR',
          sectors: [],
          languages: ['pt-BR'],
          availability: [{ from: '2027-02-01', to: '2027-01-01' }],
        },
      ],
    };
    expect(seedProblems(bad)).toEqual([
      'ABC-R-000099: unknown DAC 5-digit sector "99999"',
      'ABC-R-000099: unknown country "ZZ"',
      'ABC-R-000099: illegal move SUBMITTED -> ACCEPTED',
      'ABC-X-000099: unknown ISO 639-1 language "pt-BR"',
      'ABC-X-000099: availability 2027-02-01..2027-01-01',
    ]);
    await expect(writeSeed(fresh().db, agency, bad)).rejects.toThrow(/5 problem\(s\)/);
    expect(await fresh().db.selectFrom('cooperation_requests').select('id').where('id', '=', 'ABC-R-000099').execute()).toEqual([]);
  });
});

describe('the generator of the cooperation cycle', () => {
  it('gives valid records for every agency, about one request per four projects and one expert and lesson per five', () => {
    for (const a of AGENCIES) {
      const data = generate(a, { projects: 400 });
      expect(seedProblems(data), a.code).toEqual([]);
      expect(data.requests?.length, a.code).toBeGreaterThan(70);
      expect(data.requests?.length, a.code).toBeLessThan(130);
      expect(data.experts?.length, a.code).toBe(80);
      expect(data.lessons?.length, a.code).toBe(80);
      expect(data.reports?.length, a.code).toBeGreaterThan(0);
      const projects = new Map(data.projects.map((p) => [p.id, p]));
      for (const r of data.requests ?? []) {
        if (!r.projectId) continue;
        expect(r.projectId.startsWith(`${a.idPrefix}-P-`), r.id).toBe(true);
        expect(projects.get(r.projectId)?.status, r.id).toBe('PIPELINE');
        expect(projects.get(r.projectId)?.requestId, r.id).toBe(r.id);
      }
      expect(
        data.requests?.some((r) => r.projectId),
        a.code,
      ).toBe(true);
      expect(
        data.experts?.some((x) => x.deployments?.length),
        a.code,
      ).toBe(true);
    }
  });

  it('leaves some projects in implementation overdue on its "today", and most on time', () => {
    let overdue = 0;
    let onTime = 0;
    for (const a of AGENCIES) {
      const data = generate(a, { projects: 1000 });
      const last = new Map<string, string>();
      for (const m of data.reports ?? []) if ((last.get(m.projectId) ?? '') < m.periodEnd) last.set(m.projectId, m.periodEnd);
      for (const p of data.projects) {
        const end = last.get(p.id);
        if (!end) continue;
        if (addMonths(end, p.reportingIntervalMonths ?? 6) < CYCLE_TODAY) overdue++;
        else onTime++;
      }
    }
    expect(overdue).toBeGreaterThan(0);
    expect(onTime).toBeGreaterThan(overdue);
  });

  it('keeps the records of a smaller size when the size grows', () => {
    const small = generate(agency, { projects: 60 });
    const large = generate(agency, { projects: 120 });
    for (const kind of ['requests', 'reports', 'experts', 'lessons'] as const) {
      const byId = new Map((large[kind] ?? []).map((x) => [x.id, x]));
      for (const x of small[kind] ?? []) expect(byId.get(x.id), x.id).toEqual(x);
    }
  });
});
