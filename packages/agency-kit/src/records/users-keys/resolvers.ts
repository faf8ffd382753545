/** The mutations and queries of the agency's registry of users and signing keys. */
import { agencyNames, type Own } from '@ssc/contract';
import type { AgencyContext } from '../../context.ts';
import { effectiveIdentity } from '../../identity.ts';
import { actorOf, answering } from '../../resolver-kit.ts';
import type { Deps } from '../common.ts';
import { type KeyRow, keyByKid, keysInOrder, type UserRow, userById } from './repository.ts';
import { addSigningKey, listUsers, retireSigningKey, setUser } from './service.ts';

const userGraph = (r: UserRow) => ({
  user: r.user_id,
  roles: r.roles.map((x) => x.toUpperCase()),
  active: r.active,
  updatedAt: r.updated_at,
});

const keyGraph = (r: KeyRow) => ({
  kid: r.kid,
  jwk: JSON.stringify(r.jwk),
  addedAt: r.added_at,
  retiredAt: r.retired_at,
});

export function usersKeysMutations(deps: Deps) {
  const { agency, db } = deps;
  return {
    [agencyNames(agency).mutation.setUser]: answering(async (_: unknown, a: Own.MutationSetOwnUserArgs, ctx: AgencyContext) => {
      await setUser(deps, actorOf(agency, ctx), a);
      return userGraph(await userById(db, a.user));
    }),
    [agencyNames(agency).mutation.addSigningKey]: answering(async (_: unknown, a: Own.MutationAddOwnSigningKeyArgs, ctx: AgencyContext) =>
      keyGraph(await keyByKid(db, await addSigningKey(deps, actorOf(agency, ctx), a.jwk))),
    ),
    [agencyNames(agency).mutation.retireSigningKey]: answering(
      async (_: unknown, a: Own.MutationRetireOwnSigningKeyArgs, ctx: AgencyContext) => {
        await retireSigningKey(deps, actorOf(agency, ctx), a.kid);
        return keyGraph(await keyByKid(db, a.kid));
      },
    ),
  };
}

export function usersKeysQueries(deps: Pick<Deps, 'agency' | 'db'>) {
  const { agency, db } = deps;
  return {
    [agencyNames(agency).query.users]: answering(async (_: unknown, __: unknown, ctx: AgencyContext) => {
      return (await listUsers(deps, effectiveIdentity(agency, ctx))).map(userGraph);
    }),
    [agencyNames(agency).query.signingKeys]: async () => (await keysInOrder(db)).map(keyGraph),
  };
}
