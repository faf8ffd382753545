/**
 * Serving an Apollo Server on Node's own `http` module (the gateway and every subgraph use
 * this): body-size limit, request ids, `/health` (readiness) and `/live` (liveness).
 */
import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import { AuthError, type Identity, type Verifier } from '@ssc/auth';
import { withWorkLimits } from '@ssc/db';
import type { Logger } from 'pino';
import { CONSOLE_CSP, consolePage } from './console.ts';
import { refusedCredentials } from './errors.ts';
import { LIMIT_CODES } from './limits.ts';
import type { Metrics } from './metrics.ts';
import { inServerSpan } from './tracing.ts';

export interface RequestInfo {
  /** This server's own id of the request (never the caller's): logs, responses and audit entries carry it. */
  readonly requestId: string;
  /**
   * The x-request-id the caller sent (the gateway's own id when the gateway calls a subgraph),
   * kept apart from ours: printable ASCII only, at most 100 characters; null when absent or unfit.
   */
  readonly clientRequestId: string | null;
  readonly headers: IncomingMessage['headers'];
  /** The caller, verified from the bearer token; null when anonymous. */
  readonly identity: Identity | null;
  /** The Authorization header as received (the gateway forwards it to subgraphs). */
  readonly authorization: string | undefined;
  /** Aborted when the caller goes away before the answer is sent: work on its behalf stops. */
  readonly signal: AbortSignal;
}

export interface HttpOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  logger: Logger;
  maxBodyBytes: number;
  context: (info: RequestInfo) => Promise<C>;
  /** Extra GET endpoints that answer JSON (an agency's /.well-known/jwks.json, /registry/self). */
  routes?: Record<string, Route>;
  /** Extra POST endpoints that stream their body (an agency's /iati/import); they answer JSON like routes. */
  uploads?: Record<string, Upload>;
  /** Verifies bearer tokens; a refused token fails the request with UNAUTHENTICATED (401). */
  verifier: Verifier;
  /** Readiness: true when the server can answer (its database answers). */
  ready?: () => Promise<Record<string, boolean>>;
  /** Title of the query console that browsers get at the endpoint. */
  title?: string;
  /** What one request may spend in the database (servers with one); `server` is named in refusals. */
  work?: { maxStatements: number; maxConnections: number; server: string };
  /** Served at GET /metrics (Prometheus text format). */
  metrics?: Metrics;
}

/** What a GET route learns of its request: the caller, verified from the bearer token (null when anonymous). */
export interface RouteRequest {
  readonly identity: Identity | null;
  readonly authorization: string | undefined;
}
/** A GET route's answer: a JSON body, with a status other than 200 when given. */
export type Route = (request: RouteRequest) => Promise<unknown | { status: number; body: unknown }>;
/** A POST route that takes a body too large to hold (an IATI file): it reads the stream itself. */
export type Upload = (request: RouteRequest & { body: AsyncIterable<Uint8Array>; query: URLSearchParams }) => Promise<unknown>;

const ROUTE_STATUS = Symbol('status');
/** A route's answer that names its own status. */
export const routeAnswer = (status: number, body: unknown) => ({ [ROUTE_STATUS]: status, body });
/** A route's refusal: `status` with one error, its `extensions.code` among `extensions`, as GraphQL errors look. */
export const routeError = (status: number, message: string, extensions: { code: string } & Record<string, unknown>) =>
  routeAnswer(status, { errors: [{ message, extensions }] });

const ROUTE_STREAM = Symbol('stream');
/**
 * A route's answer streamed as it is made (an IATI file of 10,000 activities): the chunks are
 * written as the client takes them, and the iteration stops when the client goes away.
 */
export const routeStream = (contentType: string, chunks: AsyncIterable<string>, headers: Record<string, string> = {}) => ({
  [ROUTE_STREAM]: { contentType, chunks, headers },
});

async function sendStream(
  res: ServerResponse,
  stream: { contentType: string; chunks: AsyncIterable<string>; headers: Record<string, string> },
): Promise<void> {
  const iterator = stream.chunks[Symbol.asyncIterator]();
  // the first chunk comes before the status: a failure before it is still answered as an error
  const first = await iterator.next();
  res.writeHead(200, { 'content-type': stream.contentType, ...stream.headers });
  const rest = { [Symbol.asyncIterator]: () => iterator };
  const source = Readable.from(
    (async function* () {
      if (!first.done) yield first.value;
      yield* rest;
    })(),
  );
  await pipeline(source, res);
}

/**
 * The path of a request target, or null when the target cannot be read as one. Node hands over
 * the target as the client sent it (`//`, `/\\`, `//[`, `//:99999/graphql`, `*`): it is never
 * resolved as a URL, whose parser reads `//host` as an authority and throws on a bad one.
 */
