import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client/core';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { Observable } from '@apollo/client/utilities';
import possibleTypes from './gql/possible-types.ts';
import { canPersist, PREFLIGHT, sha256Hex } from './persisted.ts';
import { takePrefetched } from './prefetch.ts';
import { currentToken } from './session.ts';

const auth = new ApolloLink((operation, forward) => {
  const token = currentToken();
  operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
    headers: { ...headers, ...PREFLIGHT, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  }));
  return forward(operation);
});

/** Queries asked by hash with GET (see persisted.ts); mutations go whole, by POST. */
const persisted = canPersist ? [createPersistedQueryLink({ sha256: sha256Hex, useGETForHashedQueries: true })] : [];

/** The answer the entry already asked for, when this is that question (else the request goes out). */
const prefetched = new ApolloLink((operation, forward) => {
  const answer = takePrefetched(operation.operationName, operation.variables, currentToken());
  if (!answer) return forward(operation);
  return new Observable((observer) => {
    let inner: { unsubscribe(): void } | undefined;
    answer.then((result) => {
      if (result) {
        observer.next(result as never);
        observer.complete();
      } else inner = forward(operation).subscribe(observer);
    });
    return () => inner?.unsubscribe();
  });
});

export function createClient() {
  return new ApolloClient({
    link: ApolloLink.from([prefetched, auth, ...persisted, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache({ possibleTypes: possibleTypes.possibleTypes }),
    // an agency that is down leaves errors next to the rest of the data: show both
    defaultOptions: { watchQuery: { errorPolicy: 'all' }, query: { errorPolicy: 'all' } },
  });
}
