/**
 * Issue 9 (Trust, round 2), the smaller holes: each test sends the exact request of the report and
 * asserts the answer's code and that nothing changed.
 */
import { readPrivateKey } from '@ssc/auth';
import { createDatabase, type Database } from '@ssc/db';
import { postGraphQL } from '@ssc/server-kit';
import { importJWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useFederation } from './federation.ts';
import { useAuditCount } from './matrix.ts';

const federation = useFederation({ seedProjects: 5 });
const auditCount = useAuditCount(federation);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
type Res = Awaited<ReturnType<typeof postGraphQL>>;
const codes = (res: Res) => (res.errors ?? []).map((e) => e.extensions?.code);

let officer: string;
let evaluator: string;
let admin: string;
beforeAll(async () => {
  officer = await federation().token('ABC', ['officer']);
  evaluator = await federation().token('ABC', ['evaluator']);
  admin = await federation().token('ABC', ['admin']);
});

/** Sends to the gateway, or straight to a subgraph, and expects BAD_USER_INPUT naming `argument`, with nothing written. */
async function refused(
  send: () => Promise<Res>,
  argument: string | RegExp,
  message: RegExp = /"JICA-P-000123"|"ABC-[A-Z]-000123"/,
): Promise<Res> {
  const before = await auditCount();
  const res = await send();
  expect(res.errors?.length, JSON.stringify(res)).toBeGreaterThan(0);
  expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe('BAD_USER_INPUT');
  expect(String(res.errors?.[0]?.extensions?.argument)).toMatch(argument);
  expect(res.errors?.[0]?.message).toMatch(message);
  // the message quotes at most the start of a long id
  expect(res.errors?.[0]?.message.length).toBeLessThan(600);
  expect(await auditCount()).toBe(before);
  return res;
}

