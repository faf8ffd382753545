import { AGENCIES, compareOrderKeys, nameSortKey, type OrderKey } from '@ssc/contract';
import { describe, expect, it } from 'vitest';
import { useFederation } from './federation.ts';

// pages of 500 projects with nested lists cost more than the gateway's default LIMIT_COST allows:
// the statement counts of such pages are what these tests measure
const federation = useFederation({ seedProjects: 130, env: { LIMIT_COST: '200000' } });

/** Every name of the public contract that dashboard clients are written against. */
const CONTRACT = `query Contract($id: ID!, $filter: ProjectFilter) {
  agencies { code name country { code name } }
  project(id: $id) {
    id iatiIdentifier title description status modality agency { code name } startDate endDate
    recipientCountries { code name } sectors { code name } sdgs { goal name }
    participants { role name country { code } }
    relatedProjects { type project { id agency { code } } }
    evaluations(first: 5) { totalCount nodes { id } pageInfo { hasNextPage endCursor } }
  }
  projects(filter: $filter, first: 3) { totalCount nodes { id } pageInfo { hasNextPage endCursor } }
  country(code: "MZ") { code name region projects(filter: $filter, first: 2) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }
  evaluations(first: 3) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id type date project { id title agency { code } } evaluators { code } ratings { criterion score narrative } overallRating }
  }
  institutions(first: 3) { totalCount nodes { id name projects(first: 2) { totalCount nodes { id } } } pageInfo { hasNextPage endCursor } }
}`;

/** Every agency's id prefix: each list holds records of all of them. */
const PREFIXES = new Set<string>(AGENCIES.map((a) => a.idPrefix));

