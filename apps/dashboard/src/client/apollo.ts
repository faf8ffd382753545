import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client/core';
import { currentToken } from './auth.tsx';
import possibleTypes from './gql/possible-types.ts';

const auth = new ApolloLink((operation, forward) => {
  const token = currentToken();
  if (token)
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, authorization: `Bearer ${token}` },
    }));
  return forward(operation);
});

export function createClient() {
  return new ApolloClient({
    link: auth.concat(new HttpLink({ uri: '/graphql' })),
    cache: new InMemoryCache({ possibleTypes: possibleTypes.possibleTypes }),
    // an agency that is down leaves errors next to the rest of the data: show both
    defaultOptions: { watchQuery: { errorPolicy: 'all' }, query: { errorPolicy: 'all' } },
  });
}
