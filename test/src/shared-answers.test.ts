/**
 * Shared answers (issue 13): identical subgraph fetches in flight sent once, anonymous queries'
 * whole answers cached by the gateway (in memory, and in a real Redis shared by two gateways),
 * a write through the gateway seen by the next read, persisted queries by hash and by GET.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ensureDevKeys, jwksVariable } from '@ssc/auth';
import { AGENCIES } from '@ssc/contract';
import { loadGatewayEnv, type RunningGateway, startGateway, subgraphUrlEnv } from '@ssc/gateway';
import { startRedis } from '@ssc/testing/redis';
import { afterAll, describe, expect, it } from 'vitest';
import { useFederation } from './federation.ts';

const federation = useFederation({ seedProjects: 20 });

const COUNT = '{ projects(filter: { agencies: ["ABC"] }) { totalCount } }';
const LIST = 'query List { projects(first: 5, filter: { countries: ["MZ"] }) { totalCount nodes { id title agency { code } } } }';

async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    res,
    body: (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] },
  };
}

/** A gateway of the test's own over the federation's subgraphs, with `env` on top. */
const gateways: RunningGateway[] = [];
async function ownGateway(env: Record<string, string>): Promise<RunningGateway> {
  const jwks = await ensureDevKeys(federation().keysDir);
  const gateway = await startGateway(
    loadGatewayEnv({
      PORT: '0',
      LOG_LEVEL: 'silent',
      ...subgraphUrlEnv(federation().subgraphUrls),
      ...Object.fromEntries(Object.entries(jwks).map(([a, file]) => [jwksVariable(a), file])),
      ...env,
    }),
  );
  gateways.push(gateway);
  return gateway;
}
const servers: Server[] = [];
afterAll(async () => {
  await Promise.all(gateways.map((g) => g.stop()));
  for (const s of servers) s.close();
});

