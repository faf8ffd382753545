import { AGENCIES } from '@ssc/contract';
import { describe, expect, it } from 'vitest';
import { useFederation } from './federation.ts';

const federation = useFederation({ seedProjects: 60 });

type Node = { id: string; title: string; startDate: string | null; agency: { code: string } };
type Page = { totalCount: number; nodes: Node[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

const PROJECTS = `query($filter: ProjectFilter, $first: Int, $after: String) {
  projects(filter: $filter, first: $first, after: $after) {
    totalCount
    nodes { id title startDate agency { code } }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function walk(filter: Record<string, unknown> | null, first: number): Promise<{ ids: string[]; totals: number[] }> {
  const ids: string[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let i = 0; i < 1000; i++) {
    const res = await federation().query<{ projects: Page }>(PROJECTS, { filter, first, after });
    expect(res.errors).toBeUndefined();
    const page = res.data?.projects as Page;
    ids.push(...page.nodes.map((n) => n.id));
    totals.push(page.totalCount);
    if (!page.pageInfo.hasNextPage) return { ids, totals };
    after = page.pageInfo.endCursor;
  }
  throw new Error('the page walk did not end');
}

describe('one query across all agencies, through the gateway', () => {
  it('returns records owned by every agency of the registry in one response', async () => {
    const res = await federation().query<{ projects: Page; agencies: { code: string; country: { name: string } }[] }>(
      `{ agencies { code name country { code name } }
         projects(filter: { countries: ["MZ", "ID", "TZ", "GW", "HT", "BR", "AO", "KE"] }, first: 200) {
           totalCount nodes { id title agency { code } recipientCountries { code name } sectors { code name } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const codes = new Set(res.data?.projects.nodes.map((n) => n.agency.code));
    expect([...codes].sort()).toEqual(AGENCIES.map((a) => a.code).sort());
    expect(res.data?.agencies.map((a) => a.code)).toEqual(AGENCIES.map((a) => a.code));
    expect(res.data?.agencies.find((a) => a.code === 'JICA')?.country.name).toBe('Japan');
  });

  it("finds any agency's project by id, with the agency's own fields", async () => {
    const res = await federation().query<Record<string, Record<string, unknown>>>(
      `{ jica: project(id: "JICA-P-000002") { id title budget { amount currency } agency { code name } ... on JicaProject { scheme } }
         abc: project(id: "ABC-P-000002") { id budget { amount } ... on AbcProject { programmeLine } participants { role name country { code name } institution { name acronym } } }
         unossc: project(id: "UNOSSC-P-000002") { ... on UnosscProject { fund } }
         indonesia: project(id: "IDN-P-000003") { ... on IndonesiaProject { programmeLine } recipientCountries { name } }
         nobody: project(id: "XYZ-P-000001") { id } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.jica).toMatchObject({
      scheme: 'TECHNICAL_COOPERATION_PROJECT',
      budget: { amount: 7_300_000, currency: 'USD' },
      agency: { code: 'JICA' },
    });
    expect(res.data?.abc).toMatchObject({ programmeLine: 'TRILATERAL_WITH_DEVELOPED_COUNTRIES', budget: { amount: 3_600_000 } });
    expect(res.data?.abc?.participants).toContainEqual({
      role: 'RECIPIENT',
      name: 'Agricultural Research Institute of Mozambique',
      country: { code: 'MZ', name: 'Mozambique' },
      institution: { name: 'Agricultural Research Institute of Mozambique', acronym: 'IIAM' },
    });
    expect(res.data?.unossc).toEqual({ fund: 'IBSA_FUND' });
    expect(res.data?.indonesia).toEqual({
      programmeLine: 'EXPERT_DISPATCH',
      recipientCountries: [{ name: 'Tanzania, the United Republic of' }],
    });
    expect(res.data?.nobody).toBeNull();
  });

  it('navigates related records of a triangular cooperation in both directions', async () => {
    const res = await federation().query<{
      project: {
        relatedProjects: {
          type: string;
          project: { id: string; agency: { code: string }; relatedProjects: { project: { id: string } }[] };
        }[];
      };
    }>(
      `{ project(id: "ABC-P-000002") { relatedProjects { type project { id title agency { code } relatedProjects { type project { id } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const jica = res.data?.project.relatedProjects.find((r) => r.project.agency.code === 'JICA');
    expect(jica).toMatchObject({ type: 'THIRD_PARTY', project: { id: 'JICA-P-000002' } });
    expect(jica?.project.relatedProjects.map((r) => r.project.id)).toContain('ABC-P-000002');
  });

  it("resolves an evaluation held by one agency of another agency's project", async () => {
    const res = await federation().query<{ evaluation: Record<string, unknown> }>(
      `{ evaluation(id: "ABC-E-000001") { id type date agency { code } evaluators { code name } overallRating
           ratings { criterion score narrative } project { id title agency { code } ... on JicaProject { scheme } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.evaluation).toMatchObject({
      type: 'FINAL',
      agency: { code: 'ABC' },
      evaluators: [{ code: 'ABC', name: 'Brazilian Cooperation Agency' }],
      project: { id: 'JICA-P-000002', agency: { code: 'JICA' }, scheme: 'TECHNICAL_COOPERATION_PROJECT' },
    });
    expect(res.data?.evaluation.ratings).toHaveLength(6);
  });

  it('walks every page of a cross-agency list exactly once, whatever the page size', async () => {
    const all = await walk(null, 500);
    expect(all.ids.length).toBe(all.totals[0]);
    expect(new Set(all.ids).size).toBe(all.ids.length);
    for (const size of [7, 50]) {
      const paged = await walk(null, size);
      expect(paged.ids).toEqual(all.ids);
      expect(new Set(paged.totals)).toEqual(new Set([all.ids.length]));
    }
  });

  it('orders by start date (latest first, undated last), then id, identically across agencies', async () => {
    const res = await federation().query<{ projects: Page }>(PROJECTS, { first: 500 });
    const nodes = res.data?.projects.nodes ?? [];
    for (let i = 1; i < nodes.length; i++) {
      const [a, b] = [nodes[i - 1] as Node, nodes[i] as Node];
      const da = a.startDate ?? '0000';
      const db = b.startDate ?? '0000';
      expect(da > db || (da === db && a.id < b.id), `${a.id} (${a.startDate}) before ${b.id} (${b.startDate})`).toBe(true);
    }
  });

  it('combines filters: OR within a field, AND across fields', async () => {
    const both = await walk({ agencies: ['ABC', 'JICA'], modalities: ['TRIANGULAR'] }, 500);
    const abc = await walk({ agencies: ['ABC'], modalities: ['TRIANGULAR'] }, 500);
    const jica = await walk({ agencies: ['JICA'], modalities: ['TRIANGULAR'] }, 500);
    expect(both.ids.length).toBe(abc.ids.length + jica.ids.length);
    expect(new Set(both.ids)).toEqual(new Set([...abc.ids, ...jica.ids]));
    expect(abc.ids.every((id) => id.startsWith('ABC-'))).toBe(true);
  });

  it('answers a bad filter with BAD_USER_INPUT and the argument to fix', async () => {
    const res = await federation().query(PROJECTS, { filter: { sectors: ['123'] } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.sectors' });
    const cursor = await federation().query(PROJECTS, { after: 'garbage' });
    expect(cursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});
