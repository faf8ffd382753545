/**
 * How the gateway talks to one subgraph: with a timeout, and with a failure that costs only
 * that subgraph's share of the answer. A failed `_entities` fetch (an agency's slice of a
 * cross-agency list, or its records' fields) is answered with each representation's requested
 * fields set to null and one error that names the agency, so @apollo/gateway still merges
 * every other agency's data.
 */
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayCachePolicy, GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { injectTraceContext } from '@ssc/server-kit';
import { type DocumentNode, execute, type FieldNode, type GraphQLSchema, Kind, parse, type SelectionSetNode, validate } from 'graphql';
import type { Logger } from 'pino';
import { cacheHintOf, type SubgraphAnswer, type SubgraphTransport } from './transport.ts';

/** What the data sources need of the gateway's request context: the caller's signal and the fetch budget. */
export interface FetchBudget {
  /** Aborted when the client has gone: its pending subgraph fetches are abandoned. */
  readonly signal?: AbortSignal;
  /** Subgraph fetches this operation has sent, and the most it may. */
  fetches: { sent: number; readonly max: number };
}

/** Counts one fetch against the operation's budget; a refusal when it is spent. */
function spendFetch(context: unknown, name: string): { message: string; extensions: Record<string, unknown> } | undefined {
  const budget = (context as Partial<FetchBudget> | undefined)?.fetches;
  if (!budget) return undefined;
  budget.sent += 1;
  if (budget.sent <= budget.max) return undefined;
  return {
    message: `this operation needs more than ${budget.max} subgraph fetches (the gateway's LIMIT_FETCHES setting); the fetch to ${name} was not sent: ask for fewer fields of other agencies or fewer aliases`,
    extensions: { code: 'OPERATION_BUDGET_EXCEEDED', subgraph: name },
  };
}

/**
 * The answer to an `_entities` fetch that failed or was not sent: each representation with its
 * requested fields set to null, and the error, so that the rest of the plan goes on.
 */
function partialAnswer(
  request: GraphQLDataSourceProcessOptions<Record<string, unknown>>['request'],
  error: { message: string; extensions: Record<string, unknown> },
): GatewayGraphQLResponse {
  const query = request.query;
  const representations = request.variables?.representations as { __typename: string }[] | undefined;
  const fields = query && representations ? entityFields(query) : undefined;
  if (!fields || !representations) return { errors: [error] };
  return {
    data: {
      _entities: representations.map((r) => ({
        __typename: r.__typename,
        ...Object.fromEntries((fields.get(r.__typename) ?? []).filter((f) => f !== '__typename').map((f) => [f, null])),
      })),
    },
    errors: [error],
  };
}

/** Where the seconds of each subgraph fetch go (a Prometheus histogram). */
interface FetchSeconds {
  observe(labels: { subgraph: string; outcome: string }, seconds: number): void;
}

/** One fetch of the gateway's query plan, as sent to a subgraph (the benchmark replays them). */
export interface SubgraphFetch {
  subgraph: string;
  url: string;
  query: string;
  variables: Record<string, unknown> | undefined;
  startedAt: number;
  endedAt: number;
}

export interface SubgraphSourceOptions {
  name: string;
  url: string;
  agency?: string;
  timeoutMs: number;
  logger: Logger;
  onFetch?: (fetch: SubgraphFetch) => void;
  /** How fetches are sent; identical query fetches in flight are shared. */
  transport: SubgraphTransport;
  /** The epoch of writes through the gateway: a fetch of a later epoch never joins an earlier one. */
  epoch?: { readonly value: number };
  /** Observes each fetch's seconds, by subgraph and outcome (ok, or the error's code). */
  fetchSeconds?: FetchSeconds;
}

