import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueToken } from '@ssc/auth';
import { loadGatewayEnv, startGateway, subgraphUrlEnv } from '@ssc/gateway';
import { postGraphQL } from '@ssc/server-kit';
import { exportJWK, generateKeyPair } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { useFederation } from './federation.ts';
import { authorizationMatrix, type Caller, callers, errorCode, type MatrixCase, useAuditCount } from './matrix.ts';

const federation = useFederation({ seedProjects: 10 });

const { as, ANONYMOUS, FORGED } = callers(federation);

const PROJECT_INPUT = {
  title: 'Cashew value chain: technical cooperation with Indonesia',
  description: 'Training of extension workers in cashew processing.',
  status: 'PIPELINE',
  modality: 'BILATERAL',
  collaborationType: '1',
  plannedStartDate: '2027-01-01',
  plannedEndDate: '2028-12-31',
  recipientCountries: ['ID'],
  sectors: ['31166'],
  sdgs: [2, 8],
  budget: { amount: 250000, currency: 'USD' },
  participants: [
    { role: 'PROVIDER', organisationRole: 'EXTENDING', name: 'Brazilian Cooperation Agency', country: 'BR', agency: 'ABC' },
    { role: 'RECIPIENT', organisationRole: 'IMPLEMENTING', name: 'Bureau for Technical Cooperation', country: 'ID', agency: 'INDONESIA' },
  ],
  programmeLine: 'BILATERAL_TECHNICAL_COOPERATION',
};

const M = {
  createInstitution: `mutation($input: InstitutionInput!, $key: String) { createAbcInstitution(input: $input, idempotencyKey: $key) { id name version } }`,
  updateInstitution: `mutation($id: ID!, $version: Int!, $patch: InstitutionPatch!) { updateAbcInstitution(id: $id, version: $version, patch: $patch) { id acronym version } }`,
  createProject: `mutation($input: AbcProjectInput!, $key: String) { createAbcProject(input: $input, idempotencyKey: $key) { id title version programmeLine } }`,
  updateProject: `mutation($id: ID!, $version: Int!, $patch: AbcProjectPatch!) { updateAbcProject(id: $id, version: $version, patch: $patch) { id title version } }`,
  confirm: `mutation($id: ID!) { confirmAbcProjectParticipation(id: $id, comment: "Indonesia confirms") { id confirmations { agency { code } user } } }`,
  createEvaluation: `mutation($input: EvaluationInput!) { createAbcEvaluation(input: $input) { id status evaluators { code } } }`,
  signOff: `mutation($id: ID!, $version: Int!) { signOffAbcEvaluation(id: $id, version: $version) { id status signOffs { agency { code } } } }`,
  setUser: `mutation($user: ID!, $roles: [Role!]!, $active: Boolean!) { setAbcUser(user: $user, roles: $roles, active: $active) { user roles active } }`,
  addKey: `mutation($jwk: String!) { addAbcSigningKey(jwk: $jwk) { kid retiredAt } }`,
  retireKey: `mutation($kid: ID!) { retireAbcSigningKey(kid: $kid) { kid retiredAt } }`,
};

async function publicKey(): Promise<string> {
  const { publicKey } = await generateKeyPair('ES256', { extractable: true });
  return JSON.stringify({ ...(await exportJWK(publicKey)), kid: `abc-${Math.random().toString(36).slice(2)}` });
}

async function addedKey(): Promise<string> {
  const res = await federation().as<{ addAbcSigningKey: { kid: string } }>(admin, M.addKey, { jwk: await publicKey() });
  expect(res.errors).toBeUndefined();
  return res.data?.addAbcSigningKey.kid as string;
}
const AUDIT = '{ abcAuditLog(first: 500) { nodes { id action recordId user agency } } }';

let admin: string;
const auditCount = useAuditCount(federation);
const code = errorCode;

beforeAll(async () => {
  admin = await federation().token('ABC', ['admin']);
});

