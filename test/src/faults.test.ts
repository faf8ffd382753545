import { createServer, type Server, type Socket } from 'node:net';
import { AGENCIES } from '@ssc/contract';
import { loadGatewayEnv, startGateway, subgraphUrlEnv } from '@ssc/gateway';
import { postGraphQL } from '@ssc/server-kit';
import { describe, expect, it } from 'vitest';
import { useFederation } from './federation.ts';

// no response cache: every read must reach the agencies, whose faults are under test
const federation = useFederation({ seedProjects: 40, env: { CACHE_MAX_AGE: '0' } });

type Answer = {
  data?: { projects: { totalCount: number; nodes: { id: string; agency: { code: string } }[] } } | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
};
const LIST = '{ projects(first: 500) { totalCount nodes { id agency { code } } } }';

describe('an agency that is down', () => {
  it('costs only its own records and an error that names it, and full answers return when it is back', async () => {
    const full = (await federation().query(LIST)) as Answer;
    expect(full.errors).toBeUndefined();
    const jicaCount = full.data?.projects.nodes.filter((n) => n.agency.code === 'JICA').length ?? 0;
    expect(jicaCount).toBeGreaterThan(0);

    await federation().stopSubgraph('jica');
    try {
      const partial = (await federation().query(LIST)) as Answer;
      expect(partial.data?.projects.nodes.map((n) => n.id)).toEqual(
        full.data?.projects.nodes.filter((n) => n.agency.code !== 'JICA').map((n) => n.id),
      );
      expect(partial.data?.projects.totalCount).toBe((full.data?.projects.totalCount ?? 0) - jicaCount);
      expect(partial.errors?.length).toBeGreaterThan(0);
      for (const e of partial.errors ?? []) expect(e.extensions).toMatchObject({ code: 'AGENCY_UNAVAILABLE', agency: 'JICA' });
      expect(partial.errors?.[0]?.message).toMatch(/agency JICA is unavailable/);

      // a nested list and a lookup of the missing agency's record
      const nested = await federation().query<{
        project: { title: string; relatedProjects: { project: { id: string; title: string | null } | null }[] };
      }>(
        '{ project(id: "ABC-P-000002") { title relatedProjects { project { id title } } evaluations(first: 5) { totalCount nodes { id } } } }',
      );
      expect(nested.data?.project.title).toMatch(/ProSAVANA/);
      expect(nested.data?.project.relatedProjects.map((r) => r.project)).toContainEqual(null);
      expect(nested.errors?.some((e) => e.extensions?.agency === 'JICA')).toBe(true);
    } finally {
      await federation().restartSubgraph('jica');
    }
    const back = (await federation().query(LIST)) as Answer;
    expect(back.errors).toBeUndefined();
    expect(back.data).toEqual(full.data);
  });
});

describe('an agency that is slow', () => {
  it('is abandoned after the configured timeout; the others answer', async () => {
    // accepts connections and never answers
    const sockets: Socket[] = [];
    const blackHole: Server = createServer((s) => sockets.push(s));
    await new Promise<void>((r) => blackHole.listen(0, '127.0.0.1', r));
    const port = (blackHole.address() as { port: number }).port;
    const urls = federation().subgraphUrls;
    const env: Record<string, string> = { PORT: '0', LOG_LEVEL: 'silent', SUBGRAPH_TIMEOUT_MS: '400', ...subgraphUrlEnv(urls) };
    env.UNOSSC_URL = `http://127.0.0.1:${port}/graphql`;
    const gateway = await startGateway(loadGatewayEnv(env));
    try {
      const started = Date.now();
      const res = (await postGraphQL(gateway.url, LIST)) as Answer;
      const elapsed = Date.now() - started;
      expect(elapsed).toBeLessThan(5_000);
      const agencies = new Set(res.data?.projects.nodes.map((n) => n.agency.code));
      expect(agencies).toEqual(new Set(AGENCIES.map((a) => a.code).filter((c) => c !== 'UNOSSC')));
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'AGENCY_UNAVAILABLE', agency: 'UNOSSC', timedOut: true });
    } finally {
      await gateway.stop();
      for (const s of sockets) s.destroy();
      blackHole.close();
    }
  });
});
