/**
 * An agency that exists only as a registry entry (AMEXCID, Mexico: no folder, no package, no
 * line of code of its own): the whole federation starts with it, a cross-agency list walked page
 * by page holds every agency's records exactly once, and its subgraph answers by itself.
 */
import { agencyPackageEntry } from '@ssc/agency-kit/discover';
import { AGENCIES, type AgencyEntry, agencyByCode } from '@ssc/contract';
import { postGraphQL } from '@ssc/server-kit';
import { describe, expect, it } from 'vitest';
import { useFederation } from './federation.ts';

const SEED = 20;
const federation = useFederation({ seedProjects: SEED });
const AMEXCID = agencyByCode('AMEXCID') as AgencyEntry;

type Page = {
  totalCount: number;
  nodes: { id: string; agency: { code: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

/** Each agency's own count of its projects, asked of its subgraph directly. */
async function ownTotals(): Promise<Record<string, number>> {
  const totals: Record<string, number> = {};
  for (const a of AGENCIES) {
    const res = await postGraphQL<Record<string, { totalCount: number }>>(
      federation().subgraphUrls[a.subgraph] as string,
      `{ ${a.subgraph}Projects(first: 1) { totalCount } }`,
    );
    expect(res.errors, a.code).toBeUndefined();
    totals[a.code] = res.data?.[`${a.subgraph}Projects`]?.totalCount as number;
  }
  return totals;
}

describe('a fifth agency that is only a registry entry', () => {
  it('is in the registry with no package of its own', () => {
    expect(AGENCIES.length).toBeGreaterThanOrEqual(5);
    expect(agencyPackageEntry(AMEXCID)).toBeUndefined();
    expect(AGENCIES.filter((a) => agencyPackageEntry(a)).length).toBe(AGENCIES.length - 1);
  });

  it("takes part in a cross-agency list: walked page by page, every agency's projects come exactly once", async () => {
    const seen: Page['nodes'] = [];
    let after: string | null = null;
    let total = -1;
    let pages = 0;
    do {
      const res: { data?: { projects: Page } | null; errors?: unknown } = await federation().query<{ projects: Page }>(
        'query($after: String) { projects(first: 13, after: $after) { totalCount nodes { id agency { code } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      expect(res.errors).toBeUndefined();
      const page = res.data?.projects as Page;
      if (total >= 0) expect(page.totalCount).toBe(total);
      total = page.totalCount;
      seen.push(...page.nodes);
      pages++;
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && pages < 100);
    expect(after).toBeNull();
    expect(seen.length).toBe(total);
    expect(new Set(seen.map((n) => n.id)).size).toBe(total);
    // each record is its agency's, and each agency's records are all there
    for (const n of seen) expect(AGENCIES.find((a) => n.id.startsWith(`${a.idPrefix}-`))?.code, n.id).toBe(n.agency.code);
    const byAgency: Record<string, number> = {};
    for (const n of seen) byAgency[n.agency.code] = (byAgency[n.agency.code] ?? 0) + 1;
    expect(byAgency).toEqual(await ownTotals());
    expect(byAgency.AMEXCID).toBe(SEED);
  });

  it('answers by itself at its own subgraph, and through the gateway by id, with the shared contract', async () => {
    const url = federation().subgraphUrls[AMEXCID.subgraph] as string;
    const own = await postGraphQL<{ amexcidProjects: { totalCount: number; nodes: { id: string; agency: { code: string } }[] } }>(
      url,
      '{ amexcidProjects(first: 3) { totalCount nodes { id agency { code } } } }',
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.amexcidProjects.totalCount).toBe(SEED);
    expect(own.data?.amexcidProjects.nodes.every((n) => n.id.startsWith('AMX-P-') && n.agency.code === 'AMEXCID')).toBe(true);
    expect((await fetch(new URL('/health', url))).status).toBe(200);

    const res = await federation().query<{
      agency: { code: string; name: string; country: { code: string } };
      projects: { nodes: { id: string; __typename: string; relatedProjects: { project: { id: string; agency: { code: string } } }[] }[] };
    }>(
      `{ agency(code: "AMEXCID") { code name country { code } }
         projects(filter: { agencies: ["AMEXCID"], modalities: [TRIANGULAR] }, first: 5) {
           nodes { id __typename relatedProjects { project { id agency { code } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.agency).toEqual({ code: 'AMEXCID', name: AMEXCID.name, country: { code: 'MX' } });
    // it joined cooperation of agencies registered before it; their records resolve through the gateway
    const joined = res.data?.projects.nodes ?? [];
    expect(joined.length).toBeGreaterThan(0);
    for (const p of joined) {
      expect(p.__typename).toBe('AmexcidProject');
      const partner = p.relatedProjects[0]?.project;
      expect(partner?.agency.code).not.toBe('AMEXCID');
      expect(partner?.id.split('-')[2]).toBe(p.id.split('-')[2]);
    }
  });
});
