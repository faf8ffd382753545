/**
 * Traces (issue 14): with OTEL_EXPORTER_OTLP_ENDPOINT set, every process of a separate-process
 * federation sends its spans over OTLP/HTTP; an OTLP receiver in this test finds one connected
 * trace for a cross-agency list: the gateway's request, its plan and fetches, each agency's
 * server span under the gateway's fetch, and each agency's SQL statements under those.
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import { AGENCIES } from '@ssc/contract';
import { freePort } from '@ssc/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { useFederation } from './federation.ts';

interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  attributes: Record<string, unknown>;
}

/** An OTLP/HTTP receiver (JSON) that keeps every span it is sent. */
const spans: ReceivedSpan[] = [];
const receiver = createServer(async (req, res) => {
  let body = '';
  for await (const chunk of req) body += chunk;
  type Attr = { key: string; value: Record<string, unknown> };
  const value = (v: Record<string, unknown>) => Object.values(v)[0];
  const parsed = JSON.parse(body) as {
    resourceSpans: {
      resource: { attributes: Attr[] };
      scopeSpans: { spans: { traceId: string; spanId: string; parentSpanId?: string; name: string; attributes?: Attr[] }[] }[];
    }[];
  };
  for (const rs of parsed.resourceSpans) {
    const service = String(value(rs.resource.attributes.find((a) => a.key === 'service.name')?.value ?? {}) ?? '');
    for (const ss of rs.scopeSpans)
      for (const s of ss.spans)
        spans.push({
          service,
          traceId: s.traceId,
          spanId: s.spanId,
          parentSpanId: s.parentSpanId ?? '',
          name: s.name,
          attributes: Object.fromEntries((s.attributes ?? []).map((a) => [a.key, value(a.value)])),
        });
  }
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end('{}');
});
const port = await freePort();
receiver.listen(port, '127.0.0.1');
await once(receiver, 'listening');
afterAll(() => receiver.close());

const federation = useFederation({
  mode: 'processes',
  seedProjects: 5,
  env: { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`, CACHE_MAX_AGE: '0' },
});

describe('traces', () => {
  it('follow a cross-agency list from the gateway through every agency to its SQL, as one connected trace', async () => {
    const res = await federation().query('query TracedList { projects(first: 5) { totalCount nodes { id agency { code } } } }');
    expect(res.errors).toBeUndefined();
    let root: ReceivedSpan | undefined;
    let trace: ReceivedSpan[] = [];
    const agencies = new Set(AGENCIES.map((a) => a.subgraph));
    for (let i = 0; i < 100; i++) {
      root = spans.find((s) => s.service === 'gateway' && s.name === 'query TracedList');
      trace = root ? spans.filter((s) => s.traceId === root?.traceId) : [];
      const served = new Set(trace.filter((s) => s.name.startsWith('query ') && s.service !== 'gateway').map((s) => s.service));
      if ([...agencies].every((a) => served.has(a)) && trace.some((s) => s.name.startsWith('SQL'))) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(root, 'the gateway sent its server span').toBeDefined();
    // one root (the gateway's server span); every other span's parent is in the same trace
    const ids = new Set(trace.map((s) => s.spanId));
    expect(trace.filter((s) => !s.parentSpanId)).toEqual([root]);
    for (const s of trace.filter((s) => s.parentSpanId)) expect(ids.has(s.parentSpanId), `${s.service} ${s.name}`).toBe(true);
    // each agency's server span is a child of one of the gateway's spans, its statements of its own spans
    const byId = new Map(trace.map((s) => [s.spanId, s]));
    for (const agency of agencies) {
      const server = trace.find((s) => s.service === agency && s.name.startsWith('query '));
      expect(server, agency).toBeDefined();
      expect(byId.get(server?.parentSpanId ?? '')?.service).toBe('gateway');
      const sql = trace.filter((s) => s.service === agency && s.name.startsWith('SQL'));
      expect(sql.length, agency).toBeGreaterThan(0);
      for (const s of sql) expect(s.attributes['db.statement']).toMatch(/select/i);
    }
    expect(trace.map((s) => s.name)).toEqual(expect.arrayContaining(['gateway.plan', 'gateway.fetch']));
  });
});