/** Top-level field names (aliases first) requested per type under `_entities`. */
function entityFields(query: string): Map<string, string[]> | undefined {
  const doc = parse(query);
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!op || op.kind !== Kind.OPERATION_DEFINITION) return undefined;
  const entities = op.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === '_entities');
  if (!entities?.selectionSet) return undefined;
  const byType = new Map<string, string[]>();
  const collect = (set: SelectionSetNode, type: string | undefined) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD && type) byType.set(type, [...(byType.get(type) ?? []), (s.alias ?? s.name).value]);
      else if (s.kind === Kind.INLINE_FRAGMENT) collect(s.selectionSet, s.typeCondition?.name.value ?? type);
    }
  };
  collect(entities.selectionSet, undefined);
  return byType;
}

export class SubgraphSource implements GraphQLDataSource<Record<string, unknown>> {
  readonly #options: SubgraphSourceOptions;
  readonly #url: URL;

  constructor(options: SubgraphSourceOptions) {
    this.#options = options;
    this.#url = new URL(options.url);
  }

  /**
   * Sends the plan's fetch with the request id and the caller's own token (each subgraph verifies
   * it again), and narrows the operation's cache policy by the subgraph's Cache-Control.
   */
  async process(options: GraphQLDataSourceProcessOptions<Record<string, unknown>>): Promise<GatewayGraphQLResponse> {
    const { name, agency, timeoutMs, logger, onFetch, transport, epoch, fetchSeconds } = this.#options;
    const refused = spendFetch(options.context, name);
    if (refused) return partialAnswer(options.request, refused);
    const startedAt = performance.now();
    const { request } = options;
    const context = options.context as (Partial<FetchBudget> & { requestId?: string; authorization?: string }) | undefined;
    const incoming = 'incomingRequestContext' in options ? options.incomingRequestContext : undefined;
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (context?.requestId) headers['x-request-id'] = context.requestId;
    if (context?.authorization) headers.authorization = context.authorization;
    // the subgraph's server span is a child of @apollo/gateway's span of this fetch
    injectTraceContext(headers);
    const body = JSON.stringify({
      query: request.query,
      variables: request.variables,
      operationName: request.operationName,
      extensions: request.extensions,
    });
    const shareKey =
      incoming?.operation?.operation === 'query' ? `${epoch?.value ?? 0}\n${context?.authorization ?? ''}\n${body}` : undefined;
    try {
      const answer = await transport.post({ url: this.#url, headers, body, timeoutMs, signal: context?.signal, shareKey });
      if (answer.status < 200 || answer.status > 299) throw refusal(answer);
      const parsed: unknown = JSON.parse(answer.body);
      if (!parsed || typeof parsed !== 'object') throw new Error(`expected a JSON object, not ${answer.body.slice(0, 60)}`);
      incoming?.overallCachePolicy?.restrict(cacheHintOf(answer.headers['cache-control']));
      const endedAt = performance.now();
      fetchSeconds?.observe({ subgraph: name, outcome: 'ok' }, (endedAt - startedAt) / 1000);
      onFetch?.({ subgraph: name, url: this.#options.url, query: request.query ?? '', variables: request.variables, startedAt, endedAt });
      return parsed as GatewayGraphQLResponse;
    } catch (err) {
      const timedOut = (err as Error).name === 'TimeoutError';
      const refused = err instanceof Refusal && err.status === 401 ? err : undefined;
      // the subgraph verified the caller's token itself and refused it (its keys differ from the gateway's, say)
      const error = refused
        ? {
            message: `${agency ? `agency ${agency}` : `subgraph ${name}`} refused the credentials: ${refused.reason ?? 'no reason given'}`,
            extensions: { code: 'UNAUTHENTICATED', subgraph: name, ...(agency ? { agency } : {}) },
          }
        : {
            message: agency
              ? `agency ${agency} is unavailable (${timedOut ? `did not answer within ${timeoutMs} ms` : `failed: ${(err as Error).message}`}); its records are missing from this answer`
              : `subgraph ${name} ${timedOut ? `did not answer within ${timeoutMs} ms` : `failed: ${(err as Error).message}`}`,
            extensions: { code: 'AGENCY_UNAVAILABLE', subgraph: name, ...(agency ? { agency } : {}), timedOut },
          };
      logger.warn({ subgraph: name, agency, error: error.message }, 'subgraph fetch failed');
      fetchSeconds?.observe({ subgraph: name, outcome: error.extensions.code }, (performance.now() - startedAt) / 1000);
      return partialAnswer(request, error);
    }
  }
}

/** A subgraph's answer with a status other than 2xx. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly reason: string | undefined,
    statusText: string,
  ) {
    super(`${status}: ${statusText}`);
  }
}

function refusal(answer: SubgraphAnswer): Refusal {
  let reason: string | undefined;
  try {
    reason = (JSON.parse(answer.body) as { errors?: { message?: string }[] }).errors?.[0]?.message;
  } catch {
    reason = undefined;
  }
  return new Refusal(answer.status, reason, answer.statusText);
}

/**
 * The network subgraph inside the gateway's process (the default): no HTTP hop for the
 * reference data and the merges. The planner's operations are parsed and validated once each.
 */
export class InProcessSource implements GraphQLDataSource<Record<string, unknown>> {
  readonly #documents = new Map<string, DocumentNode>();
  constructor(
    readonly schema: GraphQLSchema,
    private readonly options: {
      /** The max-age of its answers (reference data and merges of the agencies' own, which carry theirs). */
      publicMaxAge?: number;
      fetchSeconds?: FetchSeconds;
      onSubgraphFetch?: (fetch: SubgraphFetch) => void;
    } = {},
  ) {}

  /**
   * The parsed operation, or the validation errors that name their code: a literal value of a
   * custom scalar that does not parse (a Date such as "2026-13-45") is the caller's input and
   * is answered as the scalar says (BAD_USER_INPUT). Any other validation failure means that the
   * supergraph and the network schema disagree: an internal error.
   */
  #document(query: string): DocumentNode | GatewayGraphQLResponse {
    let doc = this.#documents.get(query);
    if (!doc) {
      doc = parse(query);
      const errors = validate(this.schema, doc);
      if (errors.length) {
        if (errors.every((e) => typeof e.extensions?.code === 'string')) {
          return { errors: errors.map((e) => ({ message: e.message, extensions: e.extensions })) };
        }
        throw new Error(`invalid subgraph operation: ${errors.map((e) => e.message).join('; ')}`);
      }
      if (this.#documents.size >= 2_000) this.#documents.clear();
      this.#documents.set(query, doc);
    }
    return doc;
  }

  async process(
    options: Pick<GraphQLDataSourceProcessOptions<Record<string, unknown>>, 'request' | 'context'> & {
      incomingRequestContext?: { readonly overallCachePolicy?: GatewayCachePolicy };
    },
  ): Promise<GatewayGraphQLResponse> {
    const { request, context } = options;
    // as a remote subgraph's Cache-Control header would (see the server-kit's cacheHints)
    options.incomingRequestContext?.overallCachePolicy?.restrict({ maxAge: this.options.publicMaxAge ?? 0 });
    const refused = spendFetch(context, 'network');
    if (refused) return partialAnswer(request, refused);
    const startedAt = performance.now();
    const document = this.#document(request.query ?? '');
    if (!('kind' in document)) return document;
    const result = await execute({
      schema: this.schema,
      document,
      variableValues: request.variables ?? null,
      operationName: request.operationName ?? null,
      contextValue: context,
    });
    this.options.fetchSeconds?.observe({ subgraph: 'network', outcome: 'ok' }, (performance.now() - startedAt) / 1000);
    this.options.onSubgraphFetch?.({
      subgraph: 'network',
      url: 'in-process',
      query: request.query ?? '',
      variables: request.variables,
      startedAt,
      endedAt: performance.now(),
    });
    return result as GatewayGraphQLResponse;
  }
}
