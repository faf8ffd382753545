import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDevKeys } from '@ssc/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDashboardEnv } from './env.ts';
import { type RunningDashboard, startDashboardServer } from './server.ts';

const dir = mkdtempSync(join(tmpdir(), 'ssc-dashboard-test-'));
const dist = join(dir, 'dist');
const keys = join(dir, 'keys');
let gatewayUrl: string;
let seen: { authorization?: string; body: string; method?: string; url?: string }[] = [];
const gateway = createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => {
    body += c.toString('utf8');
  });
  req.on('end', () => {
    seen.push({ authorization: req.headers.authorization, body, method: req.method, url: req.url });
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'max-age=30, public', age: '3' });
    res.end('{"data":{"ok":true}}');
  });
});
const running: RunningDashboard[] = [];
const start = async (vars: Record<string, string>) => {
  const server = await startDashboardServer(loadDashboardEnv({ PORT: '0', GATEWAY_URL: gatewayUrl, DIST_DIR: dist, ...vars }));
  running.push(server);
  return server.url;
};

beforeAll(async () => {
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
  await ensureDevKeys(keys);
  await new Promise<void>((r) => gateway.listen(0, '127.0.0.1', r));
  gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await Promise.all(running.map((s) => s.stop()));
  gateway.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the dashboard server', () => {
  it('serves the client, routes views to index.html and refuses paths outside it', async () => {
    const url = await start({});
    const page = await fetch(`${url}projects/ABC-P-000002`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(await page.text()).toMatch(/<title>t<\/title>/);
    const asset = await fetch(`${url}assets/app.js`);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
    expect((await fetch(`${url}assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${url}..%2f..%2fetc%2fpasswd.txt`)).status).toBe(404);
  });

  it('passes POST /graphql on to the gateway with the bearer token', async () => {
    const url = await start({});
    seen = [];
    const res = await fetch(`${url}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer abc' },
      body: '{"query":"{ ok }"}',
    });
    expect(await res.json()).toEqual({ data: { ok: true } });
    expect(seen).toEqual([{ authorization: 'Bearer abc', body: '{"query":"{ ok }"}', method: 'POST', url: '/graphql' }]);
    expect((await fetch(`${url}graphql`, { method: 'PUT' })).status).toBe(405);
  });

  it("passes GET /graphql (persisted queries) on with its query string, and the gateway's Cache-Control back", async () => {
    const url = await start({});
    seen = [];
    const search = '?operationName=Overview&extensions=%7B%7D';
    const res = await fetch(`${url}graphql${search}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await res.json()).toEqual({ data: { ok: true } });
    expect(res.headers.get('cache-control')).toBe('max-age=30, public');
    expect(res.headers.get('age')).toBe('3');
    expect(seen).toEqual([{ body: '', method: 'GET', url: `/graphql${search}` }]);
  });

  it('signs development tokens with the development keys, and validates the request', async () => {
    const url = await start({ DEV_KEYS_DIR: keys });
    expect(await (await fetch(`${url}dev/status`)).json()).toEqual({ signIn: true });
    const ok = await fetch(`${url}dev/token`, {
      method: 'POST',
      body: JSON.stringify({ agency: 'ABC', roles: ['evaluator'], user: 'ana' }),
    });
    const { token } = (await ok.json()) as { token: string };
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
    expect(claims).toMatchObject({ agency: 'ABC', roles: ['evaluator'], sub: 'ana', iss: 'urn:ssc:agency:ABC' });
    const bad = await fetch(`${url}dev/token`, { method: 'POST', body: JSON.stringify({ agency: 'NOPE', roles: ['root'] }) });
    expect(bad.status).toBe(400);
  });

  it('never offers development sign-in in production', async () => {
    const url = await start({ DEV_KEYS_DIR: keys, NODE_ENV: 'production' });
    expect(await (await fetch(`${url}dev/status`)).json()).toEqual({ signIn: false });
    const res = await fetch(`${url}dev/token`, { method: 'POST', body: JSON.stringify({ agency: 'ABC', roles: ['admin'] }) });
    expect(res.status).toBe(404);
  });
});
