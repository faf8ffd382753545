/**
 * The gateway's shared answers: whole responses to anonymous callers' queries, kept for as long
 * as the subgraphs' Cache-Control allows (`CACHE_MAX_AGE`), and the automatic persisted queries'
 * documents, both in one Keyv: in this process's memory (an LRU bounded by `RESPONSE_CACHE_MB`)
 * by default, in Redis with `REDIS_URL` (shared by every gateway instance that names it).
 *
 * A write through this gateway starts a new epoch: answers and in-flight fetches of the earlier
 * epoch are not reused, so the next read sees the write.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import KeyvRedis from '@keyv/redis';
import { isPublicRead, type Metrics } from '@ssc/server-kit';
import Keyv, { type KeyvStoreAdapter } from 'keyv';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';

/** The count of writes that went through this gateway: part of every cache key. */
export class WriteEpoch {
  #value = 0;
  get value(): number {
    return this.#value;
  }
  bump(): void {
    this.#value += 1;
  }
}

/** An in-memory Keyv store with a size bound (Keyv's own Map store only grows). */
function boundedStore(maxBytes: number): Map<string, unknown> {
  const lru = new LRUCache<string, NonNullable<unknown>>({
    maxSize: maxBytes,
    // keyv keeps { value, expires }; the value is the serialised answer
    sizeCalculation: (entry) => {
      const value = (entry as { value?: unknown }).value ?? entry;
      return 64 + (typeof value === 'string' ? value.length * 2 : 256);
    },
  });
  // keyv passes a time-to-live in ms as a third argument (and checks expiry itself)
  return {
    get: (key: string) => lru.get(key),
    set: (key: string, value: NonNullable<unknown>, ttl?: number) => lru.set(key, value, ttl ? { ttl } : {}),
    delete: (key: string) => lru.delete(key),
    clear: () => lru.clear(),
    has: (key: string) => lru.has(key),
  } as unknown as Map<string, unknown>;
}

export interface SharedAnswersSettings {
  REDIS_URL?: string | undefined;
  RESPONSE_CACHE_MB: number;
}

export interface SharedAnswers {
  /** Apollo Server's cache: persisted queries and the response cache live here. */
  readonly cache: KeyvAdapter<string>;
  readonly epoch: WriteEpoch;
  plugins<C extends BaseContext & { authorization: string | undefined }>(): ApolloServerPlugin<C>[];
  close(): Promise<void>;
}

export function sharedAnswers(settings: SharedAnswersSettings, logger: Logger, metrics: Metrics): SharedAnswers {
  const store: KeyvStoreAdapter | Map<string, unknown> = settings.REDIS_URL
    ? // commands fail at once while Redis is away (no offline queue): a miss, not a wait
      new KeyvRedis(
        { url: settings.REDIS_URL, disableOfflineQueue: true, socket: { connectTimeout: 2_000 } },
        { throwOnConnectError: false },
      )
    : boundedStore(settings.RESPONSE_CACHE_MB * 1024 * 1024);
  const keyv = new Keyv<string>({ store, namespace: 'ssc-gateway' });
  // a cache that cannot be reached costs its hits, never an answer
  keyv.on('error', (err: unknown) => logger.warn({ err }, 'response cache unavailable'));
  const epoch = new WriteEpoch();
  const lookups = metrics.counter('ssc_gateway_response_cache_total', "The response cache's answers to anonymous queries: hit or miss", [
    'result',
  ]);
  return {
    // the adapter's types name keyv's CommonJS declarations; the object is the same class
    cache: new KeyvAdapter<string>(keyv as unknown as ConstructorParameters<typeof KeyvAdapter<string>>[0]),
    epoch,
    plugins<C extends BaseContext & { authorization: string | undefined }>(): ApolloServerPlugin<C>[] {
      const anonymousQuery = ({ contextValue, operation }: { contextValue: C; operation?: { operation: string } | undefined }) =>
        isPublicRead(operation?.operation, contextValue.authorization);
      return [
        responseCachePlugin<C>({
          // only anonymous callers' answers are kept: no session is ever needed
          sessionId: async () => null,
          extraCacheKeyData: async () => epoch.value,
          // `Cache-Control: no-cache` asks for a fresh answer (which is then kept for others)
          shouldReadFromCache: async (request) =>
            anonymousQuery(request) && !/\bno-cache\b/.test(request.request.http?.headers.get('cache-control') ?? ''),
          shouldWriteToCache: async (request) => anonymousQuery(request),
        }),
        {
          async requestDidStart() {
            return {
              async willSendResponse(request) {
                // whatever came of it, a mutation may have written: later reads start afresh
                if (request.operation?.operation === 'mutation') epoch.bump();
                else if (anonymousQuery(request)) lookups.inc({ result: request.metrics.responseCacheHit ? 'hit' : 'miss' });
              },
            };
          },
        },
      ];
    },
    close: () => keyv.disconnect(),
  };
}
