import { AGENCIES } from '@ssc/contract';
import { DEFINITIONS } from '@ssc/stack';
import { describe, expect, it } from 'vitest';
import { useFederation } from './federation.ts';

// Each subgraph in its own OS process against its own database, the gateway in another:
// the way agencies deploy.
const federation = useFederation({ mode: 'processes', seedProjects: 20 });

describe('separate-process deployment', () => {
  it('answers a cross-agency query through a gateway process from four agency processes', async () => {
    const res = await federation().query<{ projects: { totalCount: number; nodes: { agency: { code: string } }[] } }>(
      '{ projects(first: 500) { totalCount nodes { id agency { code } } } }',
    );
    expect(res.errors).toBeUndefined();
    const facts = DEFINITIONS.reduce((n, d) => n + (d.extension.facts?.projects.length ?? 0), 0);
    expect(res.data?.projects.totalCount).toBe(4 * 20 + facts);
    expect(new Set(res.data?.projects.nodes.map((n) => n.agency.code))).toEqual(new Set(AGENCIES.map((a) => a.code)));
  });

  it('serves each agency subgraph on its own URL with its own health', async () => {
    for (const a of AGENCIES) {
      const url = federation().subgraphUrls[a.subgraph] as string;
      const health = await fetch(new URL('/health', url));
      expect(health.status).toBe(200);
    }
  });
});
