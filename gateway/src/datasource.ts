/**
 * How the gateway talks to one subgraph: with a timeout, and with a failure that costs only
 * that subgraph's share of the answer. A failed `_entities` fetch (an agency's slice of a
 * cross-agency list, or its records' fields) is answered with each representation's requested
 * fields set to null and one error that names the agency, so @apollo/gateway still merges
 * every other agency's data.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { type GraphQLDataSource, type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GatewayCachePolicy, GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { type DocumentNode, execute, type FieldNode, type GraphQLSchema, Kind, parse, type SelectionSetNode, validate } from 'graphql';
import type { Logger } from 'pino';

/** What the data sources need of the gateway's request context: the caller's signal and the fetch budget. */
export interface FetchBudget {
  /** Aborted when the client has gone: its pending subgraph fetches are abandoned. */
  readonly signal?: AbortSignal;
  /** Subgraph fetches this operation has sent, and the most it may. */
  fetches: { sent: number; readonly max: number };
}

/** What the fetcher must know of the fetch being sent (Apollo's fetcher sees only the request). */
interface SendingFetch {
  /** The client's signal: aborted when it has gone. */
  signal: AbortSignal | undefined;
  /** Set when identical fetches in flight may share one answer: the epoch of writes and the caller's credentials. */
  shareKey: string | undefined;
}
const sending = new AsyncLocalStorage<SendingFetch>();

/** A subgraph's answer, read once and handed to each fetch that shares it. */
interface SharedAnswer {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
}

/**
 * Identical query fetches in flight at once (same subgraph, body, credentials and epoch of writes)
 * are sent once: each caller gets its own Response over the one answer. The shared request is
 * abandoned only when every caller has gone.
 */
export class InFlight {
  readonly #pending = new Map<string, { answer: Promise<SharedAnswer>; waiting: number; abandon: AbortController }>();
  /** Fetches answered by another's request (for tests and the benchmark). */
  joined = 0;

  fetch(key: string, url: string, init: RequestInit, signal: AbortSignal): Promise<Response> {
    let entry = this.#pending.get(key);
    if (entry) this.joined += 1;
    else {
      const abandon = new AbortController();
      const answer = fetch(url, { ...init, signal: abandon.signal }).then(async (r) => ({
        status: r.status,
        statusText: r.statusText,
        headers: [...r.headers],
        body: await r.text(),
      }));
      const created = { answer, waiting: 0, abandon };
      entry = created;
      this.#pending.set(key, created);
      const done = () => {
        if (this.#pending.get(key) === created) this.#pending.delete(key);
      };
      answer.then(done, done);
    }
    const shared = entry;
    shared.waiting += 1;
    return new Promise<Response>((resolve, reject) => {
      let settled = false;
      const settle = (then: () => void) => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', leave);
        shared.waiting -= 1;
        then();
      };
      const leave = () =>
        settle(() => {
          if (shared.waiting === 0) {
            if (this.#pending.get(key) === shared) this.#pending.delete(key);
            shared.abandon.abort(signal.reason);
          }
          reject(signal.reason);
        });
      if (signal.aborted) return leave();
      signal.addEventListener('abort', leave, { once: true });
      shared.answer.then(
        (a) => settle(() => resolve(new Response(a.body, { status: a.status, statusText: a.statusText, headers: a.headers }))),
        (err: unknown) => settle(() => reject(err)),
      );
    });
  }
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
  /** Shares identical query fetches in flight (absent: every fetch is sent). */
  inFlight?: InFlight;
  /** The epoch of writes through the gateway: a fetch of a later epoch never joins an earlier one. */
  epoch?: { readonly value: number };
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

export class SubgraphSource extends RemoteGraphQLDataSource {
  readonly #options: SubgraphSourceOptions;

  constructor(options: SubgraphSourceOptions) {
    super({ url: options.url });
    this.#options = options;
    // Node's fetch (undici: pooled keep-alive sockets), abandoned after the timeout or when the
    // client has gone; either way the subgraph sees its caller go and stops the work.
    this.fetcher = ((url: string, init: RequestInit) => {
      const timeout = AbortSignal.timeout(options.timeoutMs);
      const sent = sending.getStore();
      const signal = sent?.signal ? AbortSignal.any([timeout, sent.signal]) : timeout;
      if (sent?.shareKey && options.inFlight) return options.inFlight.fetch(`${sent.shareKey}\n${url}\n${init.body}`, url, init, signal);
      return fetch(url, { ...init, signal });
    }) as unknown as typeof this.fetcher;
  }

  /** Forwards the request id and the caller's own token: each subgraph verifies it again. */
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<Record<string, unknown>>): void {
    const { requestId, authorization } = (context ?? {}) as { requestId?: string; authorization?: string };
    if (requestId) request.http?.headers.set('x-request-id', requestId);
    if (authorization) request.http?.headers.set('authorization', authorization);
  }

  override async process(options: GraphQLDataSourceProcessOptions<Record<string, unknown>>): Promise<GatewayGraphQLResponse> {
    const { name, agency, timeoutMs, logger, onFetch } = this.#options;
    const refused = spendFetch(options.context, name);
    if (refused) return partialAnswer(options.request, refused);
    const startedAt = performance.now();
    const context = options.context as (Partial<FetchBudget> & { authorization?: string }) | undefined;
    const query = 'incomingRequestContext' in options && options.incomingRequestContext.operation?.operation === 'query';
    const shareKey = query && this.#options.inFlight ? `${this.#options.epoch?.value ?? 0}\n${context?.authorization ?? ''}` : undefined;
    try {
      const response = await sending.run({ signal: context?.signal, shareKey }, () => super.process(options));
      onFetch?.({
        subgraph: name,
        url: this.#options.url,
        query: options.request.query ?? '',
        variables: options.request.variables,
        startedAt,
        endedAt: performance.now(),
      });
      return response;
    } catch (err) {
      const timedOut = (err as Error).name === 'TimeoutError';
      const refused = (err as { extensions?: { code?: string; response?: { body?: { errors?: { message?: string }[] } } } }).extensions;
      // the subgraph verified the caller's token itself and refused it (its keys differ from the gateway's, say)
      const error =
        refused?.code === 'UNAUTHENTICATED'
          ? {
              message: `${agency ? `agency ${agency}` : `subgraph ${name}`} refused the credentials: ${refused.response?.body?.errors?.[0]?.message ?? 'no reason given'}`,
              extensions: { code: 'UNAUTHENTICATED', subgraph: name, ...(agency ? { agency } : {}) },
            }
          : {
              message: agency
                ? `agency ${agency} is unavailable (${timedOut ? `did not answer within ${timeoutMs} ms` : `failed: ${(err as Error).message}`}); its records are missing from this answer`
                : `subgraph ${name} ${timedOut ? `did not answer within ${timeoutMs} ms` : `failed: ${(err as Error).message}`}`,
              extensions: { code: 'AGENCY_UNAVAILABLE', subgraph: name, ...(agency ? { agency } : {}), timedOut },
            };
      logger.warn({ subgraph: name, agency, error: error.message }, 'subgraph fetch failed');
      return partialAnswer(options.request, error);
    }
  }
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
