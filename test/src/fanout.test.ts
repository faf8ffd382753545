/**
 * One small request may not starve everyone: its cost is estimated with its variables applied,
 * lists under lists are priced by their real fan-out, a query plan has a budget of subgraph
 * fetches and each subgraph request a budget of SQL statements, and work for a caller that
 * went away stops.
 */
import { encodeSearchKey } from '@ssc/contract';
import { loadGatewayEnv, startGateway, subgraphUrlEnv } from '@ssc/gateway';
import { postGraphQL } from '@ssc/server-kit';
import { describe, expect, it } from 'vitest';
import { useFederation } from './federation.ts';

const federation = useFederation({ seedProjects: 20 });

const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;
const SIMPLE = '{ project(id: "ABC-P-000002") { id title } }';

/** An `_entities` request for `count` distinct searches of ABC's projects (as the gateway's plans send them). */
function abcSearches(count: number) {
  return {
    query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on ProjectConnection { abcSlice { total } } } }',
    variables: {
      r: Array.from({ length: count }, (_, i) => ({
        __typename: 'ProjectConnection',
        key: encodeSearchKey({ filter: { text: `no such title ${i}` }, first: 1 }),
      })),
    },
  };
}

describe('the cost of an operation', () => {
  it('is the same whether `first` comes as a literal or as a variable', async () => {
    const literal = await federation().query('{ institutions(first: 500) { nodes { projects(first: 500) { totalCount } } } }');
    const variable = await federation().query(
      'query($n: Int) { institutions(first: $n) { nodes { projects(first: $n) { totalCount } } } }',
      { n: 500 },
    );
    expect(code(literal)).toBe('QUERY_TOO_COSTLY');
    expect(code(variable)).toBe('QUERY_TOO_COSTLY');
    expect(variable.errors?.[0]?.extensions?.cost).toBe(literal.errors?.[0]?.extensions?.cost);
    expect(variable.errors?.[0]?.message).toMatch(/501 searches.*LIMIT_COST/);
  });

  it('prices a search under every element of a list as one search per element', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `p${i}: projects(filter: { sdgs: [1] }) { totalCount }`).join(' ');
    const fanOut = await federation().query(`{ countries { ${aliases} } }`);
    expect(code(fanOut)).toBe('QUERY_TOO_COSTLY');
    expect(fanOut.errors?.[0]?.message).toMatch(/\b7\d{3} searches/);
    const one = await federation().query('{ countries { projects(filter: { sdgs: [1] }) { totalCount } } }');
    expect(code(one)).toBe('QUERY_TOO_COSTLY');
  });

  it('lets ordinary pages through, nested lists of a page included', async () => {
    const res = await federation().query(
      'query($n: Int) { projects(first: $n) { totalCount nodes { id evaluations(first: 5) { nodes { id } } lessons { nodes { id } } } } }',
      { n: 50 },
    );
    expect(res.errors).toBeUndefined();
    expect((res.data as { projects: { nodes: unknown[] } }).projects.nodes.length).toBe(50);
  });
});

describe('the gateway budget of subgraph fetches', () => {
  it('stops a plan that needs more fetches than LIMIT_FETCHES and says so, answering what it fetched', async () => {
    const env = { PORT: '0', LOG_LEVEL: 'silent', LIMIT_FETCHES: '2', ...subgraphUrlEnv(federation().subgraphUrls) };
    const gateway = await startGateway(loadGatewayEnv(env));
    try {
      // a search (network), ABC's slice, the page's fields, then the related projects' owners: more than two fetches
      const res = await postGraphQL<{ projects: { totalCount: number } | null }>(
        gateway.url,
        '{ projects(first: 5, filter: { agencies: ["ABC"] }) { totalCount nodes { id title relatedProjects { project { id title } } } } }',
      );
      const codes = (res.errors ?? []).map((e) => e.extensions?.code);
      expect(codes).toContain('OPERATION_BUDGET_EXCEEDED');
      expect(res.errors?.find((e) => e.extensions?.code === 'OPERATION_BUDGET_EXCEEDED')?.message).toMatch(/LIMIT_FETCHES/);
      const simple = await postGraphQL(gateway.url, '{ agencies { code } }');
      expect(simple.errors).toBeUndefined();
    } finally {
      await gateway.stop();
    }
  });
});

describe('a subgraph request', () => {
  it('may send at most LIMIT_STATEMENTS SQL statements, then gets OPERATION_BUDGET_EXCEEDED', async () => {
    const before = federation().statements().abc ?? 0;
    const { query, variables } = abcSearches(1_500);
    const res = await postGraphQL(federation().subgraphUrls.abc as string, query, variables);
    const spent = (federation().statements().abc ?? 0) - before;
    expect(res.errors?.some((e) => e.extensions?.code === 'OPERATION_BUDGET_EXCEEDED' && /LIMIT_STATEMENTS/.test(e.message))).toBe(true);
    expect(spent).toBeLessThanOrEqual(1_000 + 5);
    expect(code(await federation().query(SIMPLE))).toBeUndefined();
  });

  it('stops its work when its caller goes away', async () => {
    const url = federation().subgraphUrls.abc as string;
    const { query, variables } = abcSearches(400);
    // the whole request, answered: how many statements it takes
    let before = federation().statements().abc ?? 0;
    const full = await postGraphQL(url, query, variables);
    expect(full.errors).toBeUndefined();
    const whole = (federation().statements().abc ?? 0) - before;
    expect(whole).toBeGreaterThanOrEqual(400);
    // the same request abandoned after 40 ms
    before = federation().statements().abc ?? 0;
    const controller = new AbortController();
    const sent = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: { r: variables.r.map((r) => ({ ...r, key: r.key.replace('no such', 'not a') })) } }),
      signal: controller.signal,
    }).catch(() => 'aborted');
    await new Promise((r) => setTimeout(r, 40));
    controller.abort();
    expect(await sent).toBe('aborted');
    await new Promise((r) => setTimeout(r, 1_000));
    const abandoned = (federation().statements().abc ?? 0) - before;
    expect(abandoned).toBeLessThan(whole / 2);
    expect(code(await federation().query(SIMPLE))).toBeUndefined();
  });
});
