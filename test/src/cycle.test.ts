/**
 * The cooperation cycle through the real gateway, step by step: Indonesia asks ABC for
 * cooperation; ABC appraises, accepts and converts it; Indonesia confirms; the project goes to
 * implementation; both sides report; JICA and ABC evaluate jointly; an Indonesian expert is
 * deployed; a lesson is published; and the cross-agency lists show every step.
 */
import type { Role } from '@ssc/auth';
import { AGENCIES } from '@ssc/contract';
import { beforeAll, describe, expect, it } from 'vitest';
import { useFederation } from './federation.ts';

const federation = useFederation({ seedProjects: 10 });

type Res<T> = { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
const tokens = new Map<string, string>();
async function as(agency: string, role: Role, user?: string): Promise<string> {
  const key = `${agency}/${role}/${user ?? ''}`;
  if (!tokens.has(key)) tokens.set(key, await federation().token(agency, [role], user));
  return tokens.get(key) as string;
}
/** Sends a query and expects no error. */
async function ok<T>(token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = (await federation().as<T>(token, query, variables)) as Res<T>;
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}
async function fails(token: string | null, query: string, variables: Record<string, unknown>, code: string): Promise<string> {
  const res = (await federation().as(token, query, variables)) as Res<unknown>;
  expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe(code);
  return res.errors?.[0]?.message ?? '';
}

const REQUEST = `id status version requester { name country { code } agency { code } } contact { name email }
  history { from to user agency { code } comment } declineReason project { id status }`;
type Request = {
  id: string;
  status: string;
  version: number;
  contact: { name: string; email: string } | null;
  history: { from: string | null; to: string; agency: { code: string }; comment: string | null }[];
  declineReason: string | null;
  project: { id: string; status: string } | null;
};

/** A period end ten days ago, so that the report is never in the future nor, six months on, late. */
const RECENT = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);

const state = {} as { request: Request; projectId: string; evaluationId: string; expertId: string; lessonId: string };