describe('authorization matrix (every mutation, every role, a foreign agency, anonymous and forged identity)', () => {
  // for each mutation: how to make its arguments fresh, and who may call it
  const cases: MatrixCase<keyof typeof M>[] = [
    {
      mutation: 'createInstitution',
      args: async () => ({ input: { name: `Institute ${Math.random()}`, organisationType: '10', country: 'MZ' } }),
      allowed: [as('ABC', 'officer'), as('ABC', 'admin')],
      refused: [
        [as('ABC', 'viewer'), 'FORBIDDEN'],
        [as('ABC', 'evaluator'), 'FORBIDDEN'],
        [as('JICA', 'officer'), 'FORBIDDEN'],
        [as('JICA', 'admin'), 'FORBIDDEN'],
        [ANONYMOUS, 'UNAUTHENTICATED'],
        [FORGED, 'UNAUTHENTICATED'],
      ],
    },
    {
      mutation: 'updateInstitution',
      args: async () => {
        const version = await currentVersion('institution', 'ABC-I-000004');
        return { id: 'ABC-I-000004', version, patch: { acronym: `F${version}` } };
      },
      allowed: [as('ABC', 'officer'), as('ABC', 'admin')],
      refused: [
        [as('ABC', 'viewer'), 'FORBIDDEN'],
        [as('ABC', 'evaluator'), 'FORBIDDEN'],
        [as('INDONESIA', 'admin'), 'FORBIDDEN'],
        [ANONYMOUS, 'UNAUTHENTICATED'],
        [FORGED, 'UNAUTHENTICATED'],
      ],
    },
    {
      mutation: 'createProject',
      args: async () => ({ input: PROJECT_INPUT }),
      allowed: [as('ABC', 'officer'), as('ABC', 'admin')],
      refused: [
        [as('ABC', 'viewer'), 'FORBIDDEN'],
        [as('ABC', 'evaluator'), 'FORBIDDEN'],
        [as('JICA', 'officer'), 'FORBIDDEN'],
        [ANONYMOUS, 'UNAUTHENTICATED'],
        [FORGED, 'UNAUTHENTICATED'],
      ],
    },
    {
      mutation: 'updateProject',
      args: async () => ({
        id: 'ABC-P-000003',
        version: await currentVersion('project', 'ABC-P-000003'),
        patch: { description: `JBPP, reviewed ${Math.random()}` },
      }),
      allowed: [as('ABC', 'officer'), as('ABC', 'admin')],
      refused: [
        [as('ABC', 'viewer'), 'FORBIDDEN'],
        [as('ABC', 'evaluator'), 'FORBIDDEN'],
        [as('UNOSSC', 'officer'), 'FORBIDDEN'],
        [ANONYMOUS, 'UNAUTHENTICATED'],
        [FORGED, 'UNAUTHENTICATED'],
      ],
    },
    {
      mutation: 'confirm',
      args: async () => ({ id: await newProject() }),
      allowed: [as('INDONESIA', 'officer'), as('INDONESIA', 'admin')],
      refused: [
        [as('ABC', 'officer'), 'FORBIDDEN'],
        [as('ABC', 'admin'), 'FORBIDDEN'],
        [as('INDONESIA', 'viewer'), 'FORBIDDEN'],
        [as('JICA', 'officer'), 'FORBIDDEN'],
        [ANONYMOUS, 'UNAUTHENTICATED'],
        [FORGED, 'UNAUTHENTICATED'],
      ],
    },
    {
      mutation: 'createEvaluation',
      args: async () => ({ input: evaluationInput() }),
      allowed: [as('ABC', 'evaluator'), as('ABC', 'admin')],
      refused: [
        [as('ABC', 'officer'), 'FORBIDDEN'],
        [as('ABC', 'viewer'), 'FORBIDDEN'],
        [as('JICA', 'evaluator'), 'FORBIDDEN'],
        [ANONYMOUS, 'UNAUTHENTICATED'],
        [FORGED, 'UNAUTHENTICATED'],
      ],
    },
    {
      mutation: 'signOff',
      args: async () => ({ id: await newEvaluation(), version: 1 }),
      allowed: [as('ABC', 'evaluator'), as('JICA', 'evaluator'), as('JICA', 'admin')],
      refused: [
        [as('ABC', 'officer'), 'FORBIDDEN'],
        [as('ABC', 'viewer'), 'FORBIDDEN'],
        [as('UNOSSC', 'evaluator'), 'NOT_FOUND'],
        [ANONYMOUS, 'UNAUTHENTICATED'],
        [FORGED, 'UNAUTHENTICATED'],
      ],
    },
  ];

  const managers: (typeof cases)[number]['refused'] = [
    [as('ABC', 'officer'), 'FORBIDDEN'],
    [as('ABC', 'evaluator'), 'FORBIDDEN'],
    [as('JICA', 'admin'), 'FORBIDDEN'],
    [ANONYMOUS, 'UNAUTHENTICATED'],
    [FORGED, 'UNAUTHENTICATED'],
  ];
  cases.push(
    {
      mutation: 'setUser',
      args: async () => ({ user: `u-${Math.random()}`, roles: ['VIEWER'], active: true }),
      allowed: [as('ABC', 'admin')],
      refused: managers,
    },
    { mutation: 'addKey', args: async () => ({ jwk: await publicKey() }), allowed: [as('ABC', 'admin')], refused: managers },
    { mutation: 'retireKey', args: async () => ({ kid: await addedKey() }), allowed: [as('ABC', 'admin')], refused: managers },
  );

  authorizationMatrix(federation, M, cases, auditCount);

  it("auditLog: only ABC's admins read ABC's audit log", async () => {
    for (const [caller, expected] of [
      [as('ABC', 'admin'), 'OK'],
      [as('ABC', 'officer'), 'FORBIDDEN'],
      [as('JICA', 'admin'), 'FORBIDDEN'],
      [ANONYMOUS, 'UNAUTHENTICATED'],
      [FORGED, 'UNAUTHENTICATED'],
    ] as const) {
      expect(code(await federation().as(await caller.token(), AUDIT)), caller.name).toBe(expected);
    }
  });
});