export function requestPath(target: string | undefined): { pathname: string; search: string } | null {
  const raw = target ?? '/';
  if (!raw.startsWith('/') || raw.length > 8_192) return null;
  const q = raw.indexOf('?');
  const pathname = q < 0 ? raw : raw.slice(0, q);
  try {
    return { pathname: decodeURI(pathname), search: q < 0 ? '' : raw.slice(q) };
  } catch {
    return null;
  }
}

/** When this process started: `/live` reports it, so that a restart shows. */
const PROCESS_STARTED = new Date(Date.now() - process.uptime() * 1000).toISOString();

class BodyTooLarge extends Error {}

class BadEncoding extends Error {}
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Error codes of a well-formed request that GraphQL refused: 200 under application/json (GraphQL over HTTP). */
const REQUEST_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_USER_INPUT',
  ...LIMIT_CODES,
]);

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        resolve(utf8.decode(Buffer.concat(chunks)));
      } catch {
        reject(new BadEncoding());
      }
    });
    req.on('error', reject);
  });
}

/** Deepest JSON nesting a request body may have: every reader of variables recurses. */
const MAX_JSON_DEPTH = 64;

/** How deeply `value` nests arrays and objects (counted without recursion, stopping past the limit). */
function jsonDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (!v || typeof v !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_JSON_DEPTH) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/**
 * The request listener of every server. It never rejects: whatever a request holds (its target,
 * headers or body), a failure is answered (500 when nothing was sent yet) and logged, and the
 * process goes on serving.
 */
