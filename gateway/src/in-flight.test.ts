/** Identical subgraph fetches in flight share one request (`InFlight`), on a real HTTP server. */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InFlight } from './datasource.ts';

let server: Server;
let url: string;
/** Requests the server received, and those whose client went away before the answer. */
const seen = { requests: 0, abandoned: 0 };

beforeAll(async () => {
  server = createServer(async (req: IncomingMessage, res) => {
    seen.requests += 1;
    let body = '';
    for await (const chunk of req) body += chunk;
    res.once('close', () => {
      if (!res.writableFinished) seen.abandoned += 1;
    });
    // slow enough for every fetch of a test to arrive while the first is in flight
    await new Promise((r) => setTimeout(r, 150));
    if (!res.destroyed) {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'max-age=30, public' });
      res.end(JSON.stringify({ data: { echo: body, n: seen.requests } }));
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const init = (body: string): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body });
const live = () => new AbortController().signal;

describe('InFlight', () => {
  it('sends identical fetches once and gives each caller its own answer', async () => {
    const inFlight = new InFlight();
    const before = seen.requests;
    const answers = await Promise.all(Array.from({ length: 8 }, () => inFlight.fetch('k1', url, init('{"q":1}'), live())));
    expect(seen.requests - before).toBe(1);
    expect(inFlight.joined).toBe(7);
    const bodies = await Promise.all(answers.map((a) => a.json()));
    for (const b of bodies) expect(b).toEqual(bodies[0]);
    expect(answers[3]?.headers.get('cache-control')).toBe('max-age=30, public');
    // each caller parsed its own copy: changing one changes no other
    (bodies[0] as { data: { echo: string } }).data.echo = 'changed';
    expect((bodies[1] as { data: { echo: string } }).data.echo).toBe('{"q":1}');
  });

  it('sends different keys apart, and a later fetch of a finished key anew', async () => {
    const inFlight = new InFlight();
    const before = seen.requests;
    await Promise.all([inFlight.fetch('a', url, init('{"q":"a"}'), live()), inFlight.fetch('b', url, init('{"q":"b"}'), live())]);
    await inFlight.fetch('a', url, init('{"q":"a"}'), live());
    expect(seen.requests - before).toBe(3);
    expect(inFlight.joined).toBe(0);
  });

  it('keeps the request for the callers that stay when one goes, and abandons it when all have gone', async () => {
    const inFlight = new InFlight();
    const leaving = new AbortController();
    const first = inFlight.fetch('k2', url, init('{"q":2}'), leaving.signal);
    const second = inFlight.fetch('k2', url, init('{"q":2}'), live());
    leaving.abort(new Error('client went away'));
    await expect(first).rejects.toThrow('client went away');
    expect(((await (await second).json()) as { data: { echo: string } }).data.echo).toBe('{"q":2}');

    const abandonedBefore = seen.abandoned;
    const a = new AbortController();
    const b = new AbortController();
    const both = [inFlight.fetch('k3', url, init('{"q":3}'), a.signal), inFlight.fetch('k3', url, init('{"q":3}'), b.signal)];
    await new Promise((r) => setTimeout(r, 30));
    a.abort(new Error('gone'));
    b.abort(new Error('gone'));
    await Promise.allSettled(both);
    await new Promise((r) => setTimeout(r, 200));
    expect(seen.abandoned - abandonedBefore).toBe(1);
  });
});
