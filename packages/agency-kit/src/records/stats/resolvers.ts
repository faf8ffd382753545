/**
 * The agency's share of each statistics entity (`ProjectStats`, ...): its `abcProjectStats` field,
 * read from the entity's key (the list's filter, checked as the list checks it).
 */
import { type AgencyEntry, agencyNames, readSearchKey, STATS } from '@ssc/contract';
import { withInput } from '@ssc/server-kit';
import { type GraphQLResolveInfo, isInputType } from 'graphql';
import type { AgencyContext } from '../../context.ts';
import type { CountCache, Db } from '../../query.ts';
import { type StatsFilters, statsPart } from './service.ts';

export function statsResolvers(agency: AgencyEntry, db: Db, counts: CountCache) {
  const n = agencyNames(agency);
  const out: Record<string, { __resolveReference: (r: unknown, ctx: AgencyContext, info: GraphQLResolveInfo) => Promise<unknown> }> = {};
  for (const { kind, type, filter } of STATS) {
    out[type] = {
      __resolveReference: async (r, ctx, info) => {
        // the key may come from anyone who reaches this subgraph: checked as the list's arguments are
        const filterType = info.schema.getType(filter);
        const search = withInput(() => readSearchKey<StatsFilters[typeof kind]>(kind, r, isInputType(filterType) ? filterType : undefined));
        return {
          key: search.key,
          [n.statsField(kind)]: await statsPart(kind, db, agency, search.filter, ctx.reader?.agency ?? null, counts),
        };
      },
    };
  }
  return out;
}
