import { createVerifier } from '@ssc/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL } from './client.ts';
import { CONSOLE_CSP } from './console.ts';
import { badInput } from './errors.ts';
import { requestPath } from './http.ts';
import { createLogger } from './logger.ts';
import { createSubgraphServer, type RunningServer } from './server.ts';

const typeDefs = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query { hello(name: String!): String! boom: String bad: String node: Node slow: String nodes(first: Int): [Node!]! }
  type Node { name: String child: Node }
`;

let healthy = true;
const start = (maskErrors: boolean) =>
  createSubgraphServer({
    name: 'test',
    typeDefs,
    resolvers: {
      Node: { child: () => ({ name: 'child' }) },
      Query: {
        hello: (_: unknown, { name }: { name: string }) => `hello ${name}`,
        boom: () => {
          throw new Error('secret internal detail');
        },
        node: () => ({ name: 'root' }),
        nodes: (_: unknown, { first }: { first: number }) => Array.from({ length: first }, (_v, i) => ({ name: `n${i}` })),
        slow: async () => {
          await new Promise((r) => setTimeout(r, 400));
          return 'finished';
        },
        bad: () => {
          throw badInput('name is too long', 'name');
        },
      },
    },
    context: async ({ requestId }) => ({ requestId }),
    logger: createLogger('test', 'silent'),
    host: '127.0.0.1',
    port: 0,
    maxBodyBytes: 5_000,
    inlineTracing: false,
    publicMaxAge: 30,
    maskErrors,
    ready: async () => ({ database: healthy }),
    verifier: createVerifier({}),
    limits: { LIMIT_DEPTH: 5, LIMIT_ALIASES: 3, LIMIT_DIRECTIVES: 3, LIMIT_TOKENS: 200, LIMIT_COST: 1000 },
  });

let dev: RunningServer;
let prod: RunningServer;
beforeAll(async () => {
  [dev, prod] = await Promise.all([start(false), start(true)]);
});
afterAll(async () => {
  await Promise.all([dev?.stop(), prod?.stop()]);
});

describe('the subgraph server factory', () => {
  it('serves the schema with the federation fields', async () => {
    const res = await postGraphQL(dev.url, '{ hello(name: "Maputo") _service { sdl } }');
    expect(res.data?.hello).toBe('hello Maputo');
    expect(res.data?._service).toMatchObject({ sdl: expect.stringContaining('hello(name: String!)') });
  });

  it('marks an anonymous query public for CACHE_MAX_AGE, and a caller with a token or an error no-store', async () => {
    const ask = (headers: Record<string, string> = {}, query = '{ hello(name: "Maputo") nodes(first: 3) { name child { name } } }') =>
      fetch(dev.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
    const anonymous = await ask();
    expect(anonymous.headers.get('cache-control')).toBe('max-age=30, public');
    expect(anonymous.headers.get('vary')).toMatch(/authorization/);
    // the verifier knows no agency: the token is refused, and no answer to it is ever public
    expect((await ask({ authorization: 'Bearer x' })).headers.get('cache-control') ?? 'none').not.toMatch(/public/);
    expect((await ask({}, '{ boom }')).headers.get('cache-control')).toBe('no-store');
  });

  it('tells liveness from readiness', async () => {
    healthy = false;
    try {
      expect((await fetch(new URL('/live', dev.url))).status).toBe(200);
      const ready = await fetch(new URL('/health', dev.url));
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable', checks: { database: false } });
    } finally {
      healthy = true;
    }
    expect((await fetch(new URL('/health', dev.url))).status).toBe(200);
  });

  it('refuses a body over the limit with 413, malformed JSON with 400, and unknown paths with 404', async () => {
    const big = await fetch(dev.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ hello(name: "${'x'.repeat(6_000)}") }` }),
    });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const malformed = await fetch(dev.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(malformed.status).toBe(400);
    expect((await fetch(new URL('/nowhere', dev.url))).status).toBe(404);
  });

  it('keeps error codes and gives every response a request id', async () => {
    const res = await fetch(dev.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-42' },
      body: JSON.stringify({ query: '{ bad }' }),
    });
    // the server's own id, never the caller's
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]).toMatchObject({ message: 'name is too long', extensions: { code: 'BAD_USER_INPUT', argument: 'name' } });
  });

  it('masks internal errors in production and shows them in development', async () => {
    const shown = await postGraphQL(dev.url, '{ boom }');
    expect(shown.errors?.[0]?.message).toBe('secret internal detail');
    const masked = await postGraphQL(prod.url, '{ boom }');
    expect(masked.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^internal error/),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(masked)).not.toContain('secret');
  });

  it.each([
    ['depth', '{ node { child { child { child { child { child { name } } } } } } }', 'QUERY_TOO_DEEP', /LIMIT_DEPTH/],
    ['aliases', '{ a: hello(name: "1") b: hello(name: "2") c: hello(name: "3") d: hello(name: "4") }', 'TOO_MANY_ALIASES', /LIMIT_ALIASES/],
    [
      'directives',
      '{ hello(name: "x") @skip(if: false) @skip(if: false) @skip(if: false) @skip(if: false) }',
      'TOO_MANY_DIRECTIVES',
      /LIMIT_DIRECTIVES/,
    ],
    ['tokens', `{ ${'__typename '.repeat(250)} }`, 'TOO_MANY_TOKENS', /LIMIT_TOKENS/],
  ])('refuses a query over the %s limit with its own code, as 200 under application/json', async (_, query, code, setting) => {
    const res = await postGraphQL(dev.url, query);
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(res.errors?.[0]?.message).toMatch(setting);
    const plain = await fetch(dev.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(plain.status).toBe(200);
  });

  it('follows GraphQL over HTTP: 400 under application/graphql-response+json, 415 for other media types, 400 for bad UTF-8', async () => {
    const strict = await fetch(dev.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ nope }' }),
    });
    expect(strict.status).toBe(400);
    expect(strict.headers.get('content-type')).toMatch(/application\/graphql-response\+json/);
    const plain = await fetch(dev.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ nope }' }),
    });
    expect(plain.status).toBe(200);
    const text = await fetch(dev.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{ hello(name: "x") }' });
    expect(text.status).toBe(415);
    const latin1 = await fetch(dev.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x7d]),
    });
    expect(latin1.status).toBe(400);
    expect(((await latin1.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/UTF-8/);
  });

  it('finishes in-flight requests when it stops', async () => {
    const server = await start(false);
    const inFlight = postGraphQL(server.url, '{ slow }');
    await new Promise((r) => setTimeout(r, 100));
    await server.stop();
    expect((await inFlight).data).toEqual({ slow: 'finished' });
    await expect(fetch(new URL('/live', server.url))).rejects.toThrow();
  });

  it('reads any request target as a path, never as a URL', () => {
    expect(requestPath('//')).toEqual({ pathname: '//', search: '' });
    expect(requestPath('//:99999/graphql')).toEqual({ pathname: '//:99999/graphql', search: '' });
    expect(requestPath('/graphql?query=%7B%7D')).toEqual({ pathname: '/graphql', search: '?query=%7B%7D' });
    expect(requestPath('*')).toBeNull();
    expect(requestPath('http://evil.example/')).toBeNull();
    expect(requestPath('/%')).toBeNull();
  });

  it('answers an operationName that the document does not hold with 400, not 500', async () => {
    const res = await fetch(dev.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: 'query A { hello(name: "x") }', operationName: 'B' }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.message).toMatch(/B/);
    expect(body.errors[0]?.extensions.code).toMatch(/OPERATION_RESOLUTION_FAILURE|BAD_REQUEST/);
  });

  it.each([
    ['a NUL in a literal', '{ hello(name: "a\\u0000b") }', undefined, 'hello(name)', /NUL/],
    ['a NUL in a variable', 'query($n: String!) { hello(name: $n) }', { n: 'a\u0000b' }, '$n', /NUL/],
    ['a lone surrogate in a variable', 'query($n: String!) { hello(name: $n) }', { n: 'x\ud800' }, '$n', /surrogate/],
  ])('refuses %s with BAD_USER_INPUT naming where it is', async (_, query, variables, argument, fault) => {
    const res = await postGraphQL(dev.url, query, variables);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(res.errors?.[0]?.message).toMatch(fault);
    expect(res.data ?? null).toBeNull();
  });

  it('serves its SDL (_service) only where introspection is on', async () => {
    const prodSdl = await postGraphQL(prod.url, '{ _service { sdl } }');
    expect(prodSdl.errors?.[0]?.message).toMatch(/_service.*introspection is off/);
    expect(JSON.stringify(prodSdl)).not.toContain('hello(name');
    const introspection = await postGraphQL(prod.url, '{ __schema { types { name } } }');
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    const devSdl = await postGraphQL<{ _service: { sdl: string } }>(dev.url, '{ _service { sdl } }');
    expect(devSdl.data?._service.sdl).toContain('hello(name');
  });

  it('gives browsers a self-contained console: nothing loaded from elsewhere', async () => {
    const res = await fetch(dev.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONSOLE_CSP);
    const html = await res.text();
    expect(html).toContain('<textarea');
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
    expect(html).not.toMatch(/cdn|apollographql\.com|googleapis/);
  });

  it('prices a list by the `first` a variable gives it', async () => {
    const literal = await postGraphQL(dev.url, '{ nodes(first: 5000) { name } }');
    const variable = await postGraphQL(dev.url, 'query($n: Int) { nodes(first: $n) { name } }', { n: 5000 });
    expect(literal.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(variable.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(variable.errors?.[0]?.message).toMatch(/LIMIT_COST/);
    const small = await postGraphQL<{ nodes: unknown[] }>(dev.url, 'query($n: Int) { nodes(first: $n) { name } }', { n: 3 });
    expect(small.data?.nodes).toHaveLength(3);
  });
});