async function currentVersion(kind: 'project' | 'institution', id: string): Promise<number> {
  const res = await federation().query<{ r: { version: number } | null }>(
    `{ r: ${kind}(id: "${id}") { ... on ${kind === 'project' ? 'AbcProject' : 'AbcInstitution'} { version } } }`,
  );
  expect(res.errors).toBeUndefined();
  return res.data?.r?.version as number;
}

async function newProject(): Promise<string> {
  const res = await federation().as<{ createAbcProject: { id: string } }>(await federation().token('ABC', ['officer']), M.createProject, {
    input: PROJECT_INPUT,
  });
  expect(res.errors).toBeUndefined();
  return res.data?.createAbcProject.id as string;
}

function evaluationInput() {
  return {
    projectId: 'JICA-P-000002',
    type: 'JOINT',
    date: '2026-06-30',
    evaluators: ['ABC', 'JICA'],
    ratings: [
      { criterion: 'RELEVANCE', score: 3, narrative: 'Aligned with the national plan.' },
      { criterion: 'EFFECTIVENESS', score: 2 },
    ],
    findings: 'Joint review.',
  };
}

async function newEvaluation(): Promise<string> {
  const res = await federation().as<{ createAbcEvaluation: { id: string } }>(
    await federation().token('ABC', ['evaluator']),
    M.createEvaluation,
    { input: evaluationInput() },
  );
  expect(res.errors).toBeUndefined();
  return res.data?.createAbcEvaluation.id as string;
}

describe('drafts and sign-off', () => {
  it('shows a draft only to its evaluating agencies, and makes it final once every party signed it off', async () => {
    const id = await newEvaluation();
    const see = async (caller: Caller) =>
      (
        await federation().as<{ evaluation: { status: string } | null }>(
          await caller.token(),
          `{ evaluation(id: "${id}") { ... on AbcEvaluation { status } } }`,
        )
      ).data?.evaluation ?? null;
    expect(await see(ANONYMOUS)).toBeNull();
    expect(await see(as('UNOSSC', 'admin'))).toBeNull();
    expect(await see(as('JICA', 'viewer'))).toEqual({ status: 'DRAFT' });
    const first = await federation().as<{ signOffAbcEvaluation: { status: string } }>(
      await federation().token('ABC', ['evaluator']),
      M.signOff,
      { id, version: 1 },
    );
    expect(first.data?.signOffAbcEvaluation.status).toBe('DRAFT');
    const again = await federation().as(await federation().token('ABC', ['evaluator']), M.signOff, { id, version: 1 });
    expect(code(again)).toBe('CONFLICT');
    const last = await federation().as<{ signOffAbcEvaluation: { status: string; signOffs: { agency: { code: string } }[] } }>(
      await federation().token('JICA', ['evaluator']),
      M.signOff,
      { id, version: 1 },
    );
    expect(last.data?.signOffAbcEvaluation.status).toBe('FINAL');
    expect(last.data?.signOffAbcEvaluation.signOffs.map((s) => s.agency.code).sort()).toEqual(['ABC', 'JICA']);
    expect(await see(ANONYMOUS)).toEqual({ status: 'FINAL' });
  });
});

