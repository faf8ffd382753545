/**
 * How the gateway's fetches reach the subgraphs: a POST over Node's http with keep-alive sockets,
 * its answer read whole, abandoned after a timeout or when every caller waiting on it has gone.
 * Leaner than `fetch` for a query plan's many small JSON requests (no WHATWG streams, no abort
 * signals made per fetch).
 *
 * Identical query fetches in flight at once (the same share key: subgraph, body, credentials and
 * epoch of writes) are sent once, and every caller gets the one answer (`joined` counts them).
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** A subgraph's answer, read whole. */
export interface SubgraphAnswer {
  readonly status: number;
  readonly statusText: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface Post {
  url: URL;
  headers: Record<string, string>;
  body: string;
  /** Abandoned after this long (the caller gets a TimeoutError). */
  timeoutMs: number;
  /** The caller's: aborted when it has gone. */
  signal?: AbortSignal | undefined;
  /** Set when identical fetches in flight may share one answer. */
  shareKey?: string | undefined;
}

interface Sending {
  readonly answer: Promise<SubgraphAnswer>;
  waiting: number;
  abandon(reason: Error): void;
}

const timeoutError = (ms: number) => Object.assign(new Error(`no answer within ${ms} ms`), { name: 'TimeoutError' });
const asError = (reason: unknown) => (reason instanceof Error ? reason : new Error(String(reason ?? 'aborted')));

export class SubgraphTransport {
  readonly #pending = new Map<string, Sending>();
  readonly #http = new HttpAgent({ keepAlive: true, maxSockets: 64 });
  readonly #https = new HttpsAgent({ keepAlive: true, maxSockets: 64 });
  /** Fetches answered by another's request. */
  joined = 0;

  constructor(private readonly joins?: { inc(): void }) {}

  #send(post: Post): Sending {
    const https = post.url.protocol === 'https:';
    const request = https ? httpsRequest : httpRequest;
    let abandon: (reason: Error) => void = () => {};
    const answer = new Promise<SubgraphAnswer>((resolve, reject) => {
      const req = request(
        post.url,
        {
          method: 'POST',
          agent: https ? this.#https : this.#http,
          headers: { ...post.headers, 'content-length': String(Buffer.byteLength(post.body)) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 502,
              statusText: res.statusMessage ?? '',
              headers: res.headers,
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      abandon = (reason) => req.destroy(reason);
      req.end(post.body);
    });
    return { answer, waiting: 0, abandon: (reason) => abandon(reason) };
  }

  /** Sends `post`, or joins the identical one in flight; the answer, or the reason the caller stopped waiting. */
  post(post: Post): Promise<SubgraphAnswer> {
    const key = post.shareKey;
    let sending = key === undefined ? undefined : this.#pending.get(key);
    if (sending) {
      this.joined += 1;
      this.joins?.inc();
    } else {
      const created = this.#send(post);
      sending = created;
      if (key !== undefined) {
        this.#pending.set(key, created);
        const done = () => {
          if (this.#pending.get(key) === created) this.#pending.delete(key);
        };
        created.answer.then(done, done);
      }
    }
    const shared = sending;
    shared.waiting += 1;
    return new Promise<SubgraphAnswer>((resolve, reject) => {
      let settled = false;
      const settle = (then: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        post.signal?.removeEventListener('abort', gone);
        shared.waiting -= 1;
        then();
      };
      // the caller stops waiting; the request goes on while another caller waits for it
      const leave = (reason: Error) =>
        settle(() => {
          if (shared.waiting === 0) {
            if (key !== undefined && this.#pending.get(key) === shared) this.#pending.delete(key);
            shared.abandon(reason);
          }
          reject(reason);
        });
      const gone = () => leave(asError(post.signal?.reason));
      const timer = setTimeout(() => leave(timeoutError(post.timeoutMs)), post.timeoutMs);
      if (post.signal?.aborted) return gone();
      post.signal?.addEventListener('abort', gone, { once: true });
      shared.answer.then(
        (answer) => settle(() => resolve(answer)),
        (err: unknown) => settle(() => reject(asError(err))),
      );
    });
  }

  close(): void {
    this.#http.destroy();
    this.#https.destroy();
  }
}

/** The cache hint of a subgraph's Cache-Control header, as @apollo/gateway reads it (none: max-age 0). */
export function cacheHintOf(header: string | string[] | undefined): { maxAge: number; scope?: 'PUBLIC' | 'PRIVATE' } {
  const value = Array.isArray(header) ? header.join(', ') : (header ?? '');
  const maxAge = /(?:^|[,\s])max-age=(\d+)/.exec(value)?.[1];
  const scope = /(?:^|[,\s])private(?:$|[,\s])/.test(value) ? 'PRIVATE' : /(?:^|[,\s])public(?:$|[,\s])/.test(value) ? 'PUBLIC' : undefined;
  return { maxAge: maxAge ? Number(maxAge) : 0, ...(scope ? { scope } : {}) };
}