describe('the cooperation cycle, through the gateway', () => {
  beforeAll(async () => {
    // warm the token cache for the agencies that act
    await Promise.all(['ABC', 'INDONESIA', 'JICA'].map((a) => as(a, 'officer')));
  });

  it('1. an Indonesian institution submits a request to ABC; its contact is shown only to ABC and Indonesia', async () => {
    const { submitAbcCooperationRequest: r } = await ok<{ submitAbcCooperationRequest: Request }>(
      await as('INDONESIA', 'officer'),
      `mutation($input: CooperationRequestInput!) { submitAbcCooperationRequest(input: $input) { ${REQUEST} } }`,
      {
        input: {
          title: 'Cassava processing for smallholder cooperatives in Nusa Tenggara',
          description: 'Request for technical cooperation on cassava processing, after the Embrapa model.',
          sectors: ['31120', '31163'],
          sdgs: [2, 8],
          requester: { name: 'Indonesian Agency for Agricultural Research and Development', country: 'ID' },
          desiredModality: 'BILATERAL',
          contact: { name: 'Desk officer (fictional)', email: 'desk@example.org' },
        },
      },
    );
    expect(r).toMatchObject({ status: 'SUBMITTED', version: 1, requester: { country: { code: 'ID' }, agency: { code: 'INDONESIA' } } });
    expect(r.history).toEqual([{ from: null, to: 'SUBMITTED', user: 'indonesia-officer', agency: { code: 'INDONESIA' }, comment: null }]);
    expect(r.contact?.email).toBe('desk@example.org');
    state.request = r;
    const seen = async (token: string | null) =>
      (await ok<{ cooperationRequest: { contact: unknown } }>(token, `{ cooperationRequest(id: "${r.id}") { contact { email } } }`))
        .cooperationRequest.contact;
    expect(await seen(await as('ABC', 'viewer'))).toEqual({ email: 'desk@example.org' });
    expect(await seen(await as('JICA', 'admin'))).toBeNull();
    expect(await seen(null)).toBeNull();
  });

  it('2. ABC appraises and accepts it; an illegal move is refused with INVALID_TRANSITION and changes nothing', async () => {
    const move = `mutation($id: ID!, $version: Int!, $to: RequestStatus!, $comment: String) {
      moveAbcCooperationRequest(id: $id, version: $version, to: $to, comment: $comment) { ${REQUEST} } }`;
    const officer = await as('ABC', 'officer');
    const message = await fails(officer, move, { id: state.request.id, version: 1, to: 'ACCEPTED' }, 'INVALID_TRANSITION');
    expect(message).toMatch(/is SUBMITTED and may not move to ACCEPTED: from SUBMITTED it may move to UNDER_APPRAISAL or DECLINED/);
    await fails(officer, move, { id: state.request.id, version: 1, to: 'CONVERTED' }, 'INVALID_TRANSITION');
    const appraised = await ok<{ moveAbcCooperationRequest: Request }>(officer, move, {
      id: state.request.id,
      version: 1,
      to: 'UNDER_APPRAISAL',
      comment: 'Sent to Embrapa for a technical opinion.',
    });
    expect(appraised.moveAbcCooperationRequest).toMatchObject({ status: 'UNDER_APPRAISAL', version: 2 });
    await fails(officer, move, { id: state.request.id, version: 1, to: 'ACCEPTED' }, 'CONFLICT');
    const accepted = await ok<{ moveAbcCooperationRequest: Request }>(officer, move, {
      id: state.request.id,
      version: 2,
      to: 'ACCEPTED',
      comment: 'Fits the bilateral programme.',
    });
    expect(accepted.moveAbcCooperationRequest.history.map((h) => h.to)).toEqual(['SUBMITTED', 'UNDER_APPRAISAL', 'ACCEPTED']);
    state.request = accepted.moveAbcCooperationRequest;
  });

  it('3. ABC converts it into a PIPELINE project with both sides as participants, linked both ways', async () => {
    const { convertAbcCooperationRequest: r } = await ok<{ convertAbcCooperationRequest: Request }>(
      await as('ABC', 'officer'),
      `mutation($id: ID!, $version: Int!, $input: ConversionInput!) {
        convertAbcCooperationRequest(id: $id, version: $version, input: $input) { ${REQUEST} } }`,
      {
        id: state.request.id,
        version: state.request.version,
        input: {
          plannedStartDate: '2026-01-01',
          plannedEndDate: '2028-06-30',
          budget: { amount: 420000, currency: 'USD' },
          implementingInstitutionId: 'ABC-I-000001',
        },
      },
    );
    expect(r.status).toBe('CONVERTED');
    expect(r.project?.status).toBe('PIPELINE');
    state.projectId = r.project?.id as string;
    const { project } = await ok<{
      project: {
        request: { id: string };
        participants: { role: string; agency: { code: string } | null; institution: { id: string } | null }[];
      };
    }>(
      null,
      `{ project(id: "${state.projectId}") { ... on AbcProject { request { id }
         participants { role agency { code } institution { id } } } } }`,
    );
    expect(project.request.id).toBe(state.request.id);
    expect(project.participants).toEqual([
      { role: 'PROVIDER', agency: { code: 'ABC' }, institution: null },
      { role: 'PROVIDER', agency: null, institution: { id: 'ABC-I-000001' } },
      { role: 'RECIPIENT', agency: { code: 'INDONESIA' }, institution: null },
    ]);
  });

  it('4. the project may enter IMPLEMENTATION only after Indonesia has confirmed its participation', async () => {
    const update = `mutation($id: ID!, $version: Int!, $patch: AbcProjectPatch!) {
      updateAbcProject(id: $id, version: $version, patch: $patch) { id status version monitoring { overdue nextReportDue } } }`;
    const officer = await as('ABC', 'officer');
    const version = async () =>
      (await ok<{ project: { version: number } }>(null, `{ project(id: "${state.projectId}") { ... on AbcProject { version } } }`)).project
        .version;
    const results = [
      {
        type: '1',
        title: 'Cooperatives trained in cassava processing',
        indicators: [
          { ref: 'coops', title: 'Cooperatives trained', measure: '1', baselineYear: 2025, baselineValue: 0, targetValue: 40 },
          { ref: 'yield', title: 'Flour yield per tonne of roots (%)', measure: '2', baselineValue: 18, targetValue: 25 },
        ],
      },
    ];
    const v1 = await version();
    const refused = await fails(
      officer,
      update,
      { id: state.projectId, version: v1, patch: { status: 'IMPLEMENTATION', results } },
      'INVALID_TRANSITION',
    );
    expect(refused).toMatch(/waiting for INDONESIA/);
    expect(await version()).toBe(v1);
    await ok(
      await as('INDONESIA', 'officer'),
      `mutation { confirmAbcProjectParticipation(id: "${state.projectId}", comment: "IAARD agrees to the design.") { id } }`,
    );
    const started = await ok<{ updateAbcProject: { status: string; monitoring: { overdue: boolean; nextReportDue: string } } }>(
      officer,
      update,
      { id: state.projectId, version: v1, patch: { status: 'IMPLEMENTATION', actualStartDate: '2026-02-01', results } },
    );
    expect(started.updateAbcProject.status).toBe('IMPLEMENTATION');
    // no report yet: due six months after the start, which is past
    expect(started.updateAbcProject.monitoring).toEqual({ overdue: true, nextReportDue: '2026-08-01' });
  });

  it('5. both sides file monitoring reports against the indicators, and comment on each other', async () => {
    const file = `mutation($input: MonitoringReportInput!) { fileAbcMonitoringReport(input: $input) {
      id side agency { code } progress { indicatorRef indicatorTitle targetValue actualValue } comments { agency { code } text } } }`;
    const period = { projectId: state.projectId, periodStart: '2026-02-01', periodEnd: '2026-07-31' };
    const provider = await ok<{ fileAbcMonitoringReport: { id: string; side: string; progress: unknown[] } }>(
      await as('ABC', 'officer'),
      file,
      { input: { ...period, summary: 'Training materials ready.', progress: [{ indicatorRef: 'coops', actualValue: 12 }] } },
    );
    expect(provider.fileAbcMonitoringReport.side).toBe('PROVIDER');
    expect(provider.fileAbcMonitoringReport.progress).toEqual([
      { indicatorRef: 'coops', indicatorTitle: 'Cooperatives trained', targetValue: 40, actualValue: 12 },
    ]);
    const recipient = await ok<{ fileAbcMonitoringReport: { id: string; side: string } }>(await as('INDONESIA', 'evaluator'), file, {
      input: {
        ...period,
        periodStart: '2026-05-01',
        periodEnd: RECENT,
        progress: [
          { indicatorRef: 'coops', actualValue: 15, comment: 'Three more in East Nusa Tenggara.' },
          { indicatorRef: 'yield', actualValue: 21 },
        ],
        issues: 'Drying equipment arrived late.',
        nextSteps: 'Second training round in March.',
      },
    });
    expect(recipient.fileAbcMonitoringReport.side).toBe('RECIPIENT');
    await fails(await as('JICA', 'officer'), file, { input: { ...period, progress: [] } }, 'FORBIDDEN');
    const commented = await ok<{ commentOnAbcMonitoringReport: { comments: { agency: { code: string }; text: string }[] } }>(
      await as('INDONESIA', 'officer'),
      `mutation { commentOnAbcMonitoringReport(id: "${provider.fileAbcMonitoringReport.id}", text: "Agreed; we add the yield figures.") { comments { agency { code } text } } }`,
    );
    expect(commented.commentOnAbcMonitoringReport.comments).toEqual([
      { agency: { code: 'INDONESIA' }, text: 'Agreed; we add the yield figures.' },
    ]);
    const { project } = await ok<{
      project: { monitoring: { reportCount: number; lastPeriodEnd: string; overdue: boolean }; monitoringReports: { side: string }[] };
    }>(
      null,
      `{ project(id: "${state.projectId}") { ... on AbcProject { monitoring { reportCount lastPeriodEnd overdue } monitoringReports { side } } } }`,
    );
    expect(project.monitoring).toEqual({ reportCount: 2, lastPeriodEnd: RECENT, overdue: false });
    expect(project.monitoringReports.map((r) => r.side)).toEqual(['RECIPIENT', 'PROVIDER']);
  });

  it('6. JICA and ABC evaluate it jointly; the override of the rule carries its justification; final once both signed off', async () => {
    const created = await ok<{ createAbcEvaluation: { id: string; status: string; overallRating: string; ruleRating: string } }>(
      await as('ABC', 'evaluator'),
      `mutation($input: EvaluationInput!) { createAbcEvaluation(input: $input) { id status overallRating ruleRating overallRatingJustification } }`,
      {
        input: {
          projectId: state.projectId,
          type: 'JOINT',
          date: '2026-11-20',
          evaluators: ['ABC', 'JICA'],
          ratings: [
            { criterion: 'RELEVANCE', score: 3, narrative: 'Answers a request of the partner.' },
            { criterion: 'EFFECTIVENESS', score: 3, narrative: 'Targets on track.' },
            { criterion: 'IMPACT', score: 3, narrative: 'Early signs of income gains.' },
            { criterion: 'EFFICIENCY', score: 2, narrative: 'Equipment delays.' },
            { criterion: 'COHERENCE', score: 3, narrative: 'Complements the national cassava programme.' },
            { criterion: 'SUSTAINABILITY', score: 3, narrative: 'Cooperatives fund their own equipment.' },
          ],
          overallRating: 'B',
          overallRatingJustification: 'Mid-term: impact is too early to rate A.',
        },
      },
    );
    expect(created.createAbcEvaluation).toMatchObject({ status: 'DRAFT', overallRating: 'B', ruleRating: 'A' });
    state.evaluationId = created.createAbcEvaluation.id;
    const evaluations = async (token: string | null) =>
      (
        await ok<{ project: { evaluations: { nodes: { id: string; status: string }[] } } }>(
          token,
          `{ project(id: "${state.projectId}") { evaluations { nodes { id ... on AbcEvaluation { status } } } } }`,
        )
      ).project.evaluations.nodes;
    expect(await evaluations(null)).toEqual([]);
    expect(await evaluations(await as('JICA', 'viewer'))).toEqual([{ id: state.evaluationId, status: 'DRAFT' }]);
    const signOff = `mutation { signOffAbcEvaluation(id: "${state.evaluationId}", version: 1) { status } }`;
    expect(
      (await ok<{ signOffAbcEvaluation: { status: string } }>(await as('JICA', 'evaluator'), signOff)).signOffAbcEvaluation.status,
    ).toBe('DRAFT');
    expect(
      (await ok<{ signOffAbcEvaluation: { status: string } }>(await as('ABC', 'evaluator'), signOff)).signOffAbcEvaluation.status,
    ).toBe('FINAL');
    expect(await evaluations(null)).toEqual([{ id: state.evaluationId, status: 'FINAL' }]);
  });

  it('7. an Indonesian expert from the talent bank is deployed to the project; the search finds experts free next quarter', async () => {
    const indonesia = await as('INDONESIA', 'officer');
    const created = await ok<{ createIndonesiaExpert: { id: string; version: number } }>(
      indonesia,
      `mutation($input: ExpertInput!) { createIndonesiaExpert(input: $input) { id version } }`,
      {
        input: {
          name: 'Sari Wulandari (fictional)',
          nationality: 'ID',
          sectors: ['31120', '31163'],
          languages: ['id', 'pt', 'en'],
          expertiseSummary: 'Cassava agronomy and small-scale processing; trained at Embrapa.',
          availability: [
            { from: '2026-12-01', to: '2027-06-30' },
            { from: '2027-09-01', to: '2027-12-31' },
          ],
          contact: { email: 'sari.w@example.org', phone: '+62 21 555 0101' },
        },
      },
    );
    state.expertId = created.createIndonesiaExpert.id;
    const deploy = `mutation($id: ID!, $version: Int!, $input: DeploymentInput!) {
      deployIndonesiaExpert(id: $id, version: $version, input: $input) { id version deployments { role startDate project { id } } } }`;
    const deployed = await ok<{ deployIndonesiaExpert: { deployments: { role: string; project: { id: string } }[] } }>(indonesia, deploy, {
      id: state.expertId,
      version: created.createIndonesiaExpert.version,
      input: { projectId: state.projectId, role: 'Processing trainer', startDate: '2027-01-10', endDate: '2027-03-20' },
    });
    expect(deployed.deployIndonesiaExpert.deployments).toEqual([
      { role: 'Processing trainer', startDate: '2027-01-10', project: { id: state.projectId } },
    ]);
    const search = (from: string, to: string) =>
      `{ experts(filter: { languages: ["pt"], sectors: ["31120"], availableFrom: "${from}", availableTo: "${to}" }, first: 500) {
          totalCount nodes { id agency { code } } } }`;
    const free = async (from: string, to: string) =>
      (await ok<{ experts: { nodes: { id: string }[] } }>(null, search(from, to))).experts.nodes.map((n) => n.id);
    expect(await free('2027-04-01', '2027-06-30')).toContain(state.expertId);
    expect(await free('2027-01-01', '2027-03-31')).not.toContain(state.expertId); // deployed then
    expect(await free('2027-07-01', '2027-09-30')).not.toContain(state.expertId); // not offered then
    const contact = async (token: string | null) =>
      (await ok<{ expert: { contact: unknown } }>(token, `{ expert(id: "${state.expertId}") { contact { email } } }`)).expert.contact;
    expect(await contact(indonesia)).toEqual({ email: 'sari.w@example.org' });
    expect(await contact(await as('ABC', 'admin'))).toBeNull();
    expect(await contact(null)).toBeNull();
    const { project } = await ok<{ project: { experts: { nodes: { id: string }[] } } }>(
      null,
      `{ project(id: "${state.projectId}") { experts { nodes { id } } } }`,
    );
    expect(project.experts.nodes.map((n) => n.id)).toEqual([state.expertId]);
  });

  it('8. a lesson is noted, visible only to ABC until published, then heads the cross-agency feed', async () => {
    const created = await ok<{ createAbcLesson: { id: string; public: boolean } }>(
      await as('ABC', 'evaluator'),
      `mutation($input: LessonInput!) { createAbcLesson(input: $input) { id public } }`,
      {
        input: {
          title: 'Ask the requesting institution to co-design the indicators',
          summary: 'Indicators agreed with IAARD at conversion made both sides report against the same figures.',
          projectId: state.projectId,
          evaluationId: state.evaluationId,
          sectors: ['31120'],
          countries: ['ID'],
        },
      },
    );
    state.lessonId = created.createAbcLesson.id;
    const feed = async (token: string | null) =>
      (
        await ok<{ lessons: { nodes: { id: string; public: boolean }[] } }>(
          token,
          '{ lessons(first: 500) { nodes { id public project { id } evaluation { id } } } }',
        )
      ).lessons.nodes;
    expect((await feed(null)).map((l) => l.id)).not.toContain(state.lessonId);
    expect((await feed(await as('ABC', 'viewer'))).map((l) => l.id)).toContain(state.lessonId);
    await ok(await as('ABC', 'officer'), `mutation { publishAbcLesson(id: "${state.lessonId}") { id } }`);
    const published = await feed(null);
    expect(published[0]).toMatchObject({
      id: state.lessonId,
      public: true,
      project: { id: state.projectId },
      evaluation: { id: state.evaluationId },
    });
  });

  it('9. the cross-agency lists show every step', async () => {
    const data = await ok<{
      cooperationRequests: { nodes: { id: string; status: string }[] };
      project: {
        status: string;
        lessons: { nodes: { id: string }[] };
        experts: { totalCount: number };
        evaluations: { totalCount: number };
      };
      overdue: { nodes: { id: string }[] };
    }>(
      null,
      `{ cooperationRequests(filter: { countries: ["ID"], statuses: [CONVERTED], sectors: ["31120"] }, first: 500) {
           nodes { id status ... on AbcCooperationRequest { project { id } } } }
         project(id: "${state.projectId}") { ... on AbcProject { status } lessons { nodes { id } } experts { totalCount } evaluations { totalCount } }
         overdue: projects(filter: { agencies: ["ABC"], monitoringOverdue: true }, first: 500) { nodes { id } } }`,
    );
    expect(data.cooperationRequests.nodes).toContainEqual(expect.objectContaining({ id: state.request.id, status: 'CONVERTED' }));
    expect(data.project).toEqual({
      status: 'IMPLEMENTATION',
      lessons: { nodes: [{ id: state.lessonId }] },
      experts: { totalCount: 1 },
      evaluations: { totalCount: 1 },
    });
    expect(data.overdue.nodes.map((n) => n.id)).not.toContain(state.projectId);
    const audit = await ok<{ abcAuditLog: { nodes: { action: string; recordId: string }[] } }>(
      await as('ABC', 'admin'),
      `{ abcAuditLog(first: 100) { nodes { action recordId } } }`,
    );
    const actions = audit.abcAuditLog.nodes.map((n) => `${n.action} ${n.recordId}`);
    for (const expected of [
      `submitRequest ${state.request.id}`,
      `moveRequest ${state.request.id}`,
      `convertRequest ${state.request.id}`,
      `createProject ${state.projectId}`,
      `confirmParticipation ${state.projectId}`,
      `publishLesson ${state.lessonId}`,
    ]) {
      expect(actions).toContain(expected);
    }
  });

  it("10. every agency's profile is readable through the gateway, and its admin keeps it", async () => {
    const read = async () =>
      (
        await ok<{ agencies: { code: string; profile: { version: number; legalInstruments: { kind: string; title: string }[] } }[] }>(
          null,
          '{ agencies { code profile { code version legalInstruments { kind year title } coordinationMechanisms { name members { name } } focalPoints { position } } } }',
        )
      ).agencies;
    const before = await read();
    expect(before.map((a) => a.code).sort()).toEqual(AGENCIES.map((a) => a.code).sort());
    const abc = before.find((a) => a.code === 'ABC');
    const set = `mutation($version: Int!, $input: AgencyProfileInput!) { setAbcAgencyProfile(version: $version, input: $input) { version legalInstruments { title } } }`;
    const input = {
      mandate: 'Coordinates Brazil’s technical cooperation.',
      legalInstruments: [{ kind: 'DECREE', number: '94.973', year: 1987, title: 'Creates the Brazilian Cooperation Agency' }],
      coordinationMechanisms: [{ name: 'Test committee', role: 'Coordinates', members: [{ name: 'Embrapa', country: 'BR' }] }],
      focalPoints: [{ position: 'Head of the Africa division', area: 'Africa' }],
    };
    const admin = await as('ABC', 'admin');
    await fails(await as('ABC', 'officer'), set, { version: abc?.profile.version, input }, 'FORBIDDEN');
    const saved = await ok<{ setAbcAgencyProfile: { version: number } }>(admin, set, { version: abc?.profile.version, input });
    expect(saved.setAbcAgencyProfile.version).toBe((abc?.profile.version ?? 0) + 1);
    await fails(admin, set, { version: abc?.profile.version, input }, 'CONFLICT');
    const after = (await read()).find((a) => a.code === 'ABC');
    expect(after?.profile.legalInstruments).toEqual([{ kind: 'DECREE', year: 1987, title: 'Creates the Brazilian Cooperation Agency' }]);
  });
});
