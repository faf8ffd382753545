/**
 * Metrics (issue 14): every server answers GET /metrics in Prometheus' text format, with its
 * operations, their latency and errors by code, limit refusals, and its own figures (the
 * gateway's subgraph fetches, response cache and shared fetches; an agency's pool).
 */
import { describe, expect, it } from 'vitest';
import { useFederation } from './federation.ts';

const federation = useFederation({ seedProjects: 5 });

const scrape = async (graphqlUrl: string) => {
  const res = await fetch(new URL('/metrics', graphqlUrl));
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
  return res.text();
};
/** The value of one sample line (labels in any order, those given must all be there). */
const sample = (text: string, name: string, labels: Record<string, string>) => {
  const line = text
    .split('\n')
    .find((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
};

describe('GET /metrics', () => {
  it("counts the gateway's operations, subgraph fetches, cache answers and refusals", async () => {
    const list = 'query MetricsList { projects(first: 3) { totalCount nodes { id } } }';
    for (let i = 0; i < 2; i++) expect((await federation().query(list)).errors).toBeUndefined();
    const costly = await federation().query('{ institutions(first: 500) { nodes { projects(first: 500) { totalCount } } } }');
    expect(costly.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');

    const text = await scrape(federation().gatewayUrl);
    expect(sample(text, 'ssc_graphql_operations_total', { service: 'gateway', operation: 'MetricsList', type: 'query' })).toBe(2);
    expect(sample(text, 'ssc_graphql_operation_duration_seconds_count', { operation: 'MetricsList' })).toBe(2);
    expect(sample(text, 'ssc_limit_refusals_total', { code: 'QUERY_TOO_COSTLY' })).toBe(1);
    expect(sample(text, 'ssc_graphql_errors_total', { code: 'QUERY_TOO_COSTLY' })).toBe(1);
    expect(sample(text, 'ssc_gateway_subgraph_fetch_duration_seconds_count', { subgraph: 'abc', outcome: 'ok' })).toBeGreaterThan(0);
    expect(sample(text, 'ssc_gateway_response_cache_total', { result: 'hit' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'ssc_gateway_response_cache_total', { result: 'miss' })).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/^process_resident_memory_bytes\{service="gateway"\} \d+/m);
  });

  it("gives each agency's operations and its database pool", async () => {
    const text = await scrape(federation().subgraphUrls.jica ?? '');
    expect(sample(text, 'ssc_graphql_operations_total', { service: 'jica', type: 'query' })).toBeGreaterThan(0);
    expect(sample(text, 'ssc_db_pool_connections', { service: 'jica', state: 'total' })).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'ssc_db_pool_connections', { state: 'waiting' })).toBe(0);
  });
});