describe("other agencies' ids have the federation's id shape", () => {
  const long3000 = `JICA-P-${'0'.repeat(2_993)}`;
  const long2000 = `JICA-P-${'0'.repeat(1_993)}1`;
  const bad = [long3000, long2000, `JICA-P-${'1'.repeat(40)}`, 'JICA-P-12a', 'JICA-P-', 'NASA-P-000001', 'jica-p-000001', 'JICA-P-000001 '];
  const g = () => federation();

  it.each(bad.map((id) => [id.slice(0, 20), id]))('createAbcEvaluation refuses projectId %s', async (_, id) => {
    await refused(
      () =>
        g().as(evaluator, 'mutation($input: EvaluationInput!) { createAbcEvaluation(input: $input) { id } }', {
          input: { projectId: id, type: 'JOINT', date: '2026-10-01', evaluators: ['ABC'], ratings: [] },
        }),
      'projectId',
    );
  });

  it('createAbcProject refuses a related project and an institution id of 2,000 characters', async () => {
    const input = {
      title: 'Holes',
      status: 'PIPELINE',
      modality: 'BILATERAL',
      recipientCountries: ['ID'],
      sectors: ['31166'],
      sdgs: [2],
      participants: [],
      programmeLine: 'BILATERAL_TECHNICAL_COOPERATION',
    };
    const create = 'mutation($input: AbcProjectInput!) { createAbcProject(input: $input) { id } }';
    await refused(
      () => g().as(officer, create, { input: { ...input, relatedProjects: [{ type: 'SIBLING', id: long2000 }] } }),
      'relatedProjects[0].id',
    );
    await refused(
      () =>
        g().as(officer, create, {
          input: {
            ...input,
            participants: [
              { role: 'RECIPIENT', organisationRole: 'IMPLEMENTING', name: 'Ghost', institutionId: `JICA-I-${'1'.repeat(2_000)}` },
            ],
          },
        }),
      'participants[0].institutionId',
      /"JICA-I-000123"/,
    );
  });

  it('createAbcLesson refuses a long project or evaluation id', async () => {
    const lesson = 'mutation($input: LessonInput!) { createAbcLesson(input: $input) { id } }';
    const base = { title: 'Plan early', summary: 'Procurement took longer.' };
    await refused(() => g().as(officer, lesson, { input: { ...base, projectId: long3000 } }), 'projectId');
    await refused(
      () => g().as(officer, lesson, { input: { ...base, evaluationId: `JICA-E-${'9'.repeat(2_000)}` } }),
      'evaluationId',
      /"JICA-E-000123"/,
    );
  });

  it('deployAbcExpert and fileAbcMonitoringReport refuse a long project id', async () => {
    const x = await g().as<{ createAbcExpert: { id: string; version: number } }>(
      officer,
      'mutation($input: ExpertInput!) { createAbcExpert(input: $input) { id version } }',
      { input: { name: 'Rui (fictional)', nationality: 'BR', sectors: ['31120'], languages: ['pt'] } },
    );
    expect(x.errors).toBeUndefined();
    const expert = x.data?.createAbcExpert as { id: string; version: number };
    await refused(
      () =>
        g().as(
          officer,
          'mutation($id: ID!, $version: Int!, $input: DeploymentInput!) { deployAbcExpert(id: $id, version: $version, input: $input) { id } }',
          {
            ...expert,
            input: { projectId: long2000, role: 'Trainer', startDate: '2030-01-01', endDate: '2030-01-02' },
          },
        ),
      'input.projectId',
    );
    await refused(
      () =>
        g().as(officer, 'mutation($input: MonitoringReportInput!) { fileAbcMonitoringReport(input: $input) { id } }', {
          input: { projectId: `ABC-P-${'1'.repeat(3_000)}`, periodStart: '2026-01-01', periodEnd: '2026-06-30', progress: [] },
        }),
      'input.projectId',
    );
  });

  it('filters refuse ids of the wrong shape (projectIds, deployedTo), at the gateway and at the subgraph', async () => {
    const cases: [string, string][] = [
      ['{ evaluations(filter: { projectIds: $ids }) { totalCount } }', 'filter.projectIds'],
      ['{ lessons(filter: { projectIds: $ids }) { totalCount } }', 'filter.projectIds'],
      ['{ experts(filter: { deployedTo: $ids }) { totalCount } }', 'filter.deployedTo'],
    ];
    for (const [q, argument] of cases) {
      for (const id of [long3000, 'JICA-P-12a', 'ABC-E-000001']) {
        const query = `query($ids: [ID!]) ${q}`;
        await refused(() => g().query(query, { ids: [id] }), argument);
        const direct = query.replace(/\{ (evaluations|lessons|experts)\(/, (_, l: string) => `{ abc${l[0]?.toUpperCase()}${l.slice(1)}(`);
        await refused(() => postGraphQL(g().subgraphUrls.abc as string, direct, { ids: [id] }), argument);
      }
    }
    // a well-formed id still filters
    const ok = await g().query('{ evaluations(filter: { projectIds: ["JICA-P-000001"] }) { totalCount } }');
    expect(ok.errors).toBeUndefined();
  });
});

describe('_entities with a malformed representation answers BAD_USER_INPUT', () => {
  const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
    __typename
    ... on AbcProject { id }
    ... on AbcEvaluation { id }
    ... on AbcAgencyProfile { code }
    ... on ProjectConnection { key }
    ... on EvaluationConnection { key }
  } }`;
  const entities = (subgraph: string, r: unknown[]) => postGraphQL(federation().subgraphUrls[subgraph] as string, ENTITIES, { r });
  const key = (f: unknown, n: unknown = 5, a: unknown = null) => JSON.stringify({ f, n, a });

  const AGENCY_CASES: [string, Record<string, unknown>, RegExp][] = [
    ['a missing id', { __typename: 'AbcProject' }, /AbcProject has a bad id \(missing\)/],
    ['a number id', { __typename: 'AbcProject', id: 42 }, /bad id/],
    ['an object id', { __typename: 'AbcProject', id: { $ne: 1 } }, /bad id \(an object\)/],
    ['an array id', { __typename: 'AbcProject', id: ['ABC-P-000001'] }, /bad id \(an array\)/],
    ["another agency's id", { __typename: 'AbcProject', id: 'JICA-P-000001' }, /"ABC-P-000123"/],
    ['an id of another kind', { __typename: 'AbcProject', id: 'ABC-E-000001' }, /"ABC-P-000123"/],
    ['an id of 3,000 characters', { __typename: 'AbcEvaluation', id: `ABC-E-${'0'.repeat(2_994)}` }, /"ABC-E-000123"/],
    ['a profile code of the wrong type', { __typename: 'AbcAgencyProfile', code: 7 }, /AbcAgencyProfile/],
    ['a missing search key', { __typename: 'ProjectConnection' }, /must be a string.*missing/],
    ['a number search key', { __typename: 'ProjectConnection', key: 5 }, /must be a string/],
    ['an object search key', { __typename: 'ProjectConnection', key: { f: {} } }, /must be a string/],
    ['a search key that is not JSON', { __typename: 'ProjectConnection', key: '{"f":' }, /is not JSON/],
    ['a search key of the wrong shape', { __typename: 'ProjectConnection', key: '[1,2]' }, /JSON object/],
    ['a search key with a stray field', { __typename: 'ProjectConnection', key: '{"f":{},"n":5,"a":null,"x":1}' }, /"x"/],
    ['a page size above 500', { __typename: 'ProjectConnection', key: key({}, 501) }, /"n".*500/],
    ['a negative page size', { __typename: 'ProjectConnection', key: key({}, -1) }, /"n"/],
    ['a page size that is a string', { __typename: 'ProjectConnection', key: key({}, '5') }, /"n"/],
    ['a filter that is an array', { __typename: 'ProjectConnection', key: key([]) }, /"f"/],
    ['a filter field of the wrong type', { __typename: 'ProjectConnection', key: key({ agencies: 'ABC' }) }, /"f\.agencies"|"f"/],
    ['a filter field of the wrong type (object)', { __typename: 'ProjectConnection', key: key({ sdgs: [{}] }) }, /"f\.sdgs/],
    ['an unknown filter field', { __typename: 'ProjectConnection', key: key({ nope: 1 }) }, /"f"/],
    ['an invalid filter value', { __typename: 'ProjectConnection', key: key({ countries: ['XX'] }) }, /"f\.countries"/],
    [
      'a project id of the wrong shape',
      { __typename: 'EvaluationConnection', key: key({ projectIds: [`ABC-P-${'1'.repeat(3_000)}`] }) },
      /"f\.projectIds"/,
    ],
    ['a project id that is a number', { __typename: 'EvaluationConnection', key: key({ projectIds: [1] }) }, /"f\.projectIds/],
    ['a cursor that is a number', { __typename: 'ProjectConnection', key: key({}, 5, 5) }, /"a"/],
    ['a cursor that is not one', { __typename: 'ProjectConnection', key: key({}, 5, 'garbage') }, /"a"/],
  ];

  it.each(AGENCY_CASES)('the ABC subgraph refuses %s', async (_, representation, message) => {
    const before = await auditCount();
    const res = await entities('abc', [representation]);
    expect(codes(res), JSON.stringify(res.errors)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.extensions?.argument).toBe('representations');
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(res.errors?.[0]?.path).toEqual(['_entities', 0]);
    expect(await auditCount()).toBe(before);
  });

  it('well-formed representations still resolve, next to a malformed one', async () => {
    const res = await entities('abc', [
      { __typename: 'AbcProject', id: 'ABC-P-000001' },
      { __typename: 'AbcProject', id: 7 },
      { __typename: 'ProjectConnection', key: key({}, 2) },
      { __typename: 'EvaluationConnection', key: key({ projectIds: ['ABC-P-000001'] }, 3) },
      { __typename: 'AbcAgencyProfile', code: 'ABC' },
    ]);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.path).toEqual(['_entities', 1]);
    const data = (res.data as { _entities: unknown[] })._entities;
    expect(data[0]).toEqual({ __typename: 'AbcProject', id: 'ABC-P-000001' });
    expect(data[1]).toBeNull();
    expect(data[2]).toEqual({ __typename: 'ProjectConnection', key: key({}, 2) });
    expect(data[3]).toMatchObject({ __typename: 'EvaluationConnection' });
    expect(data[4]).toEqual({ __typename: 'AbcAgencyProfile', code: 'ABC' });
  });

  const NETWORK = `query($r: [_Any!]!) { _entities(representations: $r) {
    __typename
    ... on AbcProject { evaluations(first: 1) { key } }
    ... on ProjectConnection { totalCount }
    ... on Country { name }
    ... on SdgGoal { name }
  } }`;
  const NETWORK_CASES: [string, Record<string, unknown>][] = [
    ['a project with a number id', { __typename: 'AbcProject', id: 42 }],
    ['a project with a JICA id', { __typename: 'AbcProject', id: 'JICA-P-000001' }],
    ['a search without a key', { __typename: 'ProjectConnection' }],
    ['a search key that is not JSON', { __typename: 'ProjectConnection', key: 'nope' }],
    ['a page size above 500', { __typename: 'ProjectConnection', key: key({}, 10_000) }],
    ['a slice of the wrong shape', { __typename: 'ProjectConnection', key: key({}, 5), abcSlice: { total: 'x', items: 3 } }],
    ['a country code of the wrong type', { __typename: 'Country', code: ['BR'] }],
    ['an SDG goal of the wrong type', { __typename: 'SdgGoal', goal: '1; drop' }],
  ];
  it.each(NETWORK_CASES)('the network subgraph refuses %s', async (_, representation) => {
    const res = await postGraphQL(federation().subgraphUrls.network as string, NETWORK, { r: [representation] });
    expect(codes(res), JSON.stringify(res.errors)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.extensions?.argument).toBe('representations');
  });
});

describe('a signed token whose claims hold control characters is refused with 401', () => {
  const signed = async (sub: string) => {
    const key = readPrivateKey(federation().keysDir, 'ABC');
    return new SignJWT({ agency: 'ABC', roles: ['officer'] })
      .setProtectedHeader({ alg: 'ES256', kid: key.kid as string })
      .setIssuer('urn:ssc:agency:ABC')
      .setAudience('ssc-federation')
      .setSubject(sub)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(await importJWK(key, 'ES256'));
  };

  it.each([
    ['NUL', 'a\u0000b'],
    ['a newline', 'ana\nadmin'],
    ['a lone surrogate', 'a\ud800b'],
  ])('sub holding %s: 401 UNAUTHENTICATED at the gateway and at the subgraph, and the agency stays available', async (_, sub) => {
    const token = await signed(sub);
    const before = await auditCount();
    const mutation = 'mutation { createAbcInstitution(input: { name: "Nul Institute", organisationType: "10" }) { id } }';
    for (const url of [federation().gatewayUrl, federation().subgraphUrls.abc as string]) {
      const res = await postGraphQL(url, mutation, {}, { authorization: `Bearer ${token}` });
      expect(res.status, url).toBe(401);
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
      expect(res.errors?.[0]?.message).toMatch(/claim sub/);
    }
    expect(await auditCount()).toBe(before);
    // the gateway does not count the agency out afterwards
    const after = await federation().as(officer, '{ abcProjects(first: 1) { totalCount } projects(first: 1) { totalCount } }');
    expect(after.errors).toBeUndefined();
  });
});

describe("the audit log keeps the server's own request id and the caller's x-request-id apart", () => {
  let database: Database<{ audit_log: { id: number; request_id: string | null; client_request_id: string | null; record_id: string } }>;
  beforeAll(() => {
    database = createDatabase({ connectionString: federation().databaseUrls.abc as string, poolMax: 2 });
  });
  afterAll(async () => {
    await database?.close();
  });
  const create = async (url: string, requestId: string) => {
    const res = await postGraphQL<{ createAbcInstitution: { id: string } }>(
      url,
      'mutation { createAbcInstitution(input: { name: "Request Id Institute", organisationType: "10" }) { id } }',
      {},
      { authorization: `Bearer ${officer}`, 'x-request-id': requestId },
    );
    expect(res.errors).toBeUndefined();
    const id = res.data?.createAbcInstitution.id as string;
    return database.db
      .selectFrom('audit_log')
      .select(['request_id', 'client_request_id'])
      .where('record_id', '=', id)
      .executeTakeFirstOrThrow();
  };

  it.each([
    ['<script>alert(1)</script>', '<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['<script>é (not ASCII)', '<script>\u00e9', null],
    ['of 5,000 characters', 'x'.repeat(5_000), null],
    ['with a space', '<script> alert(1)', null],
  ])('straight to the subgraph, x-request-id %s', async (_, sent, stored) => {
    const row = await create(federation().subgraphUrls.abc as string, sent);
    expect(row.request_id).toMatch(UUID);
    expect(row.client_request_id).toBe(stored);
  });

  it("through the gateway: the subgraph hears the gateway's own id, never the client's", async () => {
    const row = await create(federation().gatewayUrl, '<script>alert(1)</script>');
    expect(row.request_id).toMatch(UUID);
    expect(row.client_request_id).toMatch(UUID);
    expect(row.client_request_id).not.toBe(row.request_id);
    // the admin reads both
    const log = await federation().as<{ abcAuditLog: { nodes: { requestId: string; clientRequestId: string | null }[] } }>(
      admin,
      '{ abcAuditLog(first: 1) { nodes { requestId clientRequestId } } }',
    );
    expect(log.errors).toBeUndefined();
    expect(log.data?.abcAuditLog.nodes[0]).toEqual({ requestId: row.request_id, clientRequestId: row.client_request_id });
  });
});
