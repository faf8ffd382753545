/**
 * Cache hints (Apollo's cache-control): an anonymous query's answer is public data, reusable
 * for `CACHE_MAX_AGE` seconds; an answer to a caller with a token may hold what only that caller
 * sees (drafts, contacts), and a mutation's is never reused. Every field of an answer is of one
 * kind, so the whole answer's policy is set before execution starts: Apollo's plugin then skips
 * its field-by-field hints (a cost on every resolved field) and only writes `Cache-Control`.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/** Whether a request's answer may be kept for others: a query with no credentials. */
export function isPublicRead(operation: string | undefined, authorization: string | undefined | null): boolean {
  return operation === 'query' && !authorization;
}

/** The plugins that put `Cache-Control` on a server's answers (`publicMaxAge` 0: none, answers are `no-store`). */
export function cacheHints<C extends BaseContext>(publicMaxAge: number): ApolloServerPlugin<C>[] {
  if (publicMaxAge <= 0) return [ApolloServerPluginCacheControlDisabled()];
  return [
    ApolloServerPluginCacheControl({ defaultMaxAge: publicMaxAge }),
    {
      async requestDidStart() {
        return {
          async didResolveOperation({ operation, overallCachePolicy, request }) {
            if (isPublicRead(operation?.operation, request.http?.headers.get('authorization')))
              overallCachePolicy.restrict({ maxAge: publicMaxAge, scope: 'PUBLIC' });
            else overallCachePolicy.restrict({ maxAge: 0 });
          },
        };
      },
    },
  ];
}
