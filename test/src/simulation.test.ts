/**
 * A generated registry (`SSC_REGISTRY=simulation-8`: eight agencies that are only registry
 * entries) composes, is served by the one `startFederation`, and a cross-agency list and the
 * statistics through the gateway hold records of every one of its agencies. The registry is
 * read once, when @ssc/contract is first loaded: this file sets the variable before it loads
 * anything that imports the registry (hence the dynamic imports); vitest gives each test file
 * its own modules.
 */
import { describe, expect, it } from 'vitest';

process.env.SSC_REGISTRY = 'simulation-8';
const { AGENCIES, DEFAULT_AGENCIES, REGISTRY_NAME, isDefaultRegistry, parseId, makeId } = await import('@ssc/contract');
const { agencyPackageEntry } = await import('@ssc/agency-kit/discover');
const { compose, subgraphSdls } = await import('@ssc/gateway/compose');
const { supergraphSdl } = await import('@ssc/gateway');
const { useFederation } = await import('./federation.ts');

const SEED = 6;
const federation = useFederation({ seedProjects: SEED });

describe('a simulation registry of eight generated agencies', () => {
  it('replaces the default registry in this process: distinct codes, id prefixes, types, subgraphs, ports, IATI ids and countries', () => {
    expect(REGISTRY_NAME).toBe('simulation-8');
    expect(isDefaultRegistry()).toBe(false);
    expect(AGENCIES.length).toBe(8);
    for (const key of ['code', 'idPrefix', 'typePrefix', 'subgraph', 'defaultPort', 'iatiOrgId', 'country'] as const) {
      expect(new Set(AGENCIES.map((a) => a[key])).size, key).toBe(8);
    }
    for (const a of AGENCIES) {
      expect(agencyPackageEntry(a), a.code).toBeUndefined();
      expect(DEFAULT_AGENCIES.some((d) => d.code === a.code || d.idPrefix === a.idPrefix || d.country === a.country)).toBe(false);
      expect(parseId(makeId(a, 'Project', 42))?.agency).toBe(a);
    }
  });

  it('composes in memory: the supergraph the gateway serves is the one composed from the discovered definitions', async () => {
    const supergraph = supergraphSdl();
    expect(supergraph).toBe(compose(await subgraphSdls()));
    for (const a of AGENCIES) expect(supergraph).toContain(`@join__graph(name: "${a.subgraph}"`);
    expect(supergraph).not.toContain('@join__graph(name: "abc"');
  });

  it('answers a cross-agency list through the gateway with records of every agency', async () => {
    const res = await federation().query<{
      projects: { totalCount: number; nodes: { id: string; agency: { code: string } }[] };
    }>('{ projects(first: 100) { totalCount nodes { id agency { code } } } }');
    expect(res.errors).toBeUndefined();
    const page = res.data?.projects;
    expect(page?.totalCount).toBe(8 * SEED);
    const codes = new Set(page?.nodes.map((n) => n.agency.code));
    expect([...codes].sort()).toEqual(AGENCIES.map((a) => a.code).sort());
    for (const n of page?.nodes ?? []) expect(parseId(n.id)?.agency.code).toBe(n.agency.code);
  });

  it("answers the statistics with every agency's share", async () => {
    const res = await federation().query<{ projectStats: { count: number; byAgency: { key: string; count: number }[] } }>(
      '{ projectStats { count byAgency { key count } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.projectStats.count).toBe(8 * SEED);
    expect(res.data?.projectStats.byAgency.map((b) => [b.key, b.count]).sort()).toEqual(AGENCIES.map((a) => [a.code, SEED]).sort());
  });
});
