import { AGENCIES } from '@ssc/contract';
import { loadGatewayEnv, startGateway, subgraphUrlEnv } from '@ssc/gateway';
import { describe, expect, it } from 'vitest';
import { useFederation } from './federation.ts';

const federation = useFederation({ seedProjects: 10 });

interface Hostile {
  name: string;
  body: string | Buffer;
  contentType?: string;
  method?: string;
  /** Acceptable statuses and error codes. */
  status: number[];
  codes: string[];
}

const json = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });

/** The corpus, for a server whose paginated root list is `list` (projects at the gateway, abcProjects at ABC, ...). */
function corpus(list: string, limits: { depth: number; aliases: number; tokens: number }): Hostile[] {
  const deep = `{ ${list}(first: 1) { nodes { ${'relatedProjects { project { '.repeat(limits.depth)} id ${'} } '.repeat(limits.depth)} } } }`;
  const aliases = `{ ${Array.from({ length: limits.aliases + 1 }, (_, i) => `a${i}: ${list}(first: 1) { totalCount }`).join(' ')} }`;
  const tokens = `{ ${'__typename '.repeat(limits.tokens + 1)} }`;
  const validation = ['GRAPHQL_VALIDATION_FAILED'];
  return [
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
    {
      name: 'huge list in variables',
      body: json(`query($c: [String!]) { ${list}(filter: { countries: $c }) { totalCount } }`, {
        c: Array.from({ length: 10_000 }, () => 'MZ'),
      }),
      status: [200],
      codes: ['BAD_USER_INPUT'],
    },
    {
      name: 'oversize text filter',
      body: json(`{ ${list}(filter: { text: "${'y'.repeat(500)}" }) { totalCount } }`),
      status: [200],
      codes: ['BAD_USER_INPUT'],
    },
    {
      name: 'unknown codes',
      body: json(`{ ${list}(filter: { countries: ["ZZ"], sectors: ["00000"] }) { totalCount } }`),
      status: [200],
      codes: ['BAD_USER_INPUT'],
    },
    {
      name: 'SQL in a cursor',
      body: json(`{ ${list}(after: "' or 1=1; drop table projects; --") { totalCount } }`),
      status: [200],
      codes: ['BAD_USER_INPUT'],
    },
    {
      name: 'page too large',
      body: json(`{ ${list}(first: 100000) { totalCount } }`),
      status: [200],
      codes: ['BAD_USER_INPUT', 'QUERY_TOO_COSTLY'],
    },
    {
      name: 'wrong variable type',
      body: json(`query($n: Int) { ${list}(first: $n) { totalCount } }`, { n: 'many' }),
      status: [200, 400],
      codes: ['BAD_USER_INPUT'],
    },
    { name: 'malformed JSON', body: '{"query": "{ __typename }"', status: [400], codes: ['BAD_REQUEST'] },
    {
      name: 'invalid UTF-8',
      body: Buffer.from([0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
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
    {
      name: 'batched operations',
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
      status: [400],
      codes: ['BAD_REQUEST'],
    },
    {
      name: 'syntax error',
      body: json('{ projects(first: ) { totalCount }'),
      status: [200],
      codes: ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED'],
    },
    { name: 'empty body', body: '', status: [400], codes: ['BAD_REQUEST'] },
    { name: 'mutation over GET', body: '', method: 'GET', status: [400, 405], codes: ['BAD_REQUEST'] },
  ];
}

async function send(url: string, h: Hostile): Promise<{ status: number; codes: string[]; messages: string[] }> {
  const target = h.method === 'GET' ? `${url}?query=${encodeURIComponent('mutation { __typename }')}` : url;
  const res = await fetch(target, {
    method: h.method ?? 'POST',
    headers: { 'content-type': h.contentType ?? 'application/json', accept: 'application/json', 'apollo-require-preflight': 'true' },
    ...(h.method === 'GET' ? {} : { body: h.body }),
  });
  const text = await res.text();
  let parsed: { errors?: { message: string; extensions?: { code?: string } }[] } = {};
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = { errors: [{ message: text }] };
  }
  return {
    status: res.status,
    codes: (parsed.errors ?? []).map((e) => e.extensions?.code ?? '(none)'),
    messages: (parsed.errors ?? []).map((e) => e.message),
  };
}

async function snapshot(): Promise<string> {
  const res = await federation().query(
    '{ projects(first: 500) { totalCount nodes { id version title } } institutions(first: 500) { totalCount } evaluations(first: 500) { totalCount } }',
  );
  expect(res.errors).toBeUndefined();
  return JSON.stringify(res.data);
}

describe('a corpus of hostile requests', () => {
  it('gets a clear error for every request, at the gateway and at every subgraph, crashes nothing and changes nothing', async () => {
    const before = await snapshot();
    const targets = [
      { name: 'gateway', url: federation().gatewayUrl, list: 'projects', limits: { depth: 12, aliases: 30, tokens: 3_000 } },
      ...AGENCIES.map((a) => ({
        name: a.subgraph,
        url: federation().subgraphUrls[a.subgraph] as string,
        list: `${a.subgraph}Projects`,
        limits: { depth: 30, aliases: 100, tokens: 20_000 },
      })),
    ];
    let sent = 0;
    for (const t of targets) {
      for (const h of corpus(t.list, t.limits)) {
        const r = await send(t.url, h);
        sent += 1;
        const label = `${t.name}: ${h.name} answered ${r.status} ${r.codes.join(',')} ${r.messages[0]?.slice(0, 120)}`;
        expect(h.status, label).toContain(r.status);
        expect(r.codes.length, label).toBeGreaterThan(0);
        expect(h.codes, label).toContain(r.codes[0]);
        expect(r.messages[0]?.length ?? 0, label).toBeGreaterThan(5);
      }
      const health = await fetch(new URL('/health', t.url));
      expect(health.status, `${t.name} is still healthy`).toBe(200);
    }
    expect(sent).toBe(targets.length * 19);
    expect(await snapshot()).toBe(before);
  });

  it('treats SQL-like text as text', async () => {
    const res = await federation().query<{ projects: { totalCount: number }; project: null }>(
      `{ projects(filter: { text: "'; drop table projects; --" }) { totalCount } project(id: "ABC-P-1' or '1'='1") { id } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.projects.totalCount).toBe(0);
    expect(res.data?.project).toBeNull();
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
      expect(ok.body.data).toEqual({ agencies: [{ code: 'ABC' }, { code: 'JICA' }, { code: 'UNOSSC' }, { code: 'INDONESIA' }] });
    } finally {
      await gateway.stop();
    }
  });
});