export function createHttpHandler<C extends BaseContext>(options: HttpOptions<C>) {
  const handle = handler(options);
  return (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((err: unknown) => {
      options.logger.error({ err }, 'request handler failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.destroy();
    });
  };
}

function handler<C extends BaseContext>(options: HttpOptions<C>) {
  const { apollo, logger } = options;
  // one server span per request, the caller's traceparent its parent (nothing when tracing is off)
  return (req: IncomingMessage, res: ServerResponse): Promise<void> =>
    inServerSpan(
      () => `${req.method ?? 'GET'} ${requestPath(req.url)?.pathname ?? '(not a path)'}`,
      req.headers,
      async (span) => {
        await handle(req, res);
        span?.setAttribute('http.response.status_code', res.statusCode);
      },
    );

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = requestPath(req.url);
    const requestId = randomUUID();
    const sent = req.headers['x-request-id'];
    const clientRequestId = typeof sent === 'string' && /^[\x21-\x7e]{1,100}$/.test(sent) ? sent : null;
    res.setHeader('x-request-id', requestId);
    try {
      if (!url) {
        return sendJson(res, 400, {
          errors: [{ message: 'the request target is not a path (the GraphQL endpoint is /graphql)', extensions: { code: 'BAD_REQUEST' } }],
        });
      }
      if (url.pathname === '/live') return sendJson(res, 200, { status: 'ok', startedAt: PROCESS_STARTED });
      if (url.pathname === '/metrics' && options.metrics && req.method === 'GET') {
        const text = await options.metrics.text();
        res.writeHead(200, { 'content-type': options.metrics.contentType, 'cache-control': 'no-store' });
        res.end(text);
        return;
      }
      const route = req.method === 'GET' ? options.routes?.[url.pathname] : undefined;
      const upload = req.method === 'POST' ? options.uploads?.[url.pathname] : undefined;
      if (route || upload) {
        const authorization = req.headers.authorization;
        let identity: Identity | null;
        try {
          identity = await options.verifier.identify(authorization);
        } catch (e) {
          if (e instanceof AuthError)
            return sendJson(res, 401, { errors: [{ message: e.message, extensions: { code: 'UNAUTHENTICATED' } }] });
          throw e;
        }
        const request = { identity, authorization };
        const answer = upload ? await upload({ ...request, body: req, query: new URLSearchParams(url.search) }) : await route?.(request);
        // an answer about the caller (their registry entry) is theirs alone: no cache may keep it
        if (authorization) res.setHeader('cache-control', 'private, no-store');
        if (answer && typeof answer === 'object' && ROUTE_STREAM in answer) {
          const { [ROUTE_STREAM]: stream } = answer as ReturnType<typeof routeStream>;
          return await sendStream(res, stream);
        }
        if (answer && typeof answer === 'object' && ROUTE_STATUS in answer) {
          const { [ROUTE_STATUS]: status, body } = answer as { [ROUTE_STATUS]: number; body: unknown };
          return sendJson(res, status, body);
        }
        return sendJson(res, 200, answer);
      }
      if (url.pathname === '/health' || url.pathname === '/ready') {
        const checks = (await options.ready?.()) ?? {};
        const ok = Object.values(checks).every(Boolean);
        return sendJson(res, ok ? 200 : 503, { status: ok ? 'ok' : 'unavailable', checks });
      }
      if (url.pathname !== '/graphql' && url.pathname !== '/') {
        return sendJson(res, 404, { errors: [{ message: 'not found: the GraphQL endpoint is /graphql' }] });
      }
      if (req.method === 'GET' && !/[?&](query|extensions)=/.test(url.search) && /\btext\/html\b/.test(req.headers.accept ?? '')) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CONSOLE_CSP });
        res.end(consolePage(options.title ?? 'SSC Federation'));
        return;
      }
      let body: unknown;
      if (req.method === 'POST') {
        const text = await readBody(req, options.maxBodyBytes);
        const type = (req.headers['content-type'] ?? '').toLowerCase();
        if (!/^application\/(graphql-response\+)?json\b/.test(type)) {
          return sendJson(res, 415, {
            errors: [
              {
                message: `POST bodies must be application/json, not "${type.slice(0, 60) || 'none'}"`,
                extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' },
              },
            ],
          });
        }
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          return sendJson(res, 400, {
            errors: [{ message: 'the request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
          });
        }
        if (jsonDepth(body) > MAX_JSON_DEPTH) {
          return sendJson(res, 400, {
            errors: [
              { message: `the request body nests JSON more than ${MAX_JSON_DEPTH} levels deep`, extensions: { code: 'BAD_REQUEST' } },
            ],
          });
        }
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      // the caller went away before its answer was complete: stop the work done on its behalf
      const abandoned = new AbortController();
      res.once('close', () => {
        if (!res.writableFinished) abandoned.abort();
      });
      const signal = abandoned.signal;
      // each of a query plan's fetches (LIMIT_FETCHES, 100) listens while it is in flight: no leak
      setMaxListeners(1_000, signal);
      const execute = () =>
        apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method?.toUpperCase() ?? 'GET', headers, search: url.search, body },
          context: async () => {
            const authorization = req.headers.authorization;
            let identity: Identity | null;
            try {
              identity = await options.verifier.identify(authorization);
            } catch (e) {
              if (e instanceof AuthError) throw refusedCredentials(e.message);
              throw e;
            }
            return options.context({ requestId, clientRequestId, headers: req.headers, identity, authorization, signal });
          },
        });
      const result = options.work ? await withWorkLimits({ ...options.work, signal }, execute) : await execute();
      for (const [key, value] of result.headers) res.setHeader(key, value);
      // an answer kept by a browser or a CDN for an anonymous caller is not one for a signed-in one
      res.setHeader('vary', [result.headers.get('vary'), 'authorization'].filter(Boolean).join(', '));
      res.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') {
        // A well-formed request that GraphQL refused (parse, validation, limits): 200 under
        // application/json and 400 under application/graphql-response+json, as GraphQL over HTTP
        // asks. Apollo answers 400 to both, and 500 to a token limit.
        if (res.statusCode === 400 || res.statusCode === 500) {
          try {
            const parsed = JSON.parse(result.body.string) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
            if (
              parsed.data === undefined &&
              parsed.errors?.length &&
              parsed.errors.every((e) => REQUEST_ERRORS.has(e.extensions?.code ?? ''))
            ) {
              res.statusCode = result.headers.get('content-type')?.startsWith('application/json') ? 200 : 400;
            }
          } catch {
            // not JSON: leave the status alone
          }
        }
        res.end(result.body.string);
      } else {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (err) {
      if (err instanceof BadEncoding) {
        return sendJson(res, 400, { errors: [{ message: 'the request body is not valid UTF-8', extensions: { code: 'BAD_REQUEST' } }] });
      }
      if (err instanceof BodyTooLarge) {
        options.metrics?.error('PAYLOAD_TOO_LARGE');
        return sendJson(res, 413, {
          errors: [{ message: `the request body is larger than ${options.maxBodyBytes} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
        });
      }
      logger.error({ err, requestId }, 'request failed');
      if (!res.headersSent)
        sendJson(res, 500, { errors: [{ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] });
      else res.end();
    }
  }
}

export interface Listening {
  readonly server: Server;
  readonly url: string;
  readonly port: number;
}

/** Listens on host:port (port 0 picks a free one) and reports the URL. */
export async function listen(server: Server, host: string, port: number): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return { server, port: address.port, url: `http://${shownHost}:${address.port}/graphql` };
}

export { createServer };
