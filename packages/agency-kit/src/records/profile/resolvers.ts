/** The profile's mutation and query of the agency's schema. */
import { agencyNames, type Own, REPRESENTATIONS } from '@ssc/contract';
import type { AgencyContext } from '../../context.ts';
import { profileToGraph } from '../../cycle-mapping.ts';
import { BadInput } from '../../errors.ts';
import { actorOf, answering } from '../../resolver-kit.ts';
import type { Deps } from '../common.ts';
import { profileOf } from './repository.ts';
import { setProfile } from './service.ts';

export function profileMutations(deps: Deps) {
  const { agency, db } = deps;
  return {
    [agencyNames(agency).mutation.setAgencyProfile]: answering(
      async (_: unknown, a: Own.MutationSetOwnAgencyProfileArgs, ctx: AgencyContext) => {
        await setProfile(deps, actorOf(agency, ctx), a);
        return profileToGraph(agency, await profileOf(db));
      },
    ),
  };
}

/** The profile's query and its entity type. */
export function profileResolvers({ agency, db }: Pick<Deps, 'agency' | 'db'>) {
  const n = agencyNames(agency);
  return {
    query: { [n.query.profile]: async () => profileToGraph(agency, await profileOf(db)) },
    types: {
      AgencyProfile: { __resolveType: () => n.type('AgencyProfile') },
      [n.type('AgencyProfile')]: {
        __resolveReference: answering(async (r: { code?: unknown } | null) => {
          if (r?.code !== agency.code) {
            throw new BadInput(
              `a representation of ${n.type('AgencyProfile')} has a bad code (${JSON.stringify(r?.code ?? null)?.slice(0, 40)}): it must be "${agency.code}"`,
              REPRESENTATIONS,
            );
          }
          return profileToGraph(agency, await profileOf(db));
        }),
      },
    },
  };
}
