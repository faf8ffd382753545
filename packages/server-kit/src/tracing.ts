/**
 * Traces (OpenTelemetry): one trace per request, from the gateway's server span through
 * @apollo/gateway's own spans (plan, execute, each fetch) to each subgraph's server span (its
 * parent sent in the `traceparent` header) and each SQL statement (see @ssc/db). Exported over
 * OTLP/HTTP (JSON) to `OTEL_EXPORTER_OTLP_ENDPOINT`; off, and free, when it is unset.
 *
 * Spans are made at our own seams (the HTTP handler, the gateway's transport, the database's
 * statement log) rather than by patching modules: the servers are ES modules, whose imports the
 * auto-instrumentations reach only through loader hooks.
 */
import { context, propagation, ROOT_CONTEXT, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { NodeSDK, tracing } from '@opentelemetry/sdk-node';

let on = false;

/** True once `startTracing` has started an exporter in this process. */
export const tracingOn = (): boolean => on;

export const tracer = trace.getTracer('ssc-federation');

/**
 * Starts tracing for this process's `service` when `endpoint` is set (an OTLP/HTTP base URL such
 * as http://collector:4318); the returned stop flushes what is pending.
 */
export function startTracing(service: string, endpoint: string | undefined, delayMs = 1_000): () => Promise<void> {
  if (!endpoint || on) return async () => {};
  const exporter = new OTLPTraceExporter({ url: `${endpoint.replace(/\/$/, '')}/v1/traces` });
  const sdk = new NodeSDK({
    serviceName: service,
    autoDetectResources: false,
    spanProcessors: [new tracing.BatchSpanProcessor(exporter, { scheduledDelayMillis: delayMs })],
  });
  sdk.start();
  on = true;
  return () => sdk.shutdown();
}

/** Runs `work` in a server span whose parent is the caller's `traceparent` (when tracing is on; `name` is asked only then). */
export function inServerSpan<T>(
  name: () => string,
  headers: Record<string, unknown>,
  work: (span: Span | undefined) => Promise<T>,
): Promise<T> {
  if (!on) return work(undefined);
  const parent = propagation.extract(ROOT_CONTEXT, headers);
  return tracer.startActiveSpan(name(), { kind: SpanKind.SERVER }, parent, async (span) => {
    try {
      return await work(span);
    } catch (err) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
      throw err;
    } finally {
      span.end();
    }
  });
}

/** Adds the active span's context to outgoing headers (`traceparent`), when tracing is on. */
export function injectTraceContext(headers: Record<string, string>): void {
  if (on) propagation.inject(context.active(), headers);
}

/** The active span's trace id, for log lines (undefined when no span is active). */
export function activeTraceId(): string | undefined {
  if (!on) return undefined;
  return trace.getActiveSpan()?.spanContext().traceId;
}
