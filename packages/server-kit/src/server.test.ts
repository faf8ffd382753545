import { createVerifier } from '@ssc/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL } from './client.ts';
import { badInput } from './errors.ts';
import { createLogger } from './logger.ts';
import { createSubgraphServer, type RunningServer } from './server.ts';

const typeDefs = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query { hello(name: String!): String! boom: String bad: String }
`;

let healthy = true;
const start = (maskErrors: boolean) =>
  createSubgraphServer({
    name: 'test',
    typeDefs,
    resolvers: {
      Query: {
        hello: (_: unknown, { name }: { name: string }) => `hello ${name}`,
        boom: () => {
          throw new Error('secret internal detail');
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
    maxBodyBytes: 2_000,
    inlineTracing: false,
    maskErrors,
    ready: async () => ({ database: healthy }),
    verifier: createVerifier({}),
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
      body: JSON.stringify({ query: `{ hello(name: "${'x'.repeat(3_000)}") }` }),
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
    expect(res.headers.get('x-request-id')).toBe('req-42');
    const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]).toMatchObject({ message: 'name is too long', extensions: { code: 'BAD_USER_INPUT', argument: 'name' } });
  });

  it('masks internal errors in production and shows them in development', async () => {
    const shown = await postGraphQL(dev.url, '{ boom }');
    expect(shown.errors?.[0]?.message).toBe('secret internal detail');
    const masked = await postGraphQL(prod.url, '{ boom }');
    expect(masked.errors?.[0]).toMatchObject({ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(masked)).not.toContain('secret');
  });
});
