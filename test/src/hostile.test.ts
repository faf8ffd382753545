import { AGENCIES } from '@ssc/contract';
import { createDatabase } from '@ssc/db';
import { loadGatewayEnv, startGateway, subgraphUrlEnv } from '@ssc/gateway';
import { postGraphQL } from '@ssc/server-kit';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useFederation } from './federation.ts';
import { rawRequest } from './raw.ts';

const federation = useFederation({ seedProjects: 10 });

interface Hostile {
  name: string;
  body?: string | Buffer;
  contentType?: string;
  method?: string;
  /** Extra request headers. */
  headers?: Record<string, string>;
  /** Sent as raw bytes over TCP instead (odd request targets, broken framing): only the status is checked. */
  raw?: string;
  /** Acceptable statuses and error codes; no codes: a correct answer (no errors) is expected. */
  status: number[];
  codes: string[];
  /** Checks a correct answer's data. */
  data?: (data: unknown) => void;
}

const json = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });

interface Target {
  name: string;
  url: string;
  /** The paginated root list (projects at the gateway, abcProjects at ABC, ...). */
  list: string;
  /** The root lookup of a project by id, and an id the server knows. */
  lookup: string;
  id: string;
  /** A creating mutation of this server (or of ABC at the gateway). */
  mutation: string;
  limits: { depth: number; aliases: number; tokens: number };
  gateway: boolean;
}

const get = (target: string) => `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`;

