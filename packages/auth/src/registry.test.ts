import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from './identity.ts';
import { createRegistryClient, type RegistryAnswer, registrySelfUrl } from './registry.ts';

/** A stand-in for ABC's subgraph: answers /registry/self as `reply` says, and records what it was asked. */
let server: Server;
let base: string;
let reply: (req: IncomingMessage) => { status: number; body: unknown } | 'hang' = () => ({ status: 500, body: {} });
const asked: { path: string | undefined; authorization: string | undefined }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    asked.push({ path: req.url, authorization: req.headers.authorization });
    const answer = reply(req);
    if (answer === 'hang') return;
    res.writeHead(answer.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const ANA: Identity = { agency: 'ABC', user: 'ana', roles: ['officer'] };
const entry = (over: Partial<RegistryAnswer> = {}): { status: number; body: RegistryAnswer } => ({
  status: 200,
  body: { agency: 'ABC', user: 'ana', listed: true, active: true, roles: ['viewer'], ...over },
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the registry client', () => {
  it("asks the home agency's /registry/self with the caller's own token, and reports its entry", async () => {
    asked.length = 0;
    reply = () => entry();
    const client = createRegistryClient({ ABC: base }, { cacheMs: 0 });
    expect(await client.lookup(ANA, 'Bearer t1')).toEqual({
      confirmed: true,
      agency: 'ABC',
      listed: true,
      active: true,
      roles: ['viewer'],
    });
    expect(asked).toEqual([{ path: '/registry/self', authorization: 'Bearer t1' }]);
    reply = () => entry({ listed: false, roles: ['officer'] });
    expect(await client.lookup(ANA, 'Bearer t1')).toMatchObject({ confirmed: true, listed: false, roles: ['officer'] });
    expect(client.agencies).toEqual(['ABC']);
    expect(registrySelfUrl('http://h:4101/')).toBe('http://h:4101/registry/self');
    expect(registrySelfUrl('http://h:4101/graphql')).toBe('http://h:4101/registry/self');
  });

  it('reuses an answer for cacheMs (the staleness bound), then asks again; concurrent lookups share one request', async () => {
    asked.length = 0;
    reply = () => entry({ active: true });
    const client = createRegistryClient({ ABC: base }, { cacheMs: 300 });
    const many = await Promise.all(Array.from({ length: 20 }, () => client.lookup(ANA, 'Bearer t')));
    expect(asked).toHaveLength(1);
    expect(new Set(many.map((w) => JSON.stringify(w))).size).toBe(1);
    // the home registry deactivates ana: within the bound the partner may still use the old answer ...
    reply = () => entry({ active: false });
    expect(await client.lookup(ANA, 'Bearer t')).toMatchObject({ active: true });
    expect(asked).toHaveLength(1);
    // ... and after it, never
    await sleep(320);
    expect(await client.lookup(ANA, 'Bearer t')).toMatchObject({ confirmed: true, active: false });
    expect(asked).toHaveLength(2);
    // another user of the same agency is a separate entry
    await client.lookup({ ...ANA, user: 'bruno' }, 'Bearer b');
    expect(asked).toHaveLength(3);
  });

  it('fails closed: no location, no answer in time, an error, a malformed answer or an answer about someone else', async () => {
    const none = createRegistryClient({ JICA: base });
    expect(await none.lookup(ANA, 'Bearer t')).toEqual({ confirmed: false, agency: 'ABC', reason: 'REGISTRY_ABC is not configured here' });

    reply = () => 'hang';
    const slow = createRegistryClient({ ABC: base }, { timeoutMs: 200 });
    const started = Date.now();
    expect(await slow.lookup(ANA, 'Bearer t')).toMatchObject({ confirmed: false, reason: 'it did not answer within 200 ms' });
    expect(Date.now() - started).toBeLessThan(1_500);

    const dead = createRegistryClient({ ABC: 'http://127.0.0.1:1' });
    expect(await dead.lookup(ANA, 'Bearer t')).toMatchObject({ confirmed: false, reason: expect.stringMatching(/could not be reached/) });

    const cases: [ReturnType<typeof reply>, RegExp][] = [
      [{ status: 403, body: { errors: [{ message: 'tokens of JICA ask JICA' }] } }, /HTTP 403: tokens of JICA ask JICA/],
      [{ status: 500, body: { errors: [{ message: 'internal error' }] } }, /HTTP 500/],
      [{ status: 200, body: { agency: 'ABC', user: 'ana', listed: true } }, /not a registry entry/],
      [{ status: 200, body: { ...entry().body, roles: ['superuser'] } }, /not a registry entry/],
      [entry({ user: 'someone-else' }), /answered for ABC user someone-else/],
      [entry({ agency: 'JICA' }), /answered for JICA user ana/],
    ];
    for (const [answer, reason] of cases) {
      reply = () => answer;
      const client = createRegistryClient({ ABC: base }, { cacheMs: 0 });
      expect(await client.lookup(ANA, 'Bearer t'), JSON.stringify(answer)).toMatchObject({
        confirmed: false,
        reason: expect.stringMatching(reason),
      });
    }
  });

  it('remembers a failure only briefly, so that a registry back in service is heard again', async () => {
    asked.length = 0;
    reply = () => ({ status: 503, body: {} });
    const client = createRegistryClient({ ABC: base }, { cacheMs: 60_000, failureCacheMs: 150 });
    expect(await client.lookup(ANA, 'Bearer t')).toMatchObject({ confirmed: false });
    reply = () => entry();
    expect(await client.lookup(ANA, 'Bearer t')).toMatchObject({ confirmed: false });
    expect(asked).toHaveLength(1);
    await sleep(170);
    expect(await client.lookup(ANA, 'Bearer t')).toMatchObject({ confirmed: true });
    expect(asked).toHaveLength(2);
  });
});
