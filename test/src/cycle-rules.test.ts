import { beforeAll, describe, expect, it } from 'vitest';
import { useFederation } from './federation.ts';
import { authorizationMatrix, type Caller, callers, errorCode, type MatrixCase, useAuditCount } from './matrix.ts';

const federation = useFederation({ seedProjects: 10 });

type Res = { data?: Record<string, Record<string, unknown>> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
const { as, ANONYMOUS, FORGED } = callers(federation);
const send = async (caller: Caller, query: string, variables: Record<string, unknown>) =>
  (await federation().as(await caller.token(), query, variables)) as Res;
const code = errorCode;
/** The first field of a successful answer. */
async function done(caller: Caller, query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const res = await send(caller, query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return Object.values(res.data ?? {})[0] as Record<string, unknown>;
}

const M = {
  setProfile: `mutation($version: Int!, $input: AgencyProfileInput!) { setAbcAgencyProfile(version: $version, input: $input) { version } }`,
  submit: `mutation($input: CooperationRequestInput!) { submitAbcCooperationRequest(input: $input) { id version status } }`,
  move: `mutation($id: ID!, $version: Int!, $to: RequestStatus!, $comment: String) { moveAbcCooperationRequest(id: $id, version: $version, to: $to, comment: $comment) { id version status } }`,
  convert: `mutation($id: ID!, $version: Int!, $input: ConversionInput!) { convertAbcCooperationRequest(id: $id, version: $version, input: $input) { id status project { id } } }`,
  withdraw: `mutation($id: ID!, $version: Int!, $comment: String) { withdrawAbcCooperationRequest(id: $id, version: $version, comment: $comment) { id version status history { to agency { code } comment } } }`,
  file: `mutation($input: MonitoringReportInput!) { fileAbcMonitoringReport(input: $input) { id } }`,
  comment: `mutation($id: ID!, $text: String!) { commentOnAbcMonitoringReport(id: $id, text: $text) { id } }`,
  createExpert: `mutation($input: ExpertInput!) { createAbcExpert(input: $input) { id version } }`,
  updateExpert: `mutation($id: ID!, $version: Int!, $patch: ExpertPatch!) { updateAbcExpert(id: $id, version: $version, patch: $patch) { id version } }`,
  deploy: `mutation($id: ID!, $version: Int!, $input: DeploymentInput!) { deployAbcExpert(id: $id, version: $version, input: $input) { id version } }`,
  createLesson: `mutation($input: LessonInput!) { createAbcLesson(input: $input) { id } }`,
  publish: `mutation($id: ID!) { publishAbcLesson(id: $id) { id public } }`,
  updateProject: `mutation($id: ID!, $version: Int!, $patch: AbcProjectPatch!) { updateAbcProject(id: $id, version: $version, patch: $patch) { id version status } }`,
  createEvaluation: `mutation($input: EvaluationInput!) { createAbcEvaluation(input: $input) { id version } }`,
  updateEvaluation: `mutation($id: ID!, $version: Int!, $patch: EvaluationPatch!) { updateAbcEvaluation(id: $id, version: $version, patch: $patch) {
    id version status overallRating ruleRating signOffs { agency { code } } } }`,
};

const ABC_OFFICER = as('ABC', 'officer');
const ABC_ADMIN = as('ABC', 'admin');
const IDN_OFFICER = as('INDONESIA', 'officer');

const PROFILE = {
  mandate: 'Coordinates technical cooperation.',
  legalInstruments: [{ kind: 'DECREE', number: '94.973', year: 1987, title: 'Creates the agency' }],
  coordinationMechanisms: [{ name: 'Committee', role: 'Coordinates', members: [{ name: 'Embrapa', country: 'BR' }] }],
  focalPoints: [{ position: 'Head of the Africa division', email: 'africa@example.org' }],
};
const REQUEST = {
  title: 'Dairy value chain support',
  sectors: ['31163'],
  requester: { name: 'Ministry of Agriculture', country: 'ID' },
  contact: { email: 'desk@example.org' },
};
const RESULTS = [
  {
    type: '1',
    title: 'Technicians trained',
    indicators: [{ ref: 'trained', title: 'Technicians trained', measure: '1', targetValue: 30 }],
  },
];
const EXPERT = {
  name: 'Rui Almeida (fictional)',
  nationality: 'BR',
  sectors: ['31120'],
  languages: ['pt', 'en'],
  availability: [{ from: '2027-01-01', to: '2027-12-31' }],
};
const LESSON = { title: 'Plan the equipment early', summary: 'Procurement took longer than the training.' };

const auditCount = useAuditCount(federation);

async function profileVersion(): Promise<number> {
  const res = (await federation().as(null, '{ abcProfile { version } }')) as Res;
  return res.data?.abcProfile?.version as number;
}
async function newRequest(): Promise<{ id: string; version: number }> {
  const r = await done(IDN_OFFICER, M.submit, { input: REQUEST });
  return { id: r.id as string, version: r.version as number };
}
async function acceptedRequest(): Promise<{ id: string; version: number }> {
  const { id } = await newRequest();
  await done(ABC_OFFICER, M.move, { id, version: 1, to: 'UNDER_APPRAISAL' });
  await done(ABC_OFFICER, M.move, { id, version: 2, to: 'ACCEPTED' });
  return { id, version: 3 };
}
const CONVERSION = { plannedStartDate: '2026-01-01', plannedEndDate: '2027-12-31' };
/** A project in implementation with Indonesia as recipient and one indicator, "trained". */
async function runningProject(): Promise<string> {
  const request = await acceptedRequest();
  const converted = await done(ABC_OFFICER, M.convert, { ...request, input: CONVERSION });
  const id = (converted.project as { id: string }).id;
  await done(IDN_OFFICER, `mutation($id: ID!) { confirmAbcProjectParticipation(id: $id) { id } }`, { id });
  const v = await done(ABC_OFFICER, `{ abcProject(id: "${id}") { version } }`, {});
  await done(ABC_OFFICER, M.updateProject, { id, version: v.version, patch: { status: 'IMPLEMENTATION', results: RESULTS } });
  return id;
}
let project: string;
let period = 0;
/** A fresh reporting period each time, so that no two reports collide. */
const report = (extra: Record<string, unknown> = {}) => {
  period += 1;
  const month = String((period % 12) + 1).padStart(2, '0');
  const year = 2015 + Math.floor(period / 12); // past periods: a report on the future is refused
  return {
    input: {
      projectId: project,
      periodStart: `${year}-${month}-01`,
      periodEnd: `${year}-${month}-28`,
      progress: [{ indicatorRef: 'trained', actualValue: period }],
      ...extra,
    },
  };
};
async function newReport(): Promise<string> {
  return (await done(ABC_OFFICER, M.file, report())).id as string;
}
const ABC_EVALUATOR = as('ABC', 'evaluator');
/** A joint ABC-JICA draft evaluation of the running project. */
async function newDraft(): Promise<{ id: string; version: number }> {
  const e = await done(ABC_EVALUATOR, M.createEvaluation, {
    input: {
      projectId: project,
      type: 'JOINT',
      date: '2026-10-01',
      evaluators: ['ABC', 'JICA'],
      ratings: [
        { criterion: 'RELEVANCE', score: 3, narrative: 'Asked for by the partner.' },
        { criterion: 'EFFECTIVENESS', score: 2, narrative: 'On track.' },
      ],
    },
  });
  return { id: e.id as string, version: e.version as number };
}
async function newExpert(): Promise<{ id: string; version: number }> {
  const x = await done(ABC_OFFICER, M.createExpert, { input: EXPERT });
  return { id: x.id as string, version: x.version as number };
}
let deployments = 0;
const deployment = () => {
  deployments += 1;
  return {
    projectId: project,
    role: 'Trainer',
    startDate: `2030-01-${String(deployments).padStart(2, '0')}`,
    endDate: `2030-01-${String(deployments).padStart(2, '0')}`,
  };
};

beforeAll(async () => {
  project = await runningProject();
});

describe('authorization matrix of the cycle (every mutation, the roles of ABC, partner agencies, anonymous, forged)', () => {
  const cases: MatrixCase<keyof typeof M>[] = [
    {
      mutation: 'setProfile',
      args: async () => ({ version: await profileVersion(), input: PROFILE }),
      allowed: [ABC_ADMIN],
      refused: [
        [ABC_OFFICER, 'FORBIDDEN'],
        [as('JICA', 'admin'), 'FORBIDDEN'],
        [ANONYMOUS, 'UNAUTHENTICATED'],
        [FORGED, 'UNAUTHENTICATED'],
      ],
    },
    {
      mutation: 'submit',
      args: async () => ({ input: REQUEST }),
      allowed: [IDN_OFFICER, as('JICA', 'admin'), ABC_OFFICER],
      refused: [
        [as('INDONESIA', 'viewer'), 'FORBIDDEN'],
        [as('ABC', 'evaluator'), 'FORBIDDEN'],
        [ANONYMOUS, 'UNAUTHENTICATED'],
        [FORGED, 'UNAUTHENTICATED'],
      ],
    },
    {
      mutation: 'move',
      args: async () => ({ ...(await newRequest()), to: 'UNDER_APPRAISAL' }),
      allowed: [ABC_OFFICER, ABC_ADMIN],
      refused: [
        [as('ABC', 'viewer'), 'FORBIDDEN'],
        [IDN_OFFICER, 'FORBIDDEN'],
        [ANONYMOUS, 'UNAUTHENTICATED'],
        [FORGED, 'UNAUTHENTICATED'],
      ],
    },
    {
      mutation: 'convert',
      args: async () => ({ ...(await acceptedRequest()), input: CONVERSION }),
      audits: 2,
      allowed: [ABC_OFFICER],
      refused: [
        [as('ABC', 'evaluator'), 'FORBIDDEN'],
        [IDN_OFFICER, 'FORBIDDEN'],
        [ANONYMOUS, 'UNAUTHENTICATED'],
        [FORGED, 'UNAUTHENTICATED'],
      ],
    },
    {
      mutation: 'file',
      args: async () => report(),
      allowed: [ABC_OFFICER, as('ABC', 'evaluator'), IDN_OFFICER, as('INDONESIA', 'evaluator')],
      refused: [
        [as('ABC', 'viewer'), 'FORBIDDEN'],
        [as('JICA', 'officer'), 'FORBIDDEN'],
        [ANONYMOUS, 'UNAUTHENTICATED'],
        [FORGED, 'UNAUTHENTICATED'],
      ],
    },
    {
      mutation: 'comment',
      args: async () => ({ id: await newReport(), text: 'Seen; agreed.' }),
      allowed: [IDN_OFFICER, ABC_OFFICER],
      refused: [
        [as('INDONESIA', 'viewer'), 'FORBIDDEN'],
        [as('UNOSSC', 'officer'), 'FORBIDDEN'],
        [ANONYMOUS, 'UNAUTHENTICATED'],
        [FORGED, 'UNAUTHENTICATED'],
      ],
    },
    {
      mutation: 'createExpert',
      args: async () => ({ input: EXPERT }),
      allowed: [ABC_OFFICER, ABC_ADMIN],
      refused: [
        [as('ABC', 'evaluator'), 'FORBIDDEN'],
        [as('JICA', 'officer'), 'FORBIDDEN'],
        [ANONYMOUS, 'UNAUTHENTICATED'],
        [FORGED, 'UNAUTHENTICATED'],
      ],
    },
    {
      mutation: 'updateExpert',
      args: async () => ({ ...(await newExpert()), patch: { languages: ['pt', 'es'] } }),
      allowed: [ABC_OFFICER],
      refused: [
        [as('ABC', 'viewer'), 'FORBIDDEN'],
        [IDN_OFFICER, 'FORBIDDEN'],
        [ANONYMOUS, 'UNAUTHENTICATED'],
        [FORGED, 'UNAUTHENTICATED'],
      ],
    },
    {
      mutation: 'deploy',
      args: async () => ({ ...(await newExpert()), input: deployment() }),
      allowed: [ABC_OFFICER],
      refused: [
        [as('ABC', 'evaluator'), 'FORBIDDEN'],
        [as('INDONESIA', 'admin'), 'FORBIDDEN'],
        [ANONYMOUS, 'UNAUTHENTICATED'],
        [FORGED, 'UNAUTHENTICATED'],
      ],
    },
    {
      mutation: 'createLesson',
      args: async () => ({ input: { ...LESSON, projectId: project } }),
      allowed: [ABC_OFFICER, as('ABC', 'evaluator')],
      refused: [
        [as('ABC', 'viewer'), 'FORBIDDEN'],
        [as('JICA', 'evaluator'), 'FORBIDDEN'],
        [ANONYMOUS, 'UNAUTHENTICATED'],
        [FORGED, 'UNAUTHENTICATED'],
      ],
    },
    {
      mutation: 'updateEvaluation',
      args: async () => ({ ...(await newDraft()), patch: { findings: 'Revised after the field visit.' } }),
      allowed: [ABC_EVALUATOR, as('JICA', 'evaluator'), ABC_ADMIN],
      refused: [
        [ABC_OFFICER, 'FORBIDDEN'],
        [as('UNOSSC', 'evaluator'), 'NOT_FOUND'],
        [ANONYMOUS, 'UNAUTHENTICATED'],
        [FORGED, 'UNAUTHENTICATED'],
      ],
    },
    {
      mutation: 'withdraw',
      args: async () => ({ ...(await newRequest()), comment: 'Funded from the national budget instead.' }),
      allowed: [IDN_OFFICER, as('INDONESIA', 'admin')],
      refused: [
        [ABC_OFFICER, 'FORBIDDEN'],
        [as('JICA', 'officer'), 'FORBIDDEN'],
        [as('INDONESIA', 'viewer'), 'FORBIDDEN'],
        [ANONYMOUS, 'UNAUTHENTICATED'],
        [FORGED, 'UNAUTHENTICATED'],
      ],
    },
    {
      mutation: 'publish',
      args: async () => ({ id: (await done(ABC_OFFICER, M.createLesson, { input: LESSON })).id }),
      allowed: [ABC_OFFICER, as('ABC', 'evaluator')],
      refused: [
        [as('ABC', 'viewer'), 'FORBIDDEN'],
        [IDN_OFFICER, 'FORBIDDEN'],
        [ANONYMOUS, 'UNAUTHENTICATED'],
        [FORGED, 'UNAUTHENTICATED'],
      ],
    },
  ];
  authorizationMatrix(federation, M, cases, auditCount);
});

describe('bad input to the cycle gets a clear error and changes nothing', () => {
  type Bad = [what: string, mutation: keyof typeof M, args: () => Promise<Record<string, unknown>>, code: string, message: RegExp];
  const big = 'x'.repeat(20_001);
  const cases: Bad[] = [
    [
      'setProfile: unknown country',
      'setProfile',
      async () => ({
        version: await profileVersion(),
        input: { ...PROFILE, coordinationMechanisms: [{ name: 'C', role: 'R', members: [{ name: 'M', country: 'XX' }] }] },
      }),
      'BAD_USER_INPUT',
      /members\[0\]\.country: "XX" is not an ISO 3166-1/,
    ],
    [
      'setProfile: year out of range',
      'setProfile',
      async () => ({
        version: await profileVersion(),
        input: { ...PROFILE, legalInstruments: [{ kind: 'LAW', year: 1066, title: 'Old' }] },
      }),
      'BAD_USER_INPUT',
      /year must be a year between 1900 and 2100/,
    ],
    [
      'setProfile: oversize mandate',
      'setProfile',
      async () => ({ version: await profileVersion(), input: { ...PROFILE, mandate: big } }),
      'BAD_USER_INPUT',
      /mandate is 20001 characters long/,
    ],
    [
      'setProfile: bad e-mail',
      'setProfile',
      async () => ({ version: await profileVersion(), input: { ...PROFILE, focalPoints: [{ position: 'P', email: 'not-mail' }] } }),
      'BAD_USER_INPUT',
      /is not an e-mail address/,
    ],
    [
      'setProfile: stale version',
      'setProfile',
      async () => ({ version: (await profileVersion()) + 5, input: PROFILE }),
      'CONFLICT',
      /was changed since you read it/,
    ],
    [
      'submit: unknown sector',
      'submit',
      async () => ({ input: { ...REQUEST, sectors: ['99999'] } }),
      'BAD_USER_INPUT',
      /sectors\[0\]: "99999" is not a DAC 5-digit sector code/,
    ],
    [
      'submit: unknown country',
      'submit',
      async () => ({ input: { ...REQUEST, requester: { name: 'X', country: 'ZZ' } } }),
      'BAD_USER_INPUT',
      /requester\.country/,
    ],
    [
      'submit: oversize title',
      'submit',
      async () => ({ input: { ...REQUEST, title: 'x'.repeat(501) } }),
      'BAD_USER_INPUT',
      /title is 501 characters long/,
    ],
    ['submit: no sector', 'submit', async () => ({ input: { ...REQUEST, sectors: [] } }), 'BAD_USER_INPUT', /at least one/],
    [
      'submit: bad contact e-mail',
      'submit',
      async () => ({ input: { ...REQUEST, contact: { email: 'a@b' } } }),
      'BAD_USER_INPUT',
      /contact\.email/,
    ],
    [
      'move: illegal transition',
      'move',
      async () => ({ ...(await newRequest()), to: 'ACCEPTED' }),
      'INVALID_TRANSITION',
      /is SUBMITTED and may not move to ACCEPTED/,
    ],
    [
      'move: out of a closed state',
      'move',
      async () => {
        const r = await newRequest();
        await done(ABC_OFFICER, M.move, { ...r, to: 'DECLINED', comment: 'Outside our priorities.' });
        return { id: r.id, version: 2, to: 'UNDER_APPRAISAL' };
      },
      'INVALID_TRANSITION',
      /from DECLINED it may move to nothing: it is closed/,
    ],
    [
      'move: declined without a reason',
      'move',
      async () => ({ ...(await newRequest()), to: 'DECLINED' }),
      'BAD_USER_INPUT',
      /needs a comment giving the reason/,
    ],
    [
      'move: stale version',
      'move',
      async () => ({ id: (await newRequest()).id, version: 7, to: 'UNDER_APPRAISAL' }),
      'CONFLICT',
      /version 7; it is now 1/,
    ],
    [
      'move: unknown request',
      'move',
      async () => ({ id: 'ABC-R-999999', version: 1, to: 'UNDER_APPRAISAL' }),
      'NOT_FOUND',
      /has no request for cooperation ABC-R-999999/,
    ],
    [
      'move: oversize comment',
      'move',
      async () => ({ ...(await newRequest()), to: 'UNDER_APPRAISAL', comment: 'x'.repeat(2001) }),
      'BAD_USER_INPUT',
      /comment is 2001 characters long/,
    ],
    [
      'convert: not accepted',
      'convert',
      async () => ({ ...(await newRequest()), input: CONVERSION }),
      'INVALID_TRANSITION',
      /only an ACCEPTED request may be converted/,
    ],
    [
      'convert: bad date order',
      'convert',
      async () => ({ ...(await acceptedRequest()), input: { plannedStartDate: '2027-01-01', plannedEndDate: '2026-01-01' } }),
      'BAD_USER_INPUT',
      /plannedEndDate \(2026-01-01\) is before/,
    ],
    [
      'convert: missing institution',
      'convert',
      async () => ({ ...(await acceptedRequest()), input: { ...CONVERSION, implementingInstitutionId: 'ABC-I-999999' } }),
      'BAD_USER_INPUT',
      /registry has no institution ABC-I-999999/,
    ],
    [
      'convert: unknown currency',
      'convert',
      async () => ({ ...(await acceptedRequest()), input: { ...CONVERSION, budget: { amount: 10, currency: 'XYZ' } } }),
      'BAD_USER_INPUT',
      /ISO 4217/,
    ],
    [
      'convert: stale version',
      'convert',
      async () => ({ id: (await acceptedRequest()).id, version: 1, input: CONVERSION }),
      'CONFLICT',
      /changed since you read it/,
    ],
    [
      'file: bad period order',
      'file',
      async () => report({ periodStart: '2026-06-30', periodEnd: '2026-06-01' }),
      'BAD_USER_INPUT',
      /periodEnd \(2026-06-01\) is before/,
    ],
    [
      'file: unknown indicator',
      'file',
      async () => report({ progress: [{ indicatorRef: 'ghost', actualValue: 1 }] }),
      'BAD_USER_INPUT',
      /has no indicator "ghost" \(it has trained\)/,
    ],
    ['file: oversize summary', 'file', async () => report({ summary: big }), 'BAD_USER_INPUT', /input\.summary is 20001 characters/],
    [
      'file: project not started',
      'file',
      async () => ({ input: { ...report().input, projectId: 'ABC-P-000002' } }),
      'INVALID_TRANSITION',
      /monitoring reports are filed for projects in IMPLEMENTATION or FINALISATION/,
    ],
    [
      'file: unknown project',
      'file',
      async () => ({ input: { ...report().input, projectId: 'ABC-P-999999' } }),
      'NOT_FOUND',
      /has no project ABC-P-999999/,
    ],
    [
      'file: same period twice',
      'file',
      async () => {
        const args = report();
        await done(ABC_OFFICER, M.file, args);
        return args;
      },
      'CONFLICT',
      /already filed/,
    ],
    ['comment: empty text', 'comment', async () => ({ id: await newReport(), text: '  ' }), 'BAD_USER_INPUT', /text must not be empty/],
    [
      'comment: oversize text',
      'comment',
      async () => ({ id: await newReport(), text: 'x'.repeat(2001) }),
      'BAD_USER_INPUT',
      /text is 2001 characters long/,
    ],
    [
      'comment: unknown report',
      'comment',
      async () => ({ id: 'ABC-M-999999', text: 'Hello' }),
      'NOT_FOUND',
      /no monitoring report ABC-M-999999/,
    ],
    [
      'createExpert: unknown language',
      'createExpert',
      async () => ({ input: { ...EXPERT, languages: ['pt', 'xx'] } }),
      'BAD_USER_INPUT',
      /languages\[1\]: "xx" is not an ISO 639-1/,
    ],
    [
      'createExpert: unknown country',
      'createExpert',
      async () => ({ input: { ...EXPERT, nationality: 'QQ' } }),
      'BAD_USER_INPUT',
      /nationality: "QQ"/,
    ],
    [
      'createExpert: bad window order',
      'createExpert',
      async () => ({ input: { ...EXPERT, availability: [{ from: '2027-05-01', to: '2027-04-01' }] } }),
      'BAD_USER_INPUT',
      /availability\[0\]\.to \(2027-04-01\) is before/,
    ],
    [
      'createExpert: oversize summary',
      'createExpert',
      async () => ({ input: { ...EXPERT, expertiseSummary: big } }),
      'BAD_USER_INPUT',
      /expertiseSummary is 20001/,
    ],
    [
      'createExpert: unknown sector',
      'createExpert',
      async () => ({ input: { ...EXPERT, sectors: ['123'] } }),
      'BAD_USER_INPUT',
      /sectors\[0\]/,
    ],
    [
      'updateExpert: stale version',
      'updateExpert',
      async () => ({ id: (await newExpert()).id, version: 9, patch: { name: 'Other' } }),
      'CONFLICT',
      /version 9; it is now 1/,
    ],
    [
      'updateExpert: unknown expert',
      'updateExpert',
      async () => ({ id: 'ABC-X-999999', version: 1, patch: { name: 'Other' } }),
      'NOT_FOUND',
      /no expert ABC-X-999999/,
    ],
    [
      'updateExpert: unknown language',
      'updateExpert',
      async () => ({ ...(await newExpert()), patch: { languages: ['portuguese'] } }),
      'BAD_USER_INPUT',
      /languages\[0\]/,
    ],
    [
      'deploy: bad date order',
      'deploy',
      async () => ({ ...(await newExpert()), input: { ...deployment(), startDate: '2031-02-01', endDate: '2031-01-01' } }),
      'BAD_USER_INPUT',
      /input\.endDate \(2031-01-01\) is before/,
    ],
    [
      'deploy: missing project',
      'deploy',
      async () => ({ ...(await newExpert()), input: { ...deployment(), projectId: 'ABC-P-999999' } }),
      'BAD_USER_INPUT',
      /ABC has no record ABC-P-999999/,
    ],
    [
      'deploy: not a project id',
      'deploy',
      async () => ({ ...(await newExpert()), input: { ...deployment(), projectId: 'ABC-X-000001' } }),
      'BAD_USER_INPUT',
      /input\.projectId/,
    ],
    [
      'deploy: overlapping deployment',
      'deploy',
      async () => {
        const x = await newExpert();
        const d = deployment();
        await done(ABC_OFFICER, M.deploy, { ...x, input: d });
        return { id: x.id, version: x.version + 1, input: d };
      },
      'CONFLICT',
      /is already deployed to/,
    ],
    [
      'deploy: stale version',
      'deploy',
      async () => ({ id: (await newExpert()).id, version: 4, input: deployment() }),
      'CONFLICT',
      /changed since you read it/,
    ],
    [
      'createLesson: oversize title',
      'createLesson',
      async () => ({ input: { ...LESSON, title: 'x'.repeat(501) } }),
      'BAD_USER_INPUT',
      /title is 501/,
    ],
    [
      'createLesson: missing project',
      'createLesson',
      async () => ({ input: { ...LESSON, projectId: 'ABC-P-999999' } }),
      'BAD_USER_INPUT',
      /ABC has no record ABC-P-999999/,
    ],
    [
      'createLesson: unknown sector',
      'createLesson',
      async () => ({ input: { ...LESSON, sectors: ['00000'] } }),
      'BAD_USER_INPUT',
      /sectors\[0\]/,
    ],
    [
      'createLesson: unknown country',
      'createLesson',
      async () => ({ input: { ...LESSON, countries: ['XX'] } }),
      'BAD_USER_INPUT',
      /countries\[0\]/,
    ],
    [
      'createLesson: not an evaluation id',
      'createLesson',
      async () => ({ input: { ...LESSON, evaluationId: 'whatever' } }),
      'BAD_USER_INPUT',
      /evaluationId/,
    ],
    ['publish: unknown lesson', 'publish', async () => ({ id: 'ABC-L-999999' }), 'NOT_FOUND', /no lesson ABC-L-999999/],
    [
      'publish: published twice',
      'publish',
      async () => {
        const id = (await done(ABC_OFFICER, M.createLesson, { input: { ...LESSON, public: true } })).id;
        return { id };
      },
      'CONFLICT',
      /already published/,
    ],
    [
      'updateProject: unknown result type',
      'updateProject',
      async () => ({ id: project, version: await projectVersion(), patch: { results: [{ ...RESULTS[0], type: '7' }] } }),
      'BAD_USER_INPUT',
      /results\[0\]\.type: "7" is not an IATI result type/,
    ],
    [
      'updateProject: indicator named twice',
      'updateProject',
      async () => ({ id: project, version: await projectVersion(), patch: { results: [RESULTS[0], RESULTS[0]] } }),
      'BAD_USER_INPUT',
      /refs must be unique/,
    ],
    [
      'updateProject: reporting interval 0',
      'updateProject',
      async () => ({ id: project, version: await projectVersion(), patch: { reportingIntervalMonths: 0 } }),
      'BAD_USER_INPUT',
      /between 1 and 24/,
    ],
    [
      'createEvaluation: override without justification',
      'createEvaluation',
      async () => ({
        input: {
          projectId: project,
          type: 'MID_TERM',
          date: '2026-10-01',
          evaluators: ['ABC'],
          ratings: [{ criterion: 'EFFECTIVENESS', score: 1 }],
          overallRating: 'A',
        },
      }),
      'BAD_USER_INPUT',
      /overallRating A departs from the rule's D/,
    ],
    [
      'withdraw: an accepted request',
      'withdraw',
      async () => ({ ...(await acceptedRequest()), comment: 'Too late' }),
      'INVALID_TRANSITION',
      /is ACCEPTED: only a SUBMITTED or UNDER_APPRAISAL request may be withdrawn/,
    ],
    [
      'withdraw: stale version',
      'withdraw',
      async () => ({ id: (await newRequest()).id, version: 3 }),
      'CONFLICT',
      /version 3; it is now 1/,
    ],
    [
      'withdraw: oversize comment',
      'withdraw',
      async () => ({ ...(await newRequest()), comment: 'x'.repeat(2001) }),
      'BAD_USER_INPUT',
      /comment is 2001 characters long/,
    ],
    [
      'withdraw: unknown request',
      'withdraw',
      async () => ({ id: 'ABC-R-999999', version: 1 }),
      'NOT_FOUND',
      /no request for cooperation ABC-R-999999/,
    ],
    [
      'move: the provider cannot withdraw a request',
      'move',
      async () => ({ ...(await newRequest()), to: 'WITHDRAWN' }),
      'INVALID_TRANSITION',
      /only the requesting side withdraws a request/,
    ],
    [
      'updateEvaluation: score out of range',
      'updateEvaluation',
      async () => ({ ...(await newDraft()), patch: { ratings: [{ criterion: 'IMPACT', score: 4 }] } }),
      'BAD_USER_INPUT',
      /ratings\[0\]\.score must be 1, 2 or 3/,
    ],
    [
      'updateEvaluation: oversize findings',
      'updateEvaluation',
      async () => ({ ...(await newDraft()), patch: { findings: big } }),
      'BAD_USER_INPUT',
      /findings is 20001 characters/,
    ],
    [
      'updateEvaluation: holder dropped from the evaluators',
      'updateEvaluation',
      async () => ({ ...(await newDraft()), patch: { evaluators: ['JICA'] } }),
      'BAD_USER_INPUT',
      /evaluators must include ABC/,
    ],
    [
      'updateEvaluation: override without justification',
      'updateEvaluation',
      async () => ({ ...(await newDraft()), patch: { overallRating: 'D' } }),
      'BAD_USER_INPUT',
      /overallRating D departs from the rule's C/,
    ],
    [
      'updateEvaluation: stale version',
      'updateEvaluation',
      async () => ({ id: (await newDraft()).id, version: 5, patch: { findings: 'x' } }),
      'CONFLICT',
      /changed since you read it/,
    ],
    [
      'updateEvaluation: unknown evaluation',
      'updateEvaluation',
      async () => ({ id: 'ABC-E-999999', version: 1, patch: { findings: 'x' } }),
      'NOT_FOUND',
      /no evaluation ABC-E-999999/,
    ],
    [
      'updateEvaluation: a FINAL evaluation',
      'updateEvaluation',
      async () => {
        const draft = await newDraft();
        for (const who of [ABC_EVALUATOR, as('JICA', 'evaluator')]) {
          await done(who, `mutation { signOffAbcEvaluation(id: "${draft.id}", version: ${draft.version}) { status } }`, {});
        }
        return { id: draft.id, version: draft.version + 1, patch: { findings: 'Too late' } };
      },
      'INVALID_TRANSITION',
      /is FINAL/,
    ],
  ];
  for (const [what, mutation, args, expected, message] of cases) {
    it(`${what}: ${expected}`, async () => {
      const a = await args();
      const caller =
        mutation === 'setProfile'
          ? ABC_ADMIN
          : mutation === 'createEvaluation' || mutation === 'updateEvaluation'
            ? ABC_EVALUATOR
            : mutation === 'withdraw'
              ? IDN_OFFICER
              : ABC_OFFICER;
      const before = await auditCount();
      const res = await send(caller, M[mutation], a);
      expect(code(res), JSON.stringify(res.errors)).toBe(expected);
      expect(res.errors?.[0]?.message).toMatch(message);
      expect(await auditCount()).toBe(before);
    });
  }

  it('a failed conversion leaves the request ACCEPTED and creates no project', async () => {
    const request = await acceptedRequest();
    const projects = async () =>
      ((await federation().as(null, '{ projects(filter: { agencies: ["ABC"] }, first: 0) { totalCount } }')) as Res).data?.projects
        ?.totalCount;
    const count = await projects();
    const res = await send(ABC_OFFICER, M.convert, { ...request, input: { ...CONVERSION, implementingInstitutionId: 'ABC-I-999999' } });
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(await projects()).toBe(count);
    const after = (await federation().as(null, `{ cooperationRequest(id: "${request.id}") { status version } }`)) as Res;
    expect(after.data?.cooperationRequest).toEqual({ status: 'ACCEPTED', version: 3 });
  });
});

async function projectVersion(): Promise<number> {
  return (await done(ABC_OFFICER, `{ abcProject(id: "${project}") { version } }`, {})).version as number;
}

describe('holes that stay closed', () => {
  const confirmedBy = async (id: string) =>
    ((await done(ABC_OFFICER, `{ abcProject(id: "${id}") { confirmations { agency { code } } } }`, {})).confirmations as unknown[]).length;
  /** A project's version and participants, in the shape of the project input. */
  async function designOf(id: string): Promise<{ version: number; participants: Record<string, unknown>[] }> {
    const p = await done(
      ABC_OFFICER,
      `{ abcProject(id: "${id}") { version participants { role organisationRole name country { code } agency { code } } } }`,
      {},
    );
    type Participant = {
      role: string;
      organisationRole: string;
      name: string;
      country: { code: string } | null;
      agency: { code: string } | null;
    };
    const participants = (p.participants as Participant[]).map((x) => ({
      role: x.role,
      organisationRole: x.organisationRole,
      name: x.name,
      country: x.country?.code ?? null,
      agency: x.agency?.code ?? null,
    }));
    return { version: p.version as number, participants };
  }
  /** A converted request's project, still in PIPELINE and unconfirmed. */
  async function pipelineProject(): Promise<{ id: string; version: number; participants: Record<string, unknown>[] }> {
    const converted = await done(ABC_OFFICER, M.convert, { ...(await acceptedRequest()), input: CONVERSION });
    const id = (converted.project as { id: string }).id;
    return { id, ...(await designOf(id)) };
  }

  it('a project cannot skip the recipient confirmation by dropping or demoting the recipient agency, or by going straight to FINALISATION', async () => {
    const p = await pipelineProject();
    const withoutAgency = p.participants.map((x) => (x.role === 'RECIPIENT' ? { ...x, agency: null } : x));
    const demoted = p.participants.map((x) => (x.role === 'RECIPIENT' ? { ...x, role: 'FACILITATOR' } : x));
    const before = await auditCount();
    for (const patch of [
      { status: 'IMPLEMENTATION', participants: withoutAgency },
      { participants: withoutAgency },
      { participants: demoted },
      { status: 'CANCELLED', participants: withoutAgency },
    ]) {
      const res = await send(ABC_OFFICER, M.updateProject, { id: p.id, version: p.version, patch });
      expect(code(res), JSON.stringify(patch)).toBe('INVALID_TRANSITION');
      expect(res.errors?.[0]?.message).toMatch(/INDONESIA is a recipient that has not confirmed its participation/);
    }
    for (const status of ['FINALISATION', 'CLOSED', 'SUSPENDED']) {
      const res = await send(ABC_OFFICER, M.updateProject, { id: p.id, version: p.version, patch: { status } });
      expect(code(res)).toBe('INVALID_TRANSITION');
      expect(res.errors?.[0]?.message).toMatch(/waiting for INDONESIA/);
    }
    expect(await auditCount()).toBe(before);
    expect(await confirmedBy(p.id)).toBe(0);
  });

  it('a recipient agency added to a project under way is accepted and confirms afterwards', async () => {
    const version = await projectVersion();
    const { participants } = await designOf(project);
    const res = await send(ABC_OFFICER, M.updateProject, {
      id: project,
      version,
      patch: { participants: [...participants, { role: 'RECIPIENT', organisationRole: 'IMPLEMENTING', name: 'JICA', agency: 'JICA' }] },
    });
    expect(code(res), JSON.stringify(res.errors)).toBe('OK');
    expect(await projectVersion()).toBe(version + 1);
    const confirmations = async () =>
      (
        (await done(ABC_OFFICER, `{ abcProject(id: "${project}") { confirmations { agency { code } } } }`, {})).confirmations as {
          agency: { code: string };
        }[]
      ).map((c) => c.agency.code);
    expect(await confirmations()).toEqual(['INDONESIA']);
    await done(as('JICA', 'officer'), `mutation { confirmAbcProjectParticipation(id: "${project}") { id } }`, {});
    expect(await confirmations()).toEqual(['INDONESIA', 'JICA']);
  });

  it('a null in a patch is refused as bad input, not a server error', async () => {
    const expert = await newExpert();
    for (const [mutation, args, argument] of [
      ['updateExpert', { ...expert, patch: { languages: null } }, 'languages'],
      ['updateExpert', { ...expert, patch: { nationality: null } }, 'nationality'],
      ['updateProject', { id: project, version: await projectVersion(), patch: { participants: null } }, 'participants'],
      ['updateProject', { id: project, version: await projectVersion(), patch: { recipientCountries: null } }, 'recipientCountries'],
      ['updateProject', { id: project, version: await projectVersion(), patch: { programmeLine: null } }, 'programmeLine'],
    ] as const) {
      const res = await send(ABC_OFFICER, M[mutation], args);
      expect(res.errors?.[0]?.extensions, JSON.stringify(res.errors)).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });

  it('a report on a period that has not ended is refused', async () => {
    const before = await auditCount();
    const res = await send(ABC_OFFICER, M.file, report({ periodStart: '2025-01-01', periodEnd: '2099-12-31' }));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.periodEnd' });
    expect(res.errors?.[0]?.message).toMatch(/is after today/);
    expect(await auditCount()).toBe(before);
  });

  it('a crafted cursor or the year 0 is refused as bad input by every list', async () => {
    const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const [query, argument] of [
      [`{ cooperationRequests(after: "${cursor(['abc', 'x'])}") { totalCount } }`, 'after'],
      [`{ lessons(after: "${cursor([1.5, 'x'])}") { totalCount } }`, 'after'],
      [`{ projects(after: "${cursor([1e300, 'x'])}") { totalCount } }`, 'after'],
      [`{ experts(after: "${cursor([42, 'x'])}") { totalCount } }`, 'after'],
      [`{ abcLessons(after: "${cursor(['x', 'x'])}") { totalCount } }`, 'after'],
      ['{ experts(filter: { availableFrom: "0000-01-01", availableTo: "0000-02-01" }) { totalCount } }', null],
      ['{ cooperationRequests(filter: { submittedFrom: "0000-12-31" }) { totalCount } }', null],
      ['{ projects(filter: { startsFrom: "2026-13-45" }) { totalCount } }', null],
    ] as const) {
      const res = (await federation().as(null, query)) as Res;
      expect(res.errors?.[0]?.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) });
      expect(res.errors?.[0]?.message, query).toMatch(argument ? /not a cursor of this list/ : /is not a date \(YYYY-MM-DD/);
      expect(
        res.errors?.every((e) => e.extensions?.code === 'BAD_USER_INPUT'),
        JSON.stringify(res.errors),
      ).toBe(true);
    }
  });

  it('a NUL character, an out-of-range cursor or a bad Date variable is refused as bad input, never a server error', async () => {
    const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const anonymous: [string, Record<string, unknown>][] = [
      ['query($t: String) { projects(filter: { text: $t }) { totalCount } }', { t: 'soy\u0000bean' }],
      ['query($t: String) { cooperationRequests(filter: { text: $t }) { totalCount } }', { t: '\u0000' }],
      ['query($p: [String!]) { projects(filter: { participants: $p }) { totalCount } }', { p: ['Emb\u0000rapa'] }],
      ['query($id: ID!) { abcProject(id: $id) { id title } }', { id: 'ABC-P-\u0000' }],
      [`{ projects(after: "${cursor([2147483648, 'x'])}") { totalCount } }`, {}],
      [`{ evaluations(after: "${cursor([1, 'x\u0000'])}") { totalCount } }`, {}],
      [`{ institutions(after: "${cursor(['a\u0000', 'x'])}") { totalCount } }`, {}],
      ['query($d: Date) { projects(filter: { startsFrom: $d }) { totalCount } }', { d: '2026-13-45' }],
      ['query($d: Date) { experts(filter: { availableFrom: $d, availableTo: $d }) { totalCount } }', { d: '0000-01-01' }],
    ];
    for (const [query, variables] of anonymous) {
      const res = (await federation().as(null, query, variables)) as Res;
      expect(res.errors?.length, query).toBeGreaterThan(0);
      expect(
        res.errors?.map((e) => e.extensions?.code),
        `${query} ${JSON.stringify(res.errors)}`,
      ).toEqual(res.errors?.map(() => 'BAD_USER_INPUT'));
    }
    const before = await auditCount();
    for (const [mutation, args] of [
      ['createExpert', { input: { ...EXPERT, name: 'Rui\u0000' } }],
      ['submit', { input: { ...REQUEST, title: 'Dairy\u0000' } }],
      ['createLesson', { input: { ...LESSON, summary: '\u0000' } }],
    ] as const) {
      const res = await send(mutation === 'submit' ? IDN_OFFICER : ABC_OFFICER, M[mutation], args);
      expect(res.errors?.[0]?.extensions, mutation).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(res.errors?.[0]?.message).toMatch(/NUL character/);
    }
    const audit = await send(ABC_ADMIN, 'query($a: String) { abcAuditLog(after: $a) { nodes { id } } }', {
      a: Buffer.from('1e300').toString('base64url'),
    });
    expect(code(audit)).toBe('BAD_USER_INPUT');
    expect(await auditCount()).toBe(before);
  });

  it('two admins saving the profile from the same version: one wins, the other gets CONFLICT', async () => {
    const version = await profileVersion();
    const results = await Promise.all(
      ['first', 'second'].map((who) =>
        send(ABC_ADMIN, M.setProfile, { version, input: { ...PROFILE, mandate: `Saved by the ${who} admin.` } }),
      ),
    );
    expect(results.map(code).sort()).toEqual(['CONFLICT', 'OK']);
    expect(await profileVersion()).toBe(version + 1);
  });

  it('a user deactivated in the registry reads like an anonymous caller: no contacts, no unpublished lessons', async () => {
    const expert = await newExpert();
    await done(ABC_OFFICER, M.updateExpert, { ...expert, patch: { contact: { email: 'rui@example.org' } } });
    const lesson = (await done(ABC_OFFICER, M.createLesson, { input: LESSON })).id as string;
    const token = await federation().token('ABC', ['viewer'], 'leaver');
    const read = async () =>
      ((await federation().as(token, `{ expert(id: "${expert.id}") { contact { email } } lesson(id: "${lesson}") { title } }`)) as Res)
        .data;
    expect(await read()).toEqual({ expert: { contact: { email: 'rui@example.org' } }, lesson: { title: LESSON.title } });
    await done(ABC_ADMIN, `mutation { setAbcUser(user: "leaver", roles: [VIEWER], active: false) { active } }`, {});
    expect(await read()).toEqual({ expert: { contact: null }, lesson: null });
  });
});

describe('revising a joint draft', () => {
  it('keeps the sign-offs when nothing changes, lets only the holder change the evaluators, and drops a justification the rule makes moot', async () => {
    const draft = await newDraft();
    const jica = as('JICA', 'evaluator');
    await done(jica, `mutation { signOffAbcEvaluation(id: "${draft.id}", version: ${draft.version}) { status } }`, {});
    const before = await auditCount();
    const same = await done(ABC_EVALUATOR, M.updateEvaluation, { ...draft, patch: {} });
    expect(same).toMatchObject({ version: draft.version, signOffs: [{ agency: { code: 'JICA' } }] });
    expect(await auditCount()).toBe(before);
    const dropped = await send(jica, M.updateEvaluation, { ...draft, patch: { evaluators: ['ABC'] } });
    expect(code(dropped)).toBe('FORBIDDEN');
    expect(dropped.errors?.[0]?.message).toMatch(/only ABC, which holds the evaluation, may change its evaluators/);
    const overridden = await done(ABC_EVALUATOR, M.updateEvaluation, {
      ...draft,
      patch: { overallRating: 'A', overallRatingJustification: 'The partner rates it highly.' },
    });
    expect(overridden).toMatchObject({ overallRating: 'A', ruleRating: 'C', signOffs: [] });
    const back = await done(ABC_EVALUATOR, `{ abcEvaluations(filter: { projectIds: ["${project}"] }, first: 500) { nodes { id } } }`, {});
    expect((back.nodes as { id: string }[]).some((n) => n.id === draft.id)).toBe(true);
    const ruled = await done(ABC_EVALUATOR, M.updateEvaluation, {
      id: draft.id,
      version: draft.version + 1,
      patch: { overallRating: null },
    });
    expect(ruled).toMatchObject({ overallRating: 'C', version: draft.version + 2 });
    const justification = await done(
      ABC_EVALUATOR,
      `{ abcEvaluations(filter: { projectIds: ["${project}"] }, first: 500) { nodes { id overallRatingJustification } } }`,
      {},
    );
    expect((justification.nodes as { id: string; overallRatingJustification: string | null }[]).find((n) => n.id === draft.id)).toEqual({
      id: draft.id,
      overallRatingJustification: null,
    });
  });

  it('clears the sign-offs, since each party signs what it read, and re-applies the rule to new scores', async () => {
    const draft = await newDraft();
    const jica = as('JICA', 'evaluator');
    await done(jica, `mutation { signOffAbcEvaluation(id: "${draft.id}", version: ${draft.version}) { status } }`, {});
    const revised = await done(jica, M.updateEvaluation, {
      ...draft,
      patch: {
        ratings: [
          { criterion: 'RELEVANCE', score: 3, narrative: 'Asked for by the partner.' },
          { criterion: 'EFFECTIVENESS', score: 1, narrative: 'Targets missed.' },
        ],
      },
    });
    expect(revised).toMatchObject({ status: 'DRAFT', version: draft.version + 1, overallRating: 'D', ruleRating: 'D', signOffs: [] });
    // a party that read the earlier text is asked to read again
    const stale = await send(
      ABC_EVALUATOR,
      `mutation { signOffAbcEvaluation(id: "${draft.id}", version: ${draft.version}) { status } }`,
      {},
    );
    expect(code(stale)).toBe('CONFLICT');
    for (const who of [ABC_EVALUATOR, jica]) {
      await done(who, `mutation { signOffAbcEvaluation(id: "${draft.id}", version: ${draft.version + 1}) { status } }`, {});
    }
    const final = await done(
      ABC_EVALUATOR,
      `{ abcEvaluations(filter: { projectIds: ["${project}"] }, first: 500) { nodes { id status } } }`,
      {},
    );
    expect((final.nodes as { id: string; status: string }[]).find((n) => n.id === draft.id)?.status).toBe('FINAL');
  });
});