type Conn<T = { id: string }> = { totalCount: number; nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

describe('the public contract', () => {
  it('answers every contract name in one query without errors', async () => {
    const res = await federation().query<Record<string, unknown>>(CONTRACT, { id: 'JICA-P-000002', filter: { sectors: ['31182'] } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.agencies).toHaveLength(AGENCIES.length);
    expect(res.data?.project).toMatchObject({
      id: 'JICA-P-000002',
      iatiIdentifier: 'XM-DAC-701-8-PROSAVANA-JBM-PI',
      status: 'CLOSED',
      modality: 'TRIANGULAR',
    });
    expect(res.data?.country).toMatchObject({ code: 'MZ', name: 'Mozambique', region: 'Eastern Africa' });
  });
});

describe('joint monitoring and evaluation', () => {
  it('gathers the evaluations of one project from every agency that holds one', async () => {
    const res = await federation().query<{
      project: { evaluations: Conn<{ id: string; agency: { code: string }; type: string; evaluators: { code: string }[] }> };
    }>('{ project(id: "JICA-P-000002") { evaluations(first: 10) { totalCount nodes { id type agency { code } evaluators { code } } } } }');
    expect(res.errors).toBeUndefined();
    const evaluations = res.data?.project.evaluations;
    expect(evaluations?.totalCount).toBe(2);
    expect(new Set(evaluations?.nodes.map((n) => n.agency.code))).toEqual(new Set(['JICA', 'ABC']));
    expect(
      evaluations?.nodes
        .find((n) => n.type === 'JOINT')
        ?.evaluators.map((e) => e.code)
        .sort(),
    ).toEqual(['ABC', 'JICA']);
  });

  it("pages through a project's evaluations", async () => {
    const first = await federation().query<{ project: { evaluations: Conn } }>(
      '{ project(id: "ABC-P-000001") { evaluations(first: 1) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }',
    );
    const page1 = first.data?.project.evaluations as Conn;
    expect(page1.totalCount).toBe(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await federation().query<{ project: { evaluations: Conn } }>(
      'query($after: String) { project(id: "ABC-P-000001") { evaluations(first: 1, after: $after) { nodes { id } pageInfo { hasNextPage } } } }',
      { after: page1.pageInfo.endCursor },
    );
    const page2 = second.data?.project.evaluations as Conn;
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect(new Set([...page1.nodes, ...page2.nodes].map((n) => n.id))).toEqual(new Set(['UNOSSC-E-000001', 'IDN-E-000001']));
  });

  it('lists evaluations across agencies by evaluator', async () => {
    const res = await federation().query<{ evaluations: Conn<{ id: string; evaluators: { code: string }[]; date: string }> }>(
      '{ evaluations(filter: { evaluators: ["ABC"] }, first: 500) { totalCount nodes { id date evaluators { code } } } }',
    );
    const nodes = res.data?.evaluations.nodes ?? [];
    expect(nodes.length).toBe(res.data?.evaluations.totalCount);
    expect(nodes.every((n) => n.evaluators.some((e) => e.code === 'ABC'))).toBe(true);
    expect(nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['ABC-E-000001', 'JICA-E-000001', 'UNOSSC-E-000001']));
    for (let i = 1; i < nodes.length; i++)
      expect((nodes[i - 1] as { date: string }).date >= (nodes[i] as { date: string }).date).toBe(true);
  });
});

describe('country view and institutions', () => {
  it("lists a country's projects exactly as the global list filtered by that country", async () => {
    const res = await federation().query<{ country: { projects: Conn }; projects: Conn }>(
      `{ country(code: "MZ") { projects(filter: { statuses: [CLOSED, IMPLEMENTATION] }, first: 500) { totalCount nodes { id } } }
         projects(filter: { countries: ["MZ"], statuses: [CLOSED, IMPLEMENTATION] }, first: 500) { totalCount nodes { id } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.country.projects.totalCount).toBeGreaterThan(0);
    expect(res.data?.country.projects).toEqual(res.data?.projects);
  });

  it("finds an institution's projects in every agency that records it", async () => {
    const res = await federation().query<{ institution: { name: string; projects: Conn<{ id: string }> } }>(
      '{ institution(id: "ABC-I-000001") { name projects(first: 50) { totalCount nodes { id } } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.institution.name).toBe('Brazilian Agricultural Research Corporation');
    expect(res.data?.institution.projects.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['ABC-P-000002', 'JICA-P-000002']));
  });

  it('walks all institutions of all agencies once, ordered by name', async () => {
    const seen: { id: string; name: string }[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const res: { data?: { institutions: Conn<{ id: string; name: string }> } | null } = await federation().query(
        'query($after: String) { institutions(first: 400, after: $after) { totalCount nodes { id name } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      const page = res.data?.institutions as Conn<{ id: string; name: string }>;
      total = page.totalCount;
      seen.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.length).toBe(total);
    expect(new Set(seen.map((s) => s.id)).size).toBe(total);
    expect(new Set(seen.map((s) => s.id.split('-')[0]))).toEqual(PREFIXES);
  });
});

describe('cost of a list', () => {
  const cost = async (q: string, n: number, filter?: Record<string, unknown>) => {
    const before = federation().statements();
    const res = await federation().query<{ projects: Conn }>(q, { n, filter });
    expect(res.errors).toBeUndefined();
    const after = federation().statements();
    const nodes = res.data?.projects.nodes ?? [];
    return {
      nodes: nodes.length,
      statements: Object.fromEntries(Object.keys(after).map((k) => [k, (after[k] ?? 0) - (before[k] ?? 0)])),
      /** The agencies (subgraph names) holding a record of the page. */
      holders: new Set<string | undefined>(nodes.map((n) => AGENCIES.find((a) => n.id.startsWith(`${a.idPrefix}-`))?.subgraph)),
    };
  };
  /**
   * The same statements per agency whatever the page size: `expected` for every agency holding a
   * record of the page (on the large page, all of them); one that holds none on the small page
   * sends fewer (it has no records to fetch).
   */
  const sameCost = (small: Awaited<ReturnType<typeof cost>>, large: Awaited<ReturnType<typeof cost>>, expected: number) => {
    expect([...large.holders].sort()).toEqual(AGENCIES.map((a) => a.subgraph).sort());
    for (const [agency, statements] of Object.entries(large.statements)) expect(statements, agency).toBe(expected);
    for (const [agency, statements] of Object.entries(small.statements)) {
      if (small.holders.has(agency)) expect(statements, agency).toBe(expected);
      else expect(statements, agency).toBeLessThan(expected);
    }
  };

  it('sends each agency the same number of SQL statements for a 10-item and a 500-item page', async () => {
    const q =
      'query($n: Int) { projects(first: $n) { totalCount nodes { id title participants { name } evaluations(first: 3) { totalCount nodes { id } } } } }';
    const small = await cost(q, 10);
    const large = await cost(q, 500);
    expect([small.nodes, large.nodes]).toEqual([10, 500]);
    // the slice, the page's records, the page's evaluation slices
    sameCost(small, large, 3);
  });

  it("fetches the evaluations' own fields with one statement per agency, whatever the page size", async () => {
    const q =
      'query($n: Int, $filter: ProjectFilter) { projects(filter: $filter, first: $n) { nodes { id evaluations(first: 3) { nodes { id overallRating ratings { score } } } } } }';
    const closedTriangular = { modalities: ['TRIANGULAR'], statuses: ['CLOSED'] };
    const small = await cost(q, 10, closedTriangular);
    const large = await cost(q, 500, closedTriangular);
    expect(large.nodes).toBeGreaterThan(small.nodes as number);
    // the slice, the page's evaluation slices, the evaluations' fields (no project field but id is asked)
    sameCost(small, large, 3);
  });

  it("fetches a page's deployed experts and lessons with one statement per agency each, whatever the page size", async () => {
    const q =
      'query($n: Int) { projects(first: $n) { nodes { id experts(first: 2) { totalCount nodes { id } } lessons(first: 2) { totalCount nodes { id } } } } }';
    const small = await cost(q, 10);
    const large = await cost(q, 500);
    expect([small.nodes, large.nodes]).toEqual([10, 500]);
    expect(large.statements).toEqual(small.statements);
    // the projects' slice, the page's expert slices, the page's lesson slices
    for (const statements of Object.values(large.statements)) expect(statements).toBe(3);
  });
});

describe("the cooperation cycle's cross-agency lists", () => {
  /** Walks every page of a list; each record must come once and the total must match. */
  async function walk<T extends { id: string }>(field: string, args: string, fields: string, size: number): Promise<T[]> {
    const seen: T[] = [];
    let after: string | null = null;
    let total = -1;
    do {
      const res: { data?: Record<string, Conn<T>> | null; errors?: unknown } = await federation().query(
        `query($after: String) { ${field}(${args}${args ? ', ' : ''}first: ${size}, after: $after) { totalCount nodes { id ${fields} } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(res.errors).toBeUndefined();
      const page = res.data?.[field] as Conn<T>;
      if (total >= 0) expect(page.totalCount).toBe(total);
      total = page.totalCount;
      seen.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.length).toBe(total);
    expect(new Set(seen.map((s) => s.id)).size).toBe(total);
    return seen;
  }
  const agencies = (records: { id: string }[]) => new Set(records.map((r) => r.id.split('-')[0]));

  it('walks every request for cooperation once, newest first', async () => {
    const requests = await walk<{ id: string; submittedAt: string }>('cooperationRequests', '', 'submittedAt', 7);
    expect(agencies(requests)).toEqual(PREFIXES);
    for (let i = 1; i < requests.length; i++) {
      const [a, b] = [requests[i - 1], requests[i]] as { submittedAt: string }[];
      expect(Math.floor(Date.parse(a?.submittedAt as string) / 1000)).toBeGreaterThanOrEqual(
        Math.floor(Date.parse(b?.submittedAt as string) / 1000),
      );
    }
  });

  it('filters requests by requesting country and status across agencies', async () => {
    const all = await walk<{ id: string; status: string; requester: { country: { code: string } } }>(
      'cooperationRequests',
      '',
      'status requester { country { code } }',
      500,
    );
    const some = all.find((r) => r.status === 'SUBMITTED') ?? all[0];
    const country = some?.requester.country.code as string;
    const filtered = await walk<{ id: string }>(
      'cooperationRequests',
      `filter: { countries: ["${country}"], statuses: [SUBMITTED, UNDER_APPRAISAL] }`,
      '',
      5,
    );
    const expected = all.filter((r) => r.requester.country.code === country && ['SUBMITTED', 'UNDER_APPRAISAL'].includes(r.status));
    expect(filtered.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
    expect(filtered.length).toBeGreaterThan(0);
  });

  it('lists a request its requester withdrew, with the move that withdrew it', async () => {
    const res = await federation().query<{
      cooperationRequests: Conn<{ id: string; history: { to: string; agency: { code: string } }[] }>;
    }>('{ cooperationRequests(filter: { statuses: [WITHDRAWN] }, first: 500) { totalCount nodes { id history { to agency { code } } } } }');
    expect(res.errors).toBeUndefined();
    const withdrawn = res.data?.cooperationRequests.nodes.find((n) => n.id === 'JICA-R-000009');
    expect(withdrawn?.history.at(-1)).toEqual({ to: 'WITHDRAWN', agency: { code: 'INDONESIA' } });
  });

  it('walks the talent banks of every agency by name, and finds Portuguese speakers in any of them', async () => {
    const experts = await walk<{ id: string; name: string; languages: { code: string }[] }>('experts', '', 'name languages { code }', 50);
    expect(agencies(experts)).toEqual(PREFIXES);
    const keys = experts.map((x) => [nameSortKey(x.name), x.id] as const);
    for (let i = 1; i < keys.length; i++) expect(compareOrderKeys(keys[i - 1] as OrderKey, keys[i] as OrderKey)).toBeLessThan(0);
    const portuguese = await walk<{ id: string }>('experts', 'filter: { languages: ["pt"] }', '', 9);
    expect(portuguese.map((x) => x.id).sort()).toEqual(
      experts
        .filter((x) => x.languages.some((l) => l.code === 'pt'))
        .map((x) => x.id)
        .sort(),
    );
    expect(agencies(portuguese).size).toBeGreaterThan(1);
  });

  it("shows an agency's own unpublished lessons after every published one, across pages", async () => {
    const token = await federation().token('ABC', ['viewer']);
    const seen: { id: string; public: boolean }[] = [];
    let after: string | null = null;
    do {
      const res: { data?: { lessons: Conn<{ id: string; public: boolean }> } | null } = await federation().as(
        token,
        'query($after: String) { lessons(first: 13, after: $after) { nodes { id public } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      const page = res.data?.lessons as Conn<{ id: string; public: boolean }>;
      seen.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    const firstUnpublished = seen.findIndex((l) => !l.public);
    expect(firstUnpublished).toBeGreaterThan(0);
    expect(seen.slice(firstUnpublished).every((l) => !l.public && l.id.startsWith('ABC-'))).toBe(true);
    expect(new Set(seen.map((l) => l.id)).size).toBe(seen.length);
  });

  it('walks the feed of published lessons, newest first; an anonymous caller sees no unpublished one', async () => {
    const lessons = await walk<{ id: string; public: boolean; publishedAt: string }>('lessons', '', 'public publishedAt', 7);
    expect(lessons.length).toBeGreaterThan(0);
    expect(lessons.every((l) => l.public)).toBe(true);
    expect(agencies(lessons).size).toBeGreaterThan(1);
    for (let i = 1; i < lessons.length; i++) {
      expect(Date.parse(lessons[i - 1]?.publishedAt as string) + 999).toBeGreaterThanOrEqual(Date.parse(lessons[i]?.publishedAt as string));
    }
  });
});
