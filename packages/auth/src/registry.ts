/**
 * An agency's word on its own users, heard at its partners. Each agency subgraph keeps a registry
 * of its users (roles, active) and answers `GET /registry/self` for the caller whose bearer token
 * it receives. A partner that meets a user of agency X asks X's registry with the caller's own
 * Authorization header, and reuses the answer for `cacheMs`: a change in X's registry holds at
 * every partner within that bound. When X's registry is not configured, does not answer in time
 * or answers an error, the user cannot be confirmed: the partner treats the caller as unconfirmed
 * (fail closed), never as the token says.
 */
import { z } from 'zod';
import { DEFAULT_REGISTRY_CACHE_MS, registryVariable } from './env.ts';
import { type Identity, ROLES, type Role } from './identity.ts';

/** The path at which every agency subgraph answers for its own users. */
export const REGISTRY_PATH = '/registry/self';

/** What `GET /registry/self` answers: the home agency's entry of the calling user. */
export const registryAnswerSchema = z.object({
  agency: z.string(),
  user: z.string(),
  /** False when the registry has no entry for the user: then the token's roles hold. */
  listed: z.boolean(),
  active: z.boolean(),
  /** The roles that hold at home: the registry's when listed, else the token's. */
  roles: z.array(z.enum(ROLES)),
});
export type RegistryAnswer = z.infer<typeof registryAnswerSchema>;

/** The home registry's word on a user: confirmed (with its entry), or not confirmed (and why). */
export type RegistryWord =
  | {
      readonly confirmed: true;
      readonly agency: string;
      readonly listed: boolean;
      readonly active: boolean;
      readonly roles: readonly Role[];
    }
  | { readonly confirmed: false; readonly agency: string; readonly reason: string };

export interface RegistryClient {
  /** Asks the home registry of `identity` (verified already), sending the caller's own Authorization header. */
  lookup(identity: Identity, authorization: string | undefined): Promise<RegistryWord>;
  /** Agencies whose registry location is configured. */
  readonly agencies: readonly string[];
}

export interface RegistryClientOptions {
  /** How long an answer is reused, from the moment it was asked for (the staleness bound); 0: ask every time. */
  cacheMs?: number;
  /** A registry that has not answered within this is taken as not answering. */
  timeoutMs?: number;
  /** Longest time a failure (no answer, an error) is remembered, so that a dead registry is not asked on every request. */
  failureCacheMs?: number;
  /** Entries kept at most (the oldest go first). */
  maxEntries?: number;
  fetch?: typeof fetch;
  now?: () => number;
}

export const REGISTRY_TIMEOUT_MS = 2_000;
export const REGISTRY_FAILURE_CACHE_MS = 2_000;

/** The URL of an agency's `/registry/self`, from the base URL of its subgraph (a trailing `/graphql` is tolerated). */
export function registrySelfUrl(base: string): string {
  return `${base.replace(/\/+$/, '').replace(/\/graphql$/, '')}${REGISTRY_PATH}`;
}

/** `locations`: the base URL of each agency's subgraph, by agency code. */
export function createRegistryClient(locations: Record<string, string | undefined>, options: RegistryClientOptions = {}): RegistryClient {
  const cacheMs = options.cacheMs ?? DEFAULT_REGISTRY_CACHE_MS;
  const timeoutMs = options.timeoutMs ?? REGISTRY_TIMEOUT_MS;
  const failureMs = Math.min(cacheMs, options.failureCacheMs ?? REGISTRY_FAILURE_CACHE_MS);
  const maxEntries = options.maxEntries ?? 10_000;
  const doFetch = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const urls = new Map<string, string>();
  for (const [agency, base] of Object.entries(locations)) if (base) urls.set(agency, registrySelfUrl(base));
  const cache = new Map<string, { word: RegistryWord; until: number }>();
  const pending = new Map<string, Promise<RegistryWord>>();

  async function ask(identity: Identity, authorization: string | undefined): Promise<RegistryWord> {
    const agency = identity.agency;
    const unconfirmed = (reason: string): RegistryWord => ({ confirmed: false, agency, reason });
    const url = urls.get(agency);
    if (!url) return unconfirmed(`${registryVariable(agency)} is not configured here`);
    if (!authorization) return unconfirmed('the request carries no token to ask it with');
    let res: Response;
    try {
      // the caller's own token, to the home agency's configured address only; no redirects
      res = await doFetch(url, {
        headers: { authorization, accept: 'application/json' },
        redirect: 'error',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (e) {
      const err = e as Error;
      if (err.name === 'TimeoutError' || err.name === 'AbortError') return unconfirmed(`it did not answer within ${timeoutMs} ms`);
      return unconfirmed(`it could not be reached (${(err.cause as Error | undefined)?.message ?? err.message})`);
    }
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      return unconfirmed(`it answered HTTP ${res.status} without JSON`);
    }
    if (!res.ok) {
      const message = (body as { errors?: { message?: unknown }[] } | null)?.errors?.[0]?.message;
      return unconfirmed(`it answered HTTP ${res.status}${typeof message === 'string' ? `: ${message.slice(0, 200)}` : ''}`);
    }
    const parsed = registryAnswerSchema.safeParse(body);
    if (!parsed.success) return unconfirmed('its answer is not a registry entry');
    const answer = parsed.data;
    if (answer.agency !== agency || answer.user !== identity.user) {
      return unconfirmed(`it answered for ${answer.agency} user ${answer.user.slice(0, 200)}, not for the caller`);
    }
    return { confirmed: true, agency, listed: answer.listed, active: answer.active, roles: answer.roles };
  }

  return {
    agencies: [...urls.keys()],
    lookup(identity, authorization) {
      const key = `${identity.agency}\n${identity.user}`;
      const cached = cache.get(key);
      if (cached && cached.until > now()) return Promise.resolve(cached.word);
      let answer = pending.get(key);
      if (!answer) {
        // the bound counts from the moment of asking: the registry read its entry after that
        const asked = now();
        answer = ask(identity, authorization)
          .catch((e: unknown): RegistryWord => ({ confirmed: false, agency: identity.agency, reason: `the lookup failed (${String(e)})` }))
          .then((word) => {
            cache.delete(key);
            const keep = word.confirmed ? cacheMs : failureMs;
            if (keep > 0) {
              if (cache.size >= maxEntries) {
                const t = now();
                for (const [k, v] of cache) if (v.until <= t) cache.delete(k);
                while (cache.size >= maxEntries) cache.delete(cache.keys().next().value as string);
              }
              cache.set(key, { word, until: asked + keep });
            }
            return word;
          })
          .finally(() => pending.delete(key));
        pending.set(key, answer);
      }
      return answer;
    },
  };
}
