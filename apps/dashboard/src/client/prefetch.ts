/**
 * The first view's question, sent by the entry before the application's JavaScript has even
 * loaded; Apollo's link (apollo.ts) takes its answer instead of asking again. Only the overview
 * has one: its query has no variables.
 */
import { print } from 'graphql';
import { OverviewDocument } from './gql/graphql.ts';
import { fetchPersisted } from './persisted.ts';
import { currentToken } from './session.ts';

interface Prefetched {
  readonly operationName: string;
  readonly token: string | null;
  readonly answer: Promise<unknown | null>;
}

let prefetched: Prefetched | undefined;

export function prefetchFirstView(path: string): void {
  if (path !== '/') return;
  const token = currentToken();
  const answer = fetchPersisted(print(OverviewDocument), 'Overview', {}, token ? { authorization: `Bearer ${token}` } : {})
    .then((res) => (res.ok ? (res.json() as Promise<unknown>) : null))
    .catch(() => null);
  prefetched = { operationName: 'Overview', token, answer };
}

/** The prefetched answer of this operation, once (null: ask the server as usual). */
export function takePrefetched(
  operationName: string,
  variables: Record<string, unknown>,
  token: string | null,
): Promise<unknown | null> | null {
  const hit = prefetched;
  if (!hit || hit.operationName !== operationName || hit.token !== token || Object.keys(variables).length) return null;
  prefetched = undefined;
  return hit.answer;
}