/** A proxy in front of one subgraph that counts the requests it passes on, each held `delayMs`. */
async function countingProxy(target: string, delayMs: number) {
  const counter = { requests: 0, url: '' };
  const server = createServer(async (req, res) => {
    counter.requests += 1;
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    await new Promise((r) => setTimeout(r, delayMs));
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (req.headers.authorization) headers.authorization = req.headers.authorization;
    const answer = await fetch(target, { method: 'POST', headers, body: Buffer.concat(chunks) });
    res.writeHead(answer.status, {
      'content-type': 'application/json',
      'cache-control': answer.headers.get('cache-control') ?? 'no-store',
    });
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  servers.push(server);
  counter.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return counter;
}

describe('the response cache', () => {
  it('shares anonymous answers while fresh, never a signed-in caller’s, and a write through the gateway is seen by the next read', async () => {
    const url = federation().gatewayUrl;
    const first = await post(url, COUNT);
    expect(first.body.errors).toBeUndefined();
    expect(first.res.headers.get('cache-control')).toBe('max-age=30, public');
    expect(first.res.headers.get('age')).toBeNull();
    const again = await post(url, COUNT);
    expect(again.res.headers.get('age')).not.toBeNull();
    expect(again.body).toEqual(first.body);
    // a caller may ask for a fresh answer, as browsers do on a reload
    expect((await post(url, COUNT, { 'cache-control': 'no-cache' })).res.headers.get('age')).toBeNull();

    const token = await federation().token('ABC', ['officer']);
    const signedIn = await post(url, COUNT, { authorization: `Bearer ${token}` });
    expect(signedIn.res.headers.get('cache-control')).toBe('no-store');
    expect(signedIn.res.headers.get('age')).toBeNull();

    const created = await federation().as(token, 'mutation($input: AbcProjectInput!) { createAbcProject(input: $input) { id } }', {
      input: {
        title: 'Shared answers: a project written through the gateway',
        status: 'PIPELINE',
        modality: 'BILATERAL',
        plannedStartDate: '2027-01-01',
        plannedEndDate: '2027-12-31',
        recipientCountries: ['MZ'],
        sectors: ['31166'],
        sdgs: [2],
        participants: [
          { role: 'PROVIDER', organisationRole: 'EXTENDING', name: 'Brazilian Cooperation Agency', country: 'BR', agency: 'ABC' },
        ],
        programmeLine: 'BILATERAL_TECHNICAL_COOPERATION',
      },
    });
    expect(created.errors).toBeUndefined();
    const after = await post(url, COUNT);
    expect(after.res.headers.get('age')).toBeNull();
    const count = (b: typeof first.body) => (b.data?.projects as { totalCount: number } | undefined)?.totalCount ?? -1;
    expect(count(after.body)).toBe(count(first.body) + 1);
  });

  it('keeps no answer with errors: an agency that is down is not remembered as missing', async () => {
    const proxy = await countingProxy(federation().subgraphUrls.abc ?? '', 0);
    const gateway = await ownGateway({ ABC_URL: 'http://127.0.0.1:9/graphql', SUBGRAPH_TIMEOUT_MS: '500' });
    const down = await post(gateway.url, LIST);
    expect(down.body.errors?.[0]?.extensions?.code).toBe('AGENCY_UNAVAILABLE');
    expect(down.res.headers.get('cache-control')).toBe('no-store');
    const still = await post(gateway.url, LIST);
    expect(still.res.headers.get('age')).toBeNull();
    expect(proxy.requests).toBe(0);
  });
});

describe('identical fetches in flight', () => {
  it('are sent to the subgraph once for a crowd asking the same, and apart for different callers', async () => {
    const abc = AGENCIES[0];
    const proxy = await countingProxy(federation().subgraphUrls[abc.subgraph] ?? '', 300);
    // no response cache: every request runs its plan, and only the fetches can be shared
    const gateway = await ownGateway({ [`${abc.code}_URL`]: proxy.url, CACHE_MAX_AGE: '0' });
    await post(gateway.url, LIST);
    const one = proxy.requests;
    expect(one).toBeGreaterThan(0);

    proxy.requests = 0;
    const crowd = await Promise.all(Array.from({ length: 8 }, () => post(gateway.url, LIST)));
    for (const r of crowd) expect(r.body).toEqual(crowd[0]?.body);
    expect(crowd[0]?.body.errors).toBeUndefined();
    // all eight planned within the 300 ms that the first fetch is held: one set of fetches
    expect(proxy.requests).toBeLessThanOrEqual(2 * one);
    expect(gateway.transport.joined).toBeGreaterThanOrEqual(4 * one);

    proxy.requests = 0;
    const [ana, ben] = await Promise.all([federation().token('JICA', ['viewer'], 'ana'), federation().token('JICA', ['viewer'], 'ben')]);
    await Promise.all([
      post(gateway.url, LIST, { authorization: `Bearer ${ana}` }),
      post(gateway.url, LIST, { authorization: `Bearer ${ben}` }),
    ]);
    expect(proxy.requests).toBe(2 * one);
  });
});

describe('persisted queries', () => {
  it('are asked by hash, by GET, and answered with Cache-Control that a CDN can honour', async () => {
    const hash = createHash('sha256').update(LIST).digest('hex');
    const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }));
    const get = (headers: Record<string, string> = { 'apollo-require-preflight': 'true' }) =>
      fetch(`${federation().gatewayUrl}?operationName=List&extensions=${extensions}`, { headers });
    const unknown = await get();
    expect(((await unknown.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
    const registered = await fetch(federation().gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LIST, operationName: 'List', extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
    });
    const body = (await registered.json()) as { data: unknown };
    expect(body.data).toBeTruthy();
    const byHash = await get();
    expect(byHash.status).toBe(200);
    expect(byHash.headers.get('cache-control')).toBe('max-age=30, public');
    // a signed-in caller's request for the same URL is not answered from a browser's or CDN's copy
    expect(byHash.headers.get('vary')).toMatch(/\bauthorization\b/);
    expect(((await byHash.json()) as { data: unknown }).data).toEqual(body.data);
    // a GET that a browser would send from another site, with no header to make it preflight: refused (CSRF)
    expect((await get({})).status).toBe(400);
  });
});

describe('the response cache in Redis', () => {
  it('is shared by two gateways, and an outage of Redis costs hits, never answers', async () => {
    const redis = await startRedis();
    try {
      const [a, b] = [await ownGateway({ REDIS_URL: redis.url }), await ownGateway({ REDIS_URL: redis.url })];
      const first = await post(a.url, LIST);
      expect(first.body.errors).toBeUndefined();
      expect(first.res.headers.get('age')).toBeNull();
      // the write to Redis is in the background
      let other = await post(b.url, LIST);
      for (let i = 0; i < 20 && other.res.headers.get('age') === null; i++) {
        await new Promise((r) => setTimeout(r, 50));
        other = await post(b.url, LIST);
      }
      expect(other.res.headers.get('age')).not.toBeNull();
      expect(other.body).toEqual(first.body);

      await redis.stop();
      const started = Date.now();
      const without = await post(a.url, `${LIST.replace('first: 5', 'first: 6')}`);
      expect(without.body.errors).toBeUndefined();
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await redis.stop();
    }
  });
});
