/** The gateway's transport to the subgraphs (`SubgraphTransport`) on a real HTTP server: identical fetches in flight share one request; timeouts and callers that go. */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheHintOf, type Post, SubgraphTransport } from './transport.ts';

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

const transport = new SubgraphTransport();
afterAll(() => transport.close());
const post = (
  shareKey: string,
  body: string,
  signal?: AbortSignal,
  timeoutMs = 5_000,
): Promise<{ body: string; headers: Record<string, unknown> }> =>
  transport.post({ url: new URL(url), headers: { 'content-type': 'application/json' }, body, timeoutMs, signal, shareKey } satisfies Post);
const json = (a: { body: string }) => JSON.parse(a.body) as { data: { echo: string } };

describe('SubgraphTransport', () => {
  it('sends identical fetches once and gives each caller its own answer', async () => {
    const joined = transport.joined;
    const before = seen.requests;
    const answers = await Promise.all(Array.from({ length: 8 }, () => post('k1', '{"q":1}')));
    expect(seen.requests - before).toBe(1);
    expect(transport.joined - joined).toBe(7);
    for (const a of answers) expect(json(a)).toEqual(json(answers[0] as { body: string }));
    expect(json(answers[3] as { body: string }).data.echo).toBe('{"q":1}');
    expect(answers[3]?.headers['cache-control']).toBe('max-age=30, public');
  });

  it('sends different keys apart, and a later fetch of a finished key anew', async () => {
    const joined = transport.joined;
    const before = seen.requests;
    await Promise.all([post('a', '{"q":"a"}'), post('b', '{"q":"b"}')]);
    await post('a', '{"q":"a"}');
    expect(seen.requests - before).toBe(3);
    expect(transport.joined - joined).toBe(0);
  });

  it('keeps the request for the callers that stay when one goes, and abandons it when all have gone', async () => {
    const leaving = new AbortController();
    const first = post('k2', '{"q":2}', leaving.signal);
    const second = post('k2', '{"q":2}');
    leaving.abort(new Error('client went away'));
    await expect(first).rejects.toThrow('client went away');
    expect(json(await second).data.echo).toBe('{"q":2}');

    const abandonedBefore = seen.abandoned;
    const a = new AbortController();
    const b = new AbortController();
    const both = [post('k3', '{"q":3}', a.signal), post('k3', '{"q":3}', b.signal)];
    await new Promise((r) => setTimeout(r, 30));
    a.abort(new Error('gone'));
    b.abort(new Error('gone'));
    await Promise.allSettled(both);
    await new Promise((r) => setTimeout(r, 200));
    expect(seen.abandoned - abandonedBefore).toBe(1);
  });

  it('gives up after the timeout with a TimeoutError, and abandons the request', async () => {
    const abandonedBefore = seen.abandoned;
    await expect(post('k4', '{"q":4}', undefined, 50)).rejects.toMatchObject({ name: 'TimeoutError' });
    await new Promise((r) => setTimeout(r, 200));
    expect(seen.abandoned - abandonedBefore).toBe(1);
  });

  it('reads a Cache-Control header as @apollo/gateway does', () => {
    expect(cacheHintOf('max-age=30, public')).toEqual({ maxAge: 30, scope: 'PUBLIC' });
    expect(cacheHintOf('private, max-age=5')).toEqual({ maxAge: 5, scope: 'PRIVATE' });
    expect(cacheHintOf('no-store')).toEqual({ maxAge: 0 });
    expect(cacheHintOf(undefined)).toEqual({ maxAge: 0 });
  });
});
