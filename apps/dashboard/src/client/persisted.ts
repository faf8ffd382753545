/**
 * Persisted queries: the dashboard asks by the query's SHA-256 with GET, which a browser or a CDN
 * may cache (the gateway's Cache-Control says how long); the gateway learns an unknown hash from
 * one POST with the query. Hashing needs Web Crypto, which browsers give secure origins only
 * (https, localhost): elsewhere the dashboard POSTs whole queries as before.
 */
export const canPersist = typeof crypto !== 'undefined' && crypto.subtle !== undefined;

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** GraphQL over HTTP's GET: Apollo Server refuses a GET without this header (CSRF prevention). */
export const PREFLIGHT = { 'apollo-require-preflight': 'true' } as const;

/** Asks `/graphql` for a persisted query by GET; registers it with a POST when the gateway does not know the hash. */
export async function fetchPersisted(
  query: string,
  operationName: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<Response> {
  const post = (extensions?: unknown) =>
    fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ operationName, variables, query, ...(extensions ? { extensions } : {}) }),
    });
  if (!canPersist) return post();
  const extensions = { persistedQuery: { version: 1, sha256Hash: await sha256Hex(query) } };
  const search = new URLSearchParams({ operationName, variables: JSON.stringify(variables), extensions: JSON.stringify(extensions) });
  const byHash = await fetch(`/graphql?${search}`, { headers: { ...PREFLIGHT, ...headers } });
  if (byHash.ok) {
    const copy = byHash.clone();
    const body = (await copy.json().catch(() => null)) as { errors?: { extensions?: { code?: string } }[] } | null;
    if (body?.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) return post(extensions);
  }
  return byHash;
}