/** The corpus for one server. */
function corpus(t: Target): Hostile[] {
  const { list, lookup, limits } = t;
  const deep = `{ ${list}(first: 1) { nodes { ${'relatedProjects { project { '.repeat(limits.depth)} id ${'} } '.repeat(limits.depth)} } } }`;
  const aliases = `{ ${Array.from({ length: limits.aliases + 1 }, (_, i) => `a${i}: ${list}(first: 1) { totalCount }`).join(' ')} }`;
  const tokens = `{ ${'__typename '.repeat(limits.tokens + 1)} }`;
  const validation = ['GRAPHQL_VALIDATION_FAILED'];
  const bad = ['BAD_USER_INPUT'];
  const ok = (status = [200]): Pick<Hostile, 'status' | 'codes'> => ({ status, codes: [] });
  const fanOut = Array.from({ length: 30 }, (_, i) => `p${i}: projects(filter: { sdgs: [1] }) { totalCount }`).join(' ');
  const cases: Hostile[] = [
    // limits of the document
    { name: 'deep nesting', body: json(deep), status: [200], codes: ['QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY', ...validation] },
    { name: 'alias bomb', body: json(aliases), status: [200], codes: ['TOO_MANY_ALIASES'] },
    {
      name: 'directive flood',
      body: json(`{ __typename ${'@include(if: true) '.repeat(60)} }`),
      status: [200],
      codes: ['TOO_MANY_DIRECTIVES'],
    },
    { name: 'token flood', body: json(tokens), status: [200, 413], codes: ['TOO_MANY_TOKENS', 'PAYLOAD_TOO_LARGE'] },
    {
      name: 'huge string (2 MB)',
      body: json(`{ ${list}(filter: { text: "${'x'.repeat(2_000_000)}" }) { totalCount } }`),
      status: [413],
      codes: ['PAYLOAD_TOO_LARGE'],
    },
    // cost and fan-out
    {
      name: 'page too large',
      body: json(`{ ${list}(first: 100000) { totalCount } }`),
      status: [200],
      codes: ['BAD_USER_INPUT', 'QUERY_TOO_COSTLY'],
    },
    {
      name: 'page too large in a variable',
      body: json(`query($n: Int) { ${list}(first: $n) { totalCount } }`, { n: 100_000 }),
      status: [200],
      codes: ['BAD_USER_INPUT', 'QUERY_TOO_COSTLY'],
    },
    { name: 'negative page', body: json(`{ ${list}(first: -1) { totalCount } }`), status: [200], codes: bad },
    { name: 'Int overflow', body: json(`{ ${list}(first: 99999999999) { totalCount } }`), status: [200], codes: [...validation, ...bad] },
    // input values
    {
      name: 'huge list in variables',
      body: json(`query($c: [String!]) { ${list}(filter: { countries: $c }) { totalCount } }`, {
        c: Array.from({ length: 10_000 }, () => 'MZ'),
      }),
      status: [200],
      codes: bad,
    },
    {
      name: 'oversize text filter',
      body: json(`{ ${list}(filter: { text: "${'y'.repeat(500)}" }) { totalCount } }`),
      status: [200],
      codes: bad,
    },
    {
      name: 'unknown codes',
      body: json(`{ ${list}(filter: { countries: ["ZZ"], sectors: ["00000"] }) { totalCount } }`),
      status: [200],
      codes: bad,
    },
    {
      name: 'SQL in a cursor',
      body: json(`{ ${list}(after: "' or 1=1; drop table projects; --") { totalCount } }`),
      status: [200],
      codes: bad,
    },
    {
      name: 'a cursor of another list',
      body: json(`{ ${list}(after: "eyJzIjoiSW5zdGl0dXRpb24ifQ") { totalCount } }`),
      status: [200],
      codes: bad,
    },
    {
      name: 'wrong variable type',
      body: json(`query($n: Int) { ${list}(first: $n) { totalCount } }`, { n: 'many' }),
      status: [200, 400],
      codes: bad,
    },
    { name: 'NUL in an id', body: json(`{ ${lookup}(id: "ABC-P-\\u0000") { id } }`), status: [200], codes: bad },
    {
      name: 'NUL in a variable',
      body: json(`query($t: String) { ${list}(filter: { text: $t }) { totalCount } }`, { t: 'a\u0000b' }),
      status: [200],
      codes: bad,
    },
    {
      name: 'lone surrogate in a variable',
      body: json(`query($t: String) { ${list}(filter: { text: $t }) { totalCount } }`, { t: 'x\ud800y' }),
      status: [200],
      codes: bad,
    },
    {
      name: 'a 3,000-character id',
      body: json(`{ ${lookup}(id: "JICA-P-${'9'.repeat(3_000)}") { id } }`),
      status: [200],
      codes: [],
      data: (d) => expect(Object.values(d as object)[0]).toBeNull(),
    },
    {
      name: 'an id nobody holds',
      body: json(`{ ${lookup}(id: "${t.id.replace(/\d+$/, '999999')}") { id } }`),
      status: [200],
      codes: [],
      data: (d) => expect(Object.values(d as object)[0]).toBeNull(),
    },
    {
      name: 'a bad date',
      body: json(`{ cooperationRequests(filter: { submittedFrom: "2026-13-45" }) { totalCount } }`),
      status: [200],
      codes: [...bad, ...validation],
    },
    { name: 'SQL-like text', body: json(`{ ${list}(filter: { text: "'; drop table projects; --%_" }) { totalCount } }`), ...ok() },
    // writes by someone who may not write
    {
      name: 'anonymous mutation',
      body: json(`mutation { ${t.mutation}(input: { name: "X", country: "MZ", organisationType: "10" }) { id } }`),
      status: [200],
      codes: ['UNAUTHENTICATED'],
    },
    {
      name: 'garbage bearer token',
      body: json('{ __typename }'),
      headers: { authorization: 'Bearer not.a.jwt' },
      status: [401],
      codes: ['UNAUTHENTICATED'],
    },
    {
      name: 'Basic credentials',
      body: json('{ __typename }'),
      headers: { authorization: 'Basic YWxhZGRpbjpvcGVuc2VzYW1l' },
      status: [401],
      codes: ['UNAUTHENTICATED'],
    },
    {
      name: 'a 10 kB bearer token',
      body: json('{ __typename }'),
      headers: { authorization: `Bearer ${'a'.repeat(10_000)}` },
      status: [401],
      codes: ['UNAUTHENTICATED'],
    },
    // documents GraphQL refuses
    {
      name: 'syntax error',
      body: json(`{ ${list}(first: ) { totalCount }`),
      status: [200],
      codes: ['GRAPHQL_PARSE_FAILED', ...validation],
    },
    { name: 'unknown field', body: json('{ nothingHere }'), status: [200], codes: validation },
    {
      name: 'fragment cycle',
      body: json('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'),
      status: [200],
      codes: validation,
    },
    { name: 'subscription', body: json('subscription { __typename }'), status: [200, 400], codes: [...validation, 'BAD_REQUEST'] },
    {
      name: 'operationName not in the document',
      body: JSON.stringify({ query: 'query A { __typename }', operationName: 'B' }),
      status: [200, 400],
      codes: ['OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST'],
    },
    {
      name: 'two operations, no operationName',
      body: JSON.stringify({ query: 'query A { __typename } query B { __typename }' }),
      status: [200, 400],
      codes: ['OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST'],
    },
    {
      name: 'unknown persisted query',
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
      status: [200, 400],
      codes: ['PERSISTED_QUERY_NOT_FOUND', 'BAD_REQUEST'],
    },
    // the body and its encoding
    { name: 'malformed JSON', body: '{"query": "{ __typename }"', status: [400], codes: ['BAD_REQUEST'] },
    {
      name: 'invalid UTF-8',
      body: Buffer.from([0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
      status: [400],
      codes: ['BAD_REQUEST'],
    },
    { name: 'overlong UTF-8', body: Buffer.from([0x7b, 0x22, 0x71, 0xc0, 0xaf, 0x22, 0x7d]), status: [400], codes: ['BAD_REQUEST'] },
    { name: 'UTF-16 body', body: Buffer.from(json('{ __typename }'), 'utf16le'), status: [400], codes: ['BAD_REQUEST'] },
    {
      name: 'byte-order mark',
      body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json('{ __typename }'))]),
      ...ok(),
    },
    {
      name: 'JSON nested 100,000 deep',
      body: `{"query":"{ __typename }","variables":{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`,
      status: [200, 400],
      codes: ['BAD_REQUEST', ...bad],
    },
    { name: 'query that is not a string', body: JSON.stringify({ query: 5 }), status: [400], codes: ['BAD_REQUEST'] },
    {
      name: 'variables that are not an object',
      body: JSON.stringify({ query: '{ __typename }', variables: 5 }),
      status: [400],
      codes: ['BAD_REQUEST'],
    },
    { name: 'text/plain body', body: '{ __typename }', contentType: 'text/plain', status: [415], codes: ['UNSUPPORTED_MEDIA_TYPE'] },
    {
      name: 'form body',
      body: 'query=%7B__typename%7D',
      contentType: 'application/x-www-form-urlencoded',
      status: [415],
      codes: ['UNSUPPORTED_MEDIA_TYPE'],
    },
    { name: 'JSON with a charset parameter', body: json('{ __typename }'), contentType: 'application/json; charset=iso-8859-1', ...ok() },
    {
      name: 'batched operations',
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
      status: [400],
      codes: ['BAD_REQUEST'],
    },
    { name: 'empty body', body: '', status: [400], codes: ['BAD_REQUEST'] },
    // methods and headers
    { name: 'mutation over GET', body: '', method: 'GET', status: [400, 405], codes: ['BAD_REQUEST'] },
    { name: 'PUT', body: json('{ __typename }'), method: 'PUT', status: [400, 405], codes: ['BAD_REQUEST', '(none)'] },
    { name: 'a hostile x-request-id', body: json('{ __typename }'), headers: { 'x-request-id': '<script>alert(1)</script>' }, ...ok() },
    { name: 'a browser at the endpoint', method: 'GET', headers: { accept: 'text/html' }, status: [200], codes: [] },
    // request targets and framing, as raw bytes
    { name: 'target //', raw: get('//'), status: [404], codes: [] },
    { name: 'target /\\', raw: get('/\\'), status: [404], codes: [] },
    { name: 'target //[', raw: get('//['), status: [404], codes: [] },
    { name: 'target //:99999/graphql', raw: get('//:99999/graphql'), status: [404], codes: [] },
    { name: 'target *', raw: get('*'), status: [400], codes: [] },
    { name: 'absolute-form target', raw: get('http://evil.example/graphql'), status: [400], codes: [] },
    { name: 'bad percent-encoding', raw: get('/%zz%'), status: [400], codes: [] },
    { name: 'a 9 kB path', raw: get(`/${'a'.repeat(9_000)}`), status: [400, 414, 431], codes: [] },
    {
      name: 'Content-Length with Transfer-Encoding (smuggling)',
      raw: 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n',
      status: [400],
      codes: [],
    },
    {
      name: 'a header with a NUL',
      raw: 'GET /live HTTP/1.1\r\nHost: x\r\nX-Bad: a\u0000b\r\nConnection: close\r\n\r\n',
      status: [400],
      codes: [],
    },
    { name: 'not HTTP at all', raw: '\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003', status: [0, 400], codes: [] },
  ];
  if (t.gateway) {
    cases.push(
      {
        name: 'a search per country, thirty times over',
        body: json(`{ countries { ${fanOut} } }`),
        status: [200],
        codes: ['QUERY_TOO_COSTLY'],
      },
      {
        name: 'a list of lists in variables',
        body: json('query($n: Int) { institutions(first: $n) { nodes { projects(first: $n) { totalCount } } } }', { n: 500 }),
        status: [200],
        codes: ['QUERY_TOO_COSTLY'],
      },
      {
        name: '_entities at the gateway',
        body: json('{ _entities(representations: []) { __typename } }'),
        status: [200],
        codes: validation,
      },
    );
  } else {
    const type = `${t.list.replace(/Projects$/, '').replace(/^./, (c) => c.toUpperCase())}Project`;
    cases.push(
      {
        name: '_entities with a key missing',
        body: json(`{ _entities(representations: [{ __typename: "${type}" }]) { __typename } }`),
        status: [200],
        codes: [...bad, ...validation],
      },
      {
        name: '_entities with an unknown __typename',
        body: json('{ _entities(representations: [{ __typename: "NoSuchType", id: "x" }]) { __typename } }'),
        status: [200],
        codes: bad,
      },
      {
        name: '_entities with a representation that is not an object',
        body: json('query($r: [_Any!]!) { _entities(representations: $r) { __typename } }', { r: [5, 'x', null] }),
        status: [200],
        codes: [...bad, ...validation],
      },
      {
        name: 'thousands of searches in one _entities',
        body: json('query($r: [_Any!]!) { _entities(representations: $r) { ... on ProjectConnection { __typename } } }', {
          r: Array.from({ length: 3_000 }, (_, i) => ({
            __typename: 'ProjectConnection',
            key: JSON.stringify({ f: { text: `t${i}` }, n: 1, a: null }),
          })),
        }),
        status: [200],
        codes: ['OPERATION_BUDGET_EXCEEDED', 'QUERY_TOO_COSTLY', ...bad],
      },
    );
  }
  return cases;
}
async function send(url: string, h: Hostile): Promise<{ status: number; codes: string[]; messages: string[]; data?: unknown }> {
  if (h.raw !== undefined) return { status: await rawRequest(url, h.raw), codes: [], messages: [] };
  const target = h.method === 'GET' && !h.headers?.accept ? `${url}?query=${encodeURIComponent('mutation { __typename }')}` : url;
  const res = await fetch(target, {
    method: h.method ?? 'POST',
    headers: {
      'content-type': h.contentType ?? 'application/json',
      accept: 'application/json',
      'apollo-require-preflight': 'true',
      ...h.headers,
    },
    ...(h.method === 'GET' || h.body === undefined ? {} : { body: typeof h.body === 'string' ? h.body : new Uint8Array(h.body) }),
  });
  const text = await res.text();
  if ((res.headers.get('content-type') ?? '').startsWith('text/html')) return { status: res.status, codes: [], messages: [] };
  let parsed: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } = {};
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = { errors: [{ message: text }] };
  }
  return {
    status: res.status,
    codes: (parsed.errors ?? []).map((e) => e.extensions?.code ?? '(none)'),
    messages: (parsed.errors ?? []).map((e) => e.message),
    data: parsed.data,
  };
}

