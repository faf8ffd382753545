/**
 * Prometheus metrics of every server (`GET /metrics`, prom-client): GraphQL operations by name and
 * type with their latency, errors by code (the limits' refusals among them), and what a server
 * adds of its own (the gateway its subgraph fetches and response cache, an agency its pool).
 * Each server has its own registry, so that several in one process (the tests) stay apart.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { trace } from '@opentelemetry/api';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { tracingOn } from './tracing.ts';

/** Codes of the refusals that the request limits give (see limits.ts, cost.ts and the gateway's budgets). */
const REFUSALS = new Set([
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'TOO_MANY_DIRECTIVES',
  'TOO_MANY_TOKENS',
  'QUERY_TOO_COSTLY',
  'OPERATION_BUDGET_EXCEEDED',
  'PAYLOAD_TOO_LARGE',
]);

/** At most this many operation names are told apart; the rest count as "other" (names are the clients'). */
const MAX_OPERATIONS = 200;

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export class Metrics {
  readonly registry = new Registry();
  readonly #names = new Set<string>();
  readonly operations = new Counter({
    name: 'ssc_graphql_operations_total',
    help: 'GraphQL operations answered, by operation name and type',
    labelNames: ['operation', 'type'] as const,
    registers: [this.registry],
  });
  readonly duration = new Histogram({
    name: 'ssc_graphql_operation_duration_seconds',
    help: 'Time from a GraphQL request to its answer, by operation name',
    labelNames: ['operation'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: 'ssc_graphql_errors_total',
    help: 'Errors in GraphQL answers, by extensions.code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  readonly refusals = new Counter({
    name: 'ssc_limit_refusals_total',
    help: "Requests refused by a limit (depth, aliases, tokens, cost, fetch or statement budget), by the refusal's code",
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
  }

  /** The operation label: its name, "anonymous", or "other" once MAX_OPERATIONS names are known. */
  operation(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.#names.has(name)) return name;
    if (this.#names.size >= MAX_OPERATIONS) return 'other';
    this.#names.add(name);
    return name;
  }

  /** Counts an error code of an answer (and a refusal, when a limit gave it). */
  error(code: string | undefined): void {
    const c = code ?? 'INTERNAL_SERVER_ERROR';
    this.errors.inc({ code: c });
    if (REFUSALS.has(c)) this.refusals.inc({ code: c });
  }

  histogram<L extends string>(name: string, help: string, labelNames: readonly L[]): Histogram<L> {
    return new Histogram({ name, help, labelNames, buckets: SECONDS, registers: [this.registry] });
  }

  counter<L extends string>(name: string, help: string, labelNames: readonly L[]): Counter<L> {
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  /** A gauge read when scraped. */
  gauge(name: string, help: string, read: () => Record<string, number>, label: string): void {
    new Gauge({
      name,
      help,
      labelNames: [label],
      registers: [this.registry],
      collect() {
        for (const [value, n] of Object.entries(read())) this.set({ [label]: value }, n);
      },
    });
  }

  /** The Prometheus text exposition. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

/** Counts each operation, its latency and its errors. */
export function metricsPlugin<C extends BaseContext>(metrics: Metrics): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, operation, response }) {
          const name = metrics.operation(operationName);
          // the request's server span (when tracing) is named after the operation
          if (tracingOn()) {
            const span = trace.getActiveSpan();
            span?.updateName(`${operation?.operation ?? 'graphql'} ${operationName ?? '(anonymous)'}`);
            span?.setAttributes({ 'graphql.operation.name': operationName ?? '', 'graphql.operation.type': operation?.operation ?? '' });
          }
          metrics.operations.inc({ operation: name, type: operation?.operation ?? 'unparsed' });
          metrics.duration.observe({ operation: name }, (performance.now() - started) / 1000);
          if (response.body.kind === 'single')
            for (const e of response.body.singleResult.errors ?? []) metrics.error(e.extensions?.code as string | undefined);
        },
      };
    },
  };
}
