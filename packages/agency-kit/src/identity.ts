/**
 * Who the caller is, in one place: the verified token, its home agency's registry entry (this
 * agency's own table for its users, the partner's word for theirs), the identity a write acts
 * with and the one a read sees with. Never trusted from the gateway: checked here.
 */
import { hasRole, type Identity, REGISTRY_PATH, type RegistryAnswer, type RegistryClient, ROLES, type Role } from '@ssc/auth';
import type { AgencyEntry } from '@ssc/contract';
import { type Route, routeError } from '@ssc/server-kit';
import { Forbidden, Unauthenticated } from './errors.ts';
import type { Db } from './query.ts';
import { userEntry } from './records/users-keys/repository.ts';

/**
 * What a registry says of the caller, resolved once per request when its context is made: the
 * entry of its home agency's registry when that registry lists the user (its roles replace the
 * token's, and `active: false` means the user may do nothing), or `unconfirmed` when the home
 * registry of a partner's user could not be asked or did not answer (fail closed). Null: an
 * anonymous caller, or a user its home registry does not list (the token's roles hold).
 */
export type RegistryEntry =
  | { readonly status: 'listed'; readonly agency: string; readonly roles: readonly Role[]; readonly active: boolean }
  | { readonly status: 'unconfirmed'; readonly agency: string; readonly reason: string }
  | null;

/** What identity checks read of a request's context. */
export interface Caller {
  readonly identity: Identity | null;
  readonly registry: RegistryEntry;
}

const isRole = (r: string): r is Role => (ROLES as readonly string[]).includes(r);

/** This agency's own entry of one of its users, from its `agency_users`. */
async function ownEntry(db: Db, user: string) {
  const row = await userEntry(db, user);
  return row ? { roles: row.roles.filter(isRole), active: row.active } : null;
}

export function requireIdentity(caller: Caller): Identity {
  if (!caller.identity) throw new Unauthenticated('this mutation needs a bearer token (Authorization: Bearer <token>)');
  return caller.identity;
}

/** The caller must belong to `agency` and hold one of `roles`. */
export function requireRole(identity: Identity, agency: string, roles: readonly Role[], what: string): void {
  if (identity.agency !== agency) {
    throw new Forbidden(`${what}: a user of ${identity.agency} may not do this at ${agency}; only ${agency}'s ${roles.join(' or ')} may`);
  }
  if (!hasRole(identity, ...roles))
    throw new Forbidden(`${what} needs the role ${roles.join(' or ')}; the token has ${identity.roles.join(', ') || 'none'}`);
}

/**
 * The caller's registry entry: this agency's own table for its own users; for a partner's user,
 * the word of the user's home registry (`registries`, cached there for REGISTRY_CACHE_MS), asked
 * with the caller's own Authorization header.
 */
export async function registryEntry(
  agency: AgencyEntry,
  db: Db,
  identity: Identity | null,
  registries: RegistryClient,
  authorization: string | undefined,
): Promise<RegistryEntry> {
  if (!identity) return null;
  if (identity.agency === agency.code) {
    const own = await ownEntry(db, identity.user);
    return own && { status: 'listed', agency: agency.code, ...own };
  }
  const word = await registries.lookup(identity, authorization);
  if (!word.confirmed) return { status: 'unconfirmed', agency: word.agency, reason: word.reason };
  return word.listed ? { status: 'listed', agency: word.agency, roles: word.roles, active: word.active } : null;
}

/**
 * `GET /registry/self`: this agency's word on the calling user, for its partners. The caller
 * sends its own token of this agency; a partner asks with it (see @ssc/auth's registry client).
 */
export function registrySelf(agency: AgencyEntry, db: Db): Route {
  const refusal = (status: number, code: string, message: string) => routeError(status, message, { code });
  return async ({ identity }) => {
    if (!identity) {
      return refusal(401, 'UNAUTHENTICATED', `${REGISTRY_PATH} needs the bearer token of a user of ${agency.code}, about whom it answers`);
    }
    if (identity.agency !== agency.code) {
      return refusal(
        403,
        'FORBIDDEN',
        `${agency.code}'s registry answers only for ${agency.code}'s own users; a user of ${identity.agency} is answered for by ${identity.agency}'s registry`,
      );
    }
    const own = await ownEntry(db, identity.user);
    const answer: RegistryAnswer = {
      agency: agency.code,
      user: identity.user,
      listed: own !== null,
      active: own?.active ?? true,
      roles: own ? own.roles : [...identity.roles],
    };
    return answer;
  };
}

/**
 * The caller as this agency sees it, by the same rules for its own users and for its partners':
 * the home registry's roles (when it lists the user) replace the token's; a deactivated user may
 * do nothing (FORBIDDEN); a partner's user whose home registry could not confirm it may write
 * nothing either (UNAUTHENTICATED: the token alone is not enough here, as if there were none).
 */
export function effectiveIdentity(agency: AgencyEntry, caller: Caller): Identity {
  const identity = requireIdentity(caller);
  const entry = caller.registry;
  if (!entry) return identity;
  if (entry.status === 'unconfirmed') {
    throw new Unauthenticated(
      `${entry.agency}'s registry could not confirm user ${identity.user} (${entry.reason}); ${agency.code} accepts no writes by ${entry.agency}'s users until it can`,
      { registry: entry.agency },
    );
  }
  if (!entry.active) throw new Forbidden(`user ${identity.user} is deactivated in ${entry.agency}'s registry`, { registry: entry.agency });
  return { ...identity, roles: entry.roles };
}

/**
 * The caller as reads see it: a user whom its home registry lists as deactivated, or whom it
 * could not confirm, reads as an anonymous caller (no drafts, no contacts, no unpublished
 * lessons), whatever its token says.
 */
export const readerIdentity = (identity: Identity | null, registry: RegistryEntry): Identity | null =>
  registry && (registry.status === 'unconfirmed' || !registry.active) ? null : identity;