describe('no bypass: a subgraph called directly trusts no one', () => {
  it('refuses writes without a token and with a forged one, and hides drafts from anonymous callers', async () => {
    const abc = federation().subgraphUrls.abc as string;
    const anon = await postGraphQL(abc, M.createInstitution, { input: { name: 'Direct', organisationType: '10' } });
    expect(code(anon)).toBe('UNAUTHENTICATED');
    const forged = await postGraphQL(
      abc,
      M.createInstitution,
      { input: { name: 'Direct', organisationType: '10' } },
      { authorization: `Bearer ${await FORGED.token()}` },
    );
    expect(forged.status).toBe(401);
    expect(code(forged)).toBe('UNAUTHENTICATED');
    const garbage = await postGraphQL(abc, '{ __typename }', {}, { authorization: 'Bearer not.a.jwt' });
    expect(garbage.status).toBe(401);
    const id = await newEvaluation();
    const draft = await postGraphQL<{ _entities: unknown[] }>(
      abc,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on AbcEvaluation { id status } } }',
      { r: [{ __typename: 'AbcEvaluation', id }] },
    );
    expect(draft.data?._entities).toEqual([null]);
  });
});

describe('bad input gets a clear error and changes nothing', () => {
  const officer = () => federation().token('ABC', ['officer']);
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    ['unknown country', { ...PROJECT_INPUT, recipientCountries: ['XX'] }, 'recipientCountries[0]', /"XX" is not an ISO 3166-1/],
    ['unknown sector', { ...PROJECT_INPUT, sectors: ['99999'] }, 'sectors[0]', /DAC 5-digit/],
    ['unknown currency', { ...PROJECT_INPUT, budget: { amount: 1, currency: 'XYZ' } }, 'budget.currency', /ISO 4217/],
    ['bad date order', { ...PROJECT_INPUT, plannedEndDate: '2026-01-01' }, 'plannedEndDate', /is before plannedStartDate/],
    ['oversize title', { ...PROJECT_INPUT, title: 'x'.repeat(501) }, 'title', /at most 500/],
    [
      'missing institution',
      {
        ...PROJECT_INPUT,
        participants: [{ role: 'RECIPIENT', organisationRole: 'IMPLEMENTING', name: 'Ghost', institutionId: 'ABC-I-999999' }],
      },
      'participants[0].institutionId',
      /has no institution ABC-I-999999/,
    ],
    [
      'bad related id',
      { ...PROJECT_INPUT, relatedProjects: [{ type: 'SIBLING', id: 'nonsense' }] },
      'relatedProjects[0].id',
      /project's id/,
    ],
    ['SQL-like text in a code', { ...PROJECT_INPUT, sectors: ["31166'; drop table projects; --"] }, 'sectors[0]', /DAC/],
  ];
  for (const [what, input, argument, message] of cases) {
    it(`createAbcProject refuses ${what}`, async () => {
      const before = await auditCount();
      const res = await federation().as(await officer(), M.createProject, { input });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(res.errors?.[0]?.message).toMatch(message);
      expect(await auditCount()).toBe(before);
    });
  }

  it('refuses a stale version with CONFLICT and an unknown id with NOT_FOUND', async () => {
    const version = await currentVersion('project', 'ABC-P-000001');
    const token = await officer();
    const ok = await federation().as(token, M.updateProject, {
      id: 'ABC-P-000001',
      version,
      patch: { title: 'Training on Management of SSC (2013)' },
    });
    expect(ok.errors).toBeUndefined();
    const before = await auditCount();
    const stale = await federation().as(token, M.updateProject, { id: 'ABC-P-000001', version, patch: { title: 'Overwrite' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: version + 1 });
    const missing = await federation().as(token, M.updateProject, { id: 'ABC-P-999999', version: 1, patch: { title: 'x' } });
    expect(code(missing)).toBe('NOT_FOUND');
    const illegal = await federation().as(token, M.updateProject, {
      id: 'ABC-P-000001',
      version: version + 1,
      patch: { actualStartDate: '2013-03-16', actualEndDate: '2013-03-15' },
    });
    expect(illegal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'actualEndDate' });
    expect(await auditCount()).toBe(before);
    const title = await federation().query<{ project: { title: string } }>('{ project(id: "ABC-P-000001") { title } }');
    expect(title.data?.project.title).toBe('Training on Management of SSC (2013)');
  });

  it('creates once per idempotency key, however often the client retries', async () => {
    const token = await officer();
    const key = `retry-${Math.random()}`;
    const before = await auditCount();
    const input = { name: 'Mozambique Institute of Cashew', organisationType: '10', country: 'MZ' };
    const [a, b] = await Promise.all([
      federation().as<{ createAbcInstitution: { id: string } }>(token, M.createInstitution, { input, key }),
      federation().as<{ createAbcInstitution: { id: string } }>(token, M.createInstitution, { input, key }),
    ]);
    const c = await federation().as<{ createAbcInstitution: { id: string } }>(token, M.createInstitution, { input, key });
    expect(a.errors ?? b.errors ?? c.errors).toBeUndefined();
    expect(new Set([a.data?.createAbcInstitution.id, b.data?.createAbcInstitution.id, c.data?.createAbcInstitution.id]).size).toBe(1);
    expect(await auditCount()).toBe(before + 1);
    const misuse = await federation().as(token, M.createProject, { input: PROJECT_INPUT, key });
    expect(code(misuse)).toBe('CONFLICT');
  });
});

