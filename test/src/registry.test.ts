/**
 * An agency's word on its own users holds at every agency (issue 9, item 3): a partner asks the
 * user's home registry (`GET /registry/self`), caches the answer for REGISTRY_CACHE_MS, and fails
 * closed when it cannot ask. Every request goes through the gateway, as a client sends it.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { AGENCIES, DEFAULT_AGENCIES } from '@ssc/contract';
import { freePort } from '@ssc/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useFederation } from './federation.ts';
import { errorCode, useAuditCount } from './matrix.ts';

/** The staleness bound of this federation: short, so that the tests can wait it out. */
const CACHE_MS = 1_000;
const federation = useFederation({ seedProjects: 5, env: { REGISTRY_CACHE_MS: String(CACHE_MS) } });
/** Waits out the staleness bound (with a margin for the request in flight). */
const pastTheBound = () => new Promise((r) => setTimeout(r, CACHE_MS + 300));

type Res = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
const send = async (token: string | null, query: string, variables: Record<string, unknown> = {}) =>
  (await federation().as(token, query, variables)) as Res;
const code = errorCode;
async function done(token: string, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const res = await send(token, query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return Object.values(res.data ?? {})[0] as Record<string, unknown>;
}

// the default registry's subgraph names (this test runs with it)
type Subgraph = (typeof DEFAULT_AGENCIES)[number]['subgraph'];
const audits = Object.fromEntries(DEFAULT_AGENCIES.map((a) => [a.subgraph, useAuditCount(federation, a.subgraph)])) as Record<
  Subgraph,
  () => Promise<number>
>;
/** Every agency's audit-log size: a refused request leaves all of them as they were. */
const allAudits = async () =>
  Object.fromEntries(await Promise.all(DEFAULT_AGENCIES.map(async (a) => [a.subgraph, await audits[a.subgraph]()] as const))) as Record<
    Subgraph,
    number
  >;

const REQUEST = {
  title: 'Cashew processing for smallholders',
  sectors: ['31163'],
  requester: { name: 'Ministry of Agriculture', country: 'MZ' },
  contact: { email: 'desk@example.org' },
};
const submit = (prefix: string) =>
  `mutation($input: CooperationRequestInput!) { submit${prefix}CooperationRequest(input: $input) { id version status } }`;
const M = {
  setAbcUser: `mutation($user: ID!, $roles: [Role!]!, $active: Boolean!) { setAbcUser(user: $user, roles: $roles, active: $active) { user active } }`,
  createJicaEvaluation: `mutation($input: EvaluationInput!) { createJicaEvaluation(input: $input) { id version status } }`,
  signOffJicaEvaluation: `mutation($id: ID!, $version: Int!) { signOffJicaEvaluation(id: $id, version: $version) { id status signOffs { agency { code } } } }`,
  withdrawJicaRequest: `mutation($id: ID!, $version: Int!) { withdrawJicaCooperationRequest(id: $id, version: $version, comment: "no longer needed") { id status } }`,
  createJicaProject: `mutation($input: JicaProjectInput!) { createJicaProject(input: $input) { id } }`,
  confirmJicaProject: `mutation($id: ID!) { confirmJicaProjectParticipation(id: $id, comment: "ABC takes part") { id confirmations { agency { code } } } }`,
  submitJica: submit('Jica'),
  submitUnossc: submit('Unossc'),
  submitIndonesia: submit('Indonesia'),
  submitAbc: submit('Abc'),
};
const READ_DRAFT = `query($id: ID!) { evaluation(id: $id) { ... on JicaEvaluation { id status } } }`;
const READ_JICA_DRAFTS = `{ evaluations(filter: { agencies: ["JICA"], evaluators: ["ABC"] }, first: 500) { nodes { id } } }`;

/** A JICA-held joint draft that ABC evaluates too. */
async function jicaJointDraft(): Promise<{ id: string; version: number }> {
  const e = await done(await federation().token('JICA', ['evaluator']), M.createJicaEvaluation, {
    input: {
      projectId: 'JICA-P-000002',
      type: 'JOINT',
      date: '2026-09-30',
      evaluators: ['JICA', 'ABC'],
      ratings: [{ criterion: 'RELEVANCE', score: 3, narrative: 'Asked for by the partner.' }],
    },
  });
  return { id: e.id as string, version: e.version as number };
}
/** A request that ABC submitted to JICA (by another ABC officer). */
async function abcRequestAtJica(): Promise<{ id: string; version: number }> {
  const r = await done(await federation().token('ABC', ['officer'], 'abc-desk'), M.submitJica, { input: REQUEST });
  return { id: r.id as string, version: r.version as number };
}
/** A JICA project in design that names ABC as a recipient agency (awaiting ABC's confirmation). */
async function jicaProjectWithAbc(): Promise<string> {
  const p = await done(await federation().token('JICA', ['officer']), M.createJicaProject, {
    input: {
      title: 'Tropical savannah research, third phase',
      status: 'PIPELINE',
      modality: 'TRIANGULAR',
      recipientCountries: ['MZ'],
      sectors: ['31182'],
      sdgs: [2],
      participants: [
        { role: 'PROVIDER', organisationRole: 'FUNDING', name: 'Japan International Cooperation Agency', country: 'JP', agency: 'JICA' },
        { role: 'RECIPIENT', organisationRole: 'IMPLEMENTING', name: 'Brazilian Cooperation Agency', country: 'BR', agency: 'ABC' },
      ],
    },
  });
  return p.id as string;
}

/** The state of the records a refused request must leave alone, as their owner sees them. */
async function jicaState(draft: string, request: string, project: string) {
  const res = await send(
    await federation().token('JICA', ['admin']),
    `query($d: ID!, $r: ID!, $p: ID!) {
      d: evaluation(id: $d) { ... on JicaEvaluation { status version signOffs { agency { code } } } }
      r: cooperationRequest(id: $r) { status version }
      p: project(id: $p) { ... on JicaProject { version confirmations { agency { code } } } }
    }`,
    { d: draft, r: request, p: project },
  );
  expect(res.errors).toBeUndefined();
  return res.data;
}

let abcAdmin: string;
beforeAll(async () => {
  abcAdmin = await federation().token('ABC', ['admin']);
});
const setAbcUser = (user: string, roles: string[], active: boolean) => done(abcAdmin, M.setAbcUser, { user, roles, active });

describe("GET /registry/self: an agency's word on the calling user", () => {
  it("answers for the agency's own users only, from its registry (or the token's roles when unlisted)", async () => {
    const self = async (subgraph: string, token: string | null) => {
      const res = await fetch(new URL('/registry/self', federation().subgraphUrls[subgraph]), {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> & { errors?: { message: string }[] } };
    };
    const ana = await federation().token('ABC', ['officer'], 'ana-self');
    expect(await self('abc', ana)).toEqual({
      status: 200,
      body: { agency: 'ABC', user: 'ana-self', listed: false, active: true, roles: ['officer'] },
    });
    await setAbcUser('ana-self', ['VIEWER'], false);
    expect(await self('abc', ana)).toEqual({
      status: 200,
      body: { agency: 'ABC', user: 'ana-self', listed: true, active: false, roles: ['viewer'] },
    });
    // JICA's registry does not answer for ABC's users, nor ABC's for JICA's
    const atJica = await self('jica', ana);
    expect(atJica.status).toBe(403);
    expect(atJica.body.errors?.[0]?.message).toMatch(
      /JICA's registry answers only for JICA's own users; a user of ABC is answered for by ABC's registry/,
    );
    expect((await self('abc', await federation().token('JICA', ['admin']))).status).toBe(403);
    const anonymous = await self('abc', null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.message).toMatch(/needs the bearer token of a user of ABC/);
    expect((await self('abc', 'not.a.jwt')).status).toBe(401);
  });
});

describe("a user deactivated by ABC's registry, with a still-valid ABC token, at every partner", () => {
  // dora is an ABC officer and evaluator; her token says so and stays valid throughout
  let dora: string;
  let draft: { id: string; version: number };
  let request: { id: string; version: number };
  let project: string;

  beforeAll(async () => {
    dora = await federation().token('ABC', ['officer', 'evaluator'], 'dora');
    draft = await jicaJointDraft();
    request = await abcRequestAtJica();
    project = await jicaProjectWithAbc();
  });

  it("reads JICA's joint draft while active (the partner has asked ABC and cached the answer)", async () => {
    expect((await send(dora, READ_DRAFT, { id: draft.id })).data?.evaluation).toEqual({ id: draft.id, status: 'DRAFT' });
    const list = (await send(dora, READ_JICA_DRAFTS)).data?.evaluations as { nodes: { id: string }[] };
    expect(list.nodes.map((n) => n.id)).toContain(draft.id);
  });

  it('is refused at JICA once ABC deactivates her, within the staleness bound: sign-off, withdrawal, confirmation, drafts', async () => {
    await setAbcUser('dora', ['OFFICER', 'EVALUATOR'], false);
    await pastTheBound();
    const before = await allAudits();
    const state = await jicaState(draft.id, request.id, project);
    expect(state).toEqual({
      d: { status: 'DRAFT', version: draft.version, signOffs: [] },
      r: { status: 'SUBMITTED', version: request.version },
      p: { version: 1, confirmations: [] },
    });

    const refusals = [
      await send(dora, M.signOffJicaEvaluation, draft),
      await send(dora, M.withdrawJicaRequest, request),
      await send(dora, M.confirmJicaProject, { id: project }),
      await send(dora, M.submitJica, { input: REQUEST }),
    ];
    for (const res of refusals) {
      expect(code(res)).toBe('FORBIDDEN');
      expect(res.errors?.[0]?.message).toBe("user dora is deactivated in ABC's registry");
      expect(res.errors?.[0]?.extensions).toMatchObject({ registry: 'ABC' });
    }
    // she reads JICA's joint drafts as an anonymous caller would: not at all
    expect((await send(dora, READ_DRAFT, { id: draft.id })).data?.evaluation).toBeNull();
    const list = (await send(dora, READ_JICA_DRAFTS)).data?.evaluations as { nodes: { id: string }[] };
    expect(list.nodes.map((n) => n.id)).not.toContain(draft.id);
    // nothing changed anywhere
    expect(await jicaState(draft.id, request.id, project)).toEqual(state);
    expect(await allAudits()).toEqual(before);
  });

  it('is refused at every other partner too, and at ABC itself; nothing changes', async () => {
    const before = await allAudits();
    for (const mutation of AGENCIES.filter((a) => a.code !== 'JICA').map((a) => submit(a.typePrefix))) {
      const res = await send(dora, mutation, { input: REQUEST });
      expect(code(res), mutation).toBe('FORBIDDEN');
      expect(res.errors?.[0]?.message).toMatch(/deactivated in ABC's registry/);
    }
    expect(await allAudits()).toEqual(before);
  });

  it('works again at every partner within the staleness bound after ABC reactivates her', async () => {
    await setAbcUser('dora', ['OFFICER', 'EVALUATOR'], true);
    await pastTheBound();
    const before = await allAudits();
    expect((await send(dora, READ_DRAFT, { id: draft.id })).data?.evaluation).toEqual({ id: draft.id, status: 'DRAFT' });
    const signed = await done(dora, M.signOffJicaEvaluation, draft);
    expect(signed.signOffs).toEqual([{ agency: { code: 'ABC' } }]);
    expect((await done(dora, M.withdrawJicaRequest, request)).status).toBe('WITHDRAWN');
    expect((await done(dora, M.confirmJicaProject, { id: project })).confirmations).toEqual([{ agency: { code: 'ABC' } }]);
    await done(dora, M.submitUnossc, { input: REQUEST });
    await done(dora, M.submitIndonesia, { input: REQUEST });
    expect(await allAudits()).toEqual({ ...before, jica: before.jica + 3, unossc: before.unossc + 1, indonesia: before.indonesia + 1 });
  });
});

describe("roles limited by ABC's registry hold at every partner", () => {
  it("a user whom ABC's registry limits to viewer cannot submit requests at UNOSSC (or any partner) in ABC's name", async () => {
    // vera's token says officer, and until ABC's registry says otherwise, she is one everywhere
    const vera = await federation().token('ABC', ['officer'], 'vera');
    const before = await allAudits();
    await done(vera, M.submitUnossc, { input: REQUEST });
    expect(await audits.unossc()).toBe(before.unossc + 1);

    await setAbcUser('vera', ['VIEWER'], true);
    await pastTheBound();
    const after = await allAudits();
    for (const mutation of AGENCIES.filter((a) => a.code !== 'ABC').map((a) => submit(a.typePrefix))) {
      const res = await send(vera, mutation, { input: REQUEST });
      expect(code(res), mutation).toBe('FORBIDDEN');
      expect(res.errors?.[0]?.message).toMatch(/needs the role officer or admin/);
    }
    expect(await allAudits()).toEqual(after);

    // ABC's registry makes her an officer again: within the bound, so do the partners
    await setAbcUser('vera', ['OFFICER'], true);
    await pastTheBound();
    await done(vera, M.submitUnossc, { input: REQUEST });
    expect(await audits.unossc()).toBe(after.unossc + 1);
  });
});

describe("fail closed: a partner that cannot hear ABC's registry accepts no ABC user's word", () => {
  let hanging: Server;
  let hangingPort: number;
  const sockets = new Set<Socket>();
  let connections = 0;
  beforeAll(async () => {
    // a "registry" that accepts connections and never answers
    hanging = createServer((socket) => {
      connections += 1;
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((r) => hanging.listen(0, '127.0.0.1', r));
    hangingPort = (hanging.address() as { port: number }).port;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((r) => hanging?.close(r));
  });

  const desk = () => federation().token('ABC', ['officer'], 'abc-desk');
  /** Submits a request to UNOSSC as ABC's officer and reads its contact back (visible to the submitting agency only). */
  async function unosscRequest(): Promise<string> {
    return (await done(await desk(), M.submitUnossc, { input: REQUEST })).id as string;
  }
  const contact = async (id: string) =>
    (
      (await send(await desk(), `{ cooperationRequest(id: "${id}") { contact { email } } }`)).data?.cooperationRequest as {
        contact: unknown;
      } | null
    )?.contact;

  async function restartUnossc(env?: Record<string, string | undefined>) {
    await federation().stopSubgraph('unossc');
    await federation().restartSubgraph('unossc', env);
  }
  afterAll(async () => {
    await restartUnossc().catch(() => {});
  });

  /** ABC's officer is refused at UNOSSC with UNAUTHENTICATED naming ABC's registry; nothing changes; JICA's users are unaffected. */
  async function refusedAtUnossc(request: string, reason: RegExp) {
    const before = await allAudits();
    const res = await send(await desk(), M.submitUnossc, { input: REQUEST });
    expect(code(res)).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0]?.message).toMatch(/^ABC's registry could not confirm user abc-desk \(/);
    expect(res.errors?.[0]?.message).toMatch(reason);
    expect(res.errors?.[0]?.extensions).toMatchObject({ registry: 'ABC' });
    // it reads as an anonymous caller: the contact of ABC's own request is hidden
    expect(await contact(request)).toBeNull();
    expect(await allAudits()).toEqual(before);
    await done(await federation().token('JICA', ['officer']), M.submitUnossc, { input: REQUEST });
    expect(await audits.unossc()).toBe(before.unossc + 1);
  }

  it('REGISTRY_ABC unset', async () => {
    const request = await unosscRequest();
    expect(await contact(request)).toEqual({ email: 'desk@example.org' });
    await restartUnossc({ REGISTRY_ABC: undefined });
    await refusedAtUnossc(request, /REGISTRY_ABC is not configured here/);
  });

  it('REGISTRY_ABC pointing where nothing listens', async () => {
    await restartUnossc();
    const request = await unosscRequest();
    expect(await contact(request)).toEqual({ email: 'desk@example.org' });
    await restartUnossc({ REGISTRY_ABC: `http://127.0.0.1:${await freePort()}` });
    await refusedAtUnossc(request, /could not be reached/);
  });

  it('REGISTRY_ABC that never answers: refused after the 2 s timeout, not held up', async () => {
    await restartUnossc();
    const request = await unosscRequest();
    expect(await contact(request)).toEqual({ email: 'desk@example.org' });
    await restartUnossc({ REGISTRY_ABC: `http://127.0.0.1:${hangingPort}` });
    const started = Date.now();
    await refusedAtUnossc(request, /did not answer within 2000 ms/);
    expect(connections).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 30_000);

  it("ABC's subgraph down: its users' writes are refused at JICA; back up, they are accepted again", async () => {
    await restartUnossc();
    const token = await desk();
    await done(token, M.submitJica, { input: REQUEST });
    await federation().stopSubgraph('abc');
    try {
      await pastTheBound();
      const before = await audits.jica();
      const res = await send(token, M.submitJica, { input: REQUEST });
      expect(code(res)).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0]?.message).toMatch(/ABC's registry could not confirm user abc-desk \(it could not be reached/);
      expect(await audits.jica()).toBe(before);
    } finally {
      await federation().restartSubgraph('abc');
    }
    await pastTheBound();
    await done(token, M.submitJica, { input: REQUEST });
  });
});