/** Every agency's records and audit log, counted in its own database. */
async function snapshot(): Promise<string> {
  const res = await federation().query(
    '{ projects(first: 500) { totalCount nodes { id version title } } institutions(first: 500) { totalCount } evaluations(first: 500) { totalCount } }',
  );
  expect(res.errors).toBeUndefined();
  const counts = await Promise.all(
    Object.entries(federation().databaseUrls).map(async ([name, url]) => {
      const database = createDatabase({ connectionString: url, poolMax: 1 });
      try {
        const { rows } = await sql<{
          n: string;
        }>`select (select count(*) from audit_log) || '/' || (select count(*) from institutions) || '/' || (select count(*) from projects) || '/' || (select count(*) from cooperation_requests) as n`.execute(
          database.db,
        );
        return `${name}:${rows[0]?.n}`;
      } finally {
        await database.close();
      }
    }),
  );
  return JSON.stringify([res.data, counts]);
}

describe('a corpus of hostile requests', () => {
  it('gets a clear error or a correct answer for every request, at the gateway and at every subgraph, crashes nothing and changes nothing', async () => {
    const before = await snapshot();
    const targets: Target[] = [
      {
        name: 'gateway',
        url: federation().gatewayUrl,
        list: 'projects',
        lookup: 'project',
        id: 'ABC-P-000002',
        mutation: 'createAbcInstitution',
        limits: { depth: 12, aliases: 30, tokens: 3_000 },
        gateway: true,
      },
      ...AGENCIES.map((a) => ({
        name: a.subgraph,
        url: federation().subgraphUrls[a.subgraph] as string,
        list: `${a.subgraph}Projects`,
        lookup: `${a.subgraph}Project`,
        id: `${a.idPrefix}-P-000101`, // the first generated project: every agency holds one, with facts or without
        mutation: `create${a.typePrefix}Institution`,
        limits: { depth: 30, aliases: 100, tokens: 20_000 },
        gateway: false,
      })),
    ];
    let sent = 0;
    for (const t of targets) {
      const cases = corpus(t);
      expect(cases.length).toBeGreaterThanOrEqual(60);
      const simple = `{ ${t.lookup}(id: "${t.id}") { id } }`;
      for (const h of cases) {
        const r = await send(t.url, h);
        sent += 1;
        const label = `${t.name}: ${h.name} answered ${r.status} ${r.codes.join(',')} ${r.messages[0]?.slice(0, 160)}`;
        expect(h.status, label).toContain(r.status);
        if (h.raw !== undefined) {
          // raw requests: the status says it all
        } else if (h.codes.length) {
          expect(r.codes.length, label).toBeGreaterThan(0);
          expect(h.codes, label).toContain(r.codes[0]);
          expect(r.messages[0]?.length ?? 0, label).toBeGreaterThan(5);
        } else {
          expect(r.codes, label).toEqual([]);
          h.data?.(r.data);
        }
        // and a simple query still answers normally
        const after = await postGraphQL<Record<string, { id: string } | null>>(t.url, simple);
        expect(after.errors, `${t.name} after ${h.name}`).toBeUndefined();
        expect(Object.values(after.data ?? {})[0]?.id, `${t.name} after ${h.name}`).toBe(t.id);
      }
      const health = await fetch(new URL('/health', t.url));
      expect(health.status, `${t.name} is still healthy`).toBe(200);
    }
    expect(sent).toBeGreaterThanOrEqual(targets.length * 60);
    expect(await snapshot()).toBe(before);
  }, 120_000);

  it('treats SQL-like text as text', async () => {
    const res = await federation().query<{ projects: { totalCount: number }; project: null }>(
      `{ projects(filter: { text: "'; drop table projects; --" }) { totalCount } project(id: "ABC-P-1' or '1'='1") { id } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.projects.totalCount).toBe(0);
    expect(res.data?.project).toBeNull();
  });
});

describe('a lookup by id', () => {
  it.each([
    ['project', 'projects'],
    ['institution', 'institutions'],
    ['evaluation', 'evaluations'],
    ['cooperationRequest', 'cooperationRequests'],
    ['expert', 'experts'],
    ['lesson', 'lessons'],
  ])('%s(id) answers the record the owner holds, and null for an id of the same shape nobody holds', async (lookup, list) => {
    const page = await federation().query<Record<string, { nodes: { id: string }[] }>>(`{ ${list}(first: 1) { nodes { id } } }`);
    const id = page.data?.[list]?.nodes[0]?.id as string;
    expect(id).toMatch(/^[A-Z]+-[A-Z]-\d+$/);
    const unknown = id.replace(/\d+$/, '999999');
    const res = await federation().query<Record<string, { id: string } | null>>(
      `query($id: ID!, $unknown: ID!) { known: ${lookup}(id: $id) { id } missing: ${lookup}(id: $unknown) { id } }`,
      { id, unknown },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ known: { id }, missing: null });
    expect(JSON.stringify(res)).not.toContain('_ssc');
  });
});

describe('a gateway in production', () => {
  it('turns introspection off and masks nothing a client may act on', async () => {
    const env: Record<string, string> = {
      PORT: '0',
      LOG_LEVEL: 'silent',
      NODE_ENV: 'production',
      ...subgraphUrlEnv(federation().subgraphUrls),
    };
    const gateway = await startGateway(loadGatewayEnv(env));
    try {
      const post = (query: string) =>
        fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }).then(
          async (r) => ({
            status: r.status,
            body: (await r.json()) as {
              data?: unknown;
              errors?: { message: string; extensions?: { code?: string; stacktrace?: unknown } }[];
            },
          }),
        );
      const introspection = await post('{ __schema { types { name } } }');
      expect(introspection.body.errors?.[0]?.message).toMatch(/introspection/i);
      expect(introspection.body.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
      const bad = await post('{ projects(filter: { countries: ["ZZ"] }) { totalCount } }');
      expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const ok = await post('{ agencies { code } }');
      expect(ok.body.data).toEqual({ agencies: AGENCIES.map((a) => ({ code: a.code })) });
    } finally {
      await gateway.stop();
    }
  });
});
