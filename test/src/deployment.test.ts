import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AGENCIES } from '@ssc/contract';
import { DEFINITIONS, restartDelay, spawnService, waitHealthy } from '@ssc/stack';
import { freePort } from '@ssc/testing';
import { describe, expect, it } from 'vitest';
import { useFederation } from './federation.ts';
import { rawRequest } from './raw.ts';

// Each subgraph in its own OS process against its own database, the gateway in another:
// the way agencies deploy.
const federation = useFederation({ mode: 'processes', seedProjects: 20 });

const startedAt = async (url: string) => ((await (await fetch(new URL('/live', url))).json()) as { startedAt: string }).startedAt;

describe('separate-process deployment', () => {
  it('answers a cross-agency query through a gateway process from a process per agency', async () => {
    const res = await federation().query<{ projects: { totalCount: number; nodes: { agency: { code: string } }[] } }>(
      '{ projects(first: 500) { totalCount nodes { id agency { code } } } }',
    );
    expect(res.errors).toBeUndefined();
    const facts = DEFINITIONS.reduce((n, d) => n + (d.extension.facts?.projects.length ?? 0), 0);
    expect(res.data?.projects.totalCount).toBe(AGENCIES.length * 20 + facts);
    expect(new Set(res.data?.projects.nodes.map((n) => n.agency.code))).toEqual(new Set(AGENCIES.map((a) => a.code)));
  });

  it('serves each agency subgraph on its own URL with its own health', async () => {
    for (const a of AGENCIES) {
      const url = federation().subgraphUrls[a.subgraph] as string;
      const health = await fetch(new URL('/health', url));
      expect(health.status).toBe(200);
    }
  });

  it('survives any request target: no process exits or restarts, and each answers normally afterwards', async () => {
    const servers = { gateway: federation().gatewayUrl, ...federation().subgraphUrls };
    const targets = [
      '//',
      '/\\',
      '//[',
      '//:99999/graphql',
      '*',
      'http://evil.example/graphql',
      '/%',
      '/graphql?%zz',
      `/${'a'.repeat(9_000)}`,
    ];
    for (const [name, url] of Object.entries(servers)) {
      const before = await startedAt(url);
      for (const target of targets) {
        const status = await rawRequest(url, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
        expect([400, 404, 414], `${name}: GET ${target.slice(0, 40)} answered ${status}`).toContain(status);
      }
      expect(await startedAt(url), `${name} is the same process`).toBe(before);
      const ok = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(ok.status, `${name} answers a query`).toBe(200);
    }
  });
});

describe('a service that crashes', () => {
  it('is started again, with a growing delay, until it is stopped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ssc-restart-'));
    const script = join(dir, 'server.mjs');
    // answers /health, and exits with code 3 on /crash
    writeFileSync(
      script,
      `import { createServer } from 'node:http';
       createServer((req, res) => { if (req.url === '/crash') process.exit(3); res.end('ok'); }).listen(Number(process.env.PORT), '127.0.0.1');`,
    );
    const port = await freePort();
    const lines: string[] = [];
    const service = spawnService({ name: 'crashy', entry: script, env: { PORT: String(port) }, output: (l) => lines.push(l) });
    try {
      await waitHealthy(service, `http://127.0.0.1:${port}/health`);
      const firstPid = service.child.pid;
      await fetch(`http://127.0.0.1:${port}/crash`).catch(() => undefined);
      expect(await service.exited).toBe(3);
      const deadline = Date.now() + 10_000;
      while (service.restarts === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(service.restarts).toBe(1);
      // the new process needs a moment to listen (tsx compiles on start)
      let again: string | undefined;
      while (again === undefined && Date.now() < deadline + 15_000) {
        again = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2_000) })
          .then((r) => r.text())
          .catch(async () => {
            await new Promise((r) => setTimeout(r, 100));
            return undefined;
          });
      }
      expect(again).toBe('ok');
      expect(service.child.pid).not.toBe(firstPid);
      expect(lines.some((l) => /exited unexpectedly \(code 3\); restarting in 0\.5 s/.test(l))).toBe(true);
    } finally {
      await service.stop();
      rmSync(dir, { recursive: true, force: true });
    }
    expect(service.child.exitCode ?? service.child.signalCode).not.toBeNull();
    expect([1, 2, 3, 4, 5, 6, 7].map(restartDelay)).toEqual([500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000]);
  });
});