describe("an agency's own registry of users and keys", () => {
  it("overrides a token's roles with the registry's, and refuses a deactivated user", async () => {
    const token = await federation().token('ABC', ['officer'], 'carla');
    const input = { name: `Registry test ${Math.random()}`, organisationType: '10' };
    expect(code(await federation().as(token, M.createInstitution, { input }))).toBe('OK');
    expect(code(await federation().as(admin, M.setUser, { user: 'carla', roles: ['VIEWER'], active: true }))).toBe('OK');
    expect(code(await federation().as(token, M.createInstitution, { input }))).toBe('FORBIDDEN');
    expect(code(await federation().as(admin, M.setUser, { user: 'carla', roles: ['OFFICER'], active: false }))).toBe('OK');
    const refused = await federation().as(token, M.createInstitution, { input });
    expect(refused.errors?.[0]?.message).toMatch(/deactivated/);
    const self = await federation().as(admin, M.setUser, { user: 'abc-admin', roles: ['OFFICER'], active: true });
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'user' });
  });

  it('publishes its current public keys as a JWKS, and refuses private or broken keys', async () => {
    const kid = await addedKey();
    const jwks = async () =>
      (
        (await (await fetch(new URL('/.well-known/jwks.json', federation().subgraphUrls.abc))).json()) as { keys: { kid: string }[] }
      ).keys.map((k) => k.kid);
    expect(await jwks()).toContain(kid);
    expect(code(await federation().as(admin, M.retireKey, { kid }))).toBe('OK');
    expect(await jwks()).not.toContain(kid);
    expect(code(await federation().as(admin, M.retireKey, { kid }))).toBe('CONFLICT');
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const secret = await federation().as(admin, M.addKey, { jwk: JSON.stringify({ ...(await exportJWK(privateKey)), kid: 'leak' }) });
    expect(secret.errors?.[0]?.message).toMatch(/private part/);
    expect(code(await federation().as(admin, M.addKey, { jwk: '{"kty":"EC","kid":"broken","crv":"P-256","x":"AA","y":"AA"}' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await federation().as(admin, M.addKey, { jwk: 'not json' }))).toBe('BAD_USER_INPUT');
  });
});

describe('totals after a write', () => {
  it('count the new record at once (a write clears the reused totals)', async () => {
    const total = async () =>
      (
        await federation().query<{ projects: { totalCount: number } }>(
          '{ projects(filter: { agencies: ["ABC"] }, first: 1) { totalCount } }',
        )
      ).data?.projects.totalCount ?? -1;
    const before = await total();
    expect(await total()).toBe(before);
    await newProject();
    expect(await total()).toBe(before + 1);
  });
});

describe("a subgraph whose keys differ from the gateway's", () => {
  it('is reported as refusing the credentials, not as unavailable', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
    const dir = mkdtempSync(join(tmpdir(), 'ssc-other-keys-'));
    try {
      const jwksAbc = join(dir, 'abc.jwks.json');
      writeFileSync(
        jwksAbc,
        JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'gateway-only', alg: 'ES256', use: 'sig' }] }),
      );
      const env: Record<string, string> = {
        PORT: '0',
        LOG_LEVEL: 'silent',
        JWKS_ABC: jwksAbc,
        ...subgraphUrlEnv(federation().subgraphUrls),
      };
      const gateway = await startGateway(loadGatewayEnv(env));
      try {
        const token = await issueToken(
          { ...(await exportJWK(privateKey)), kid: 'gateway-only', alg: 'ES256' },
          { agency: 'ABC', user: 'ana', roles: ['officer'] },
        );
        const res = await postGraphQL(
          gateway.url,
          M.createInstitution,
          { input: { name: 'Refused', organisationType: '10' } },
          { authorization: `Bearer ${token}` },
        );
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', agency: 'ABC' });
        expect(res.errors?.[0]?.message).toMatch(/agency ABC refused the credentials: the token is not signed by a key of agency ABC/);
      } finally {
        await gateway.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
