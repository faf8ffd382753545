/** What the record kinds' resolvers share: the acting caller, reloading a written record, error mapping. */
import type { AgencyEntry } from '@ssc/contract';
import type { AgencyContext } from './context.ts';
import { effectiveIdentity } from './identity.ts';
import type { Actor } from './unit-of-work.ts';

export { answering } from './graphql-errors.ts';

/** The caller as a write acts: its effective identity (its registry's word applied) and the request. */
export const actorOf = (agency: AgencyEntry, ctx: AgencyContext): Actor => ({
  identity: effectiveIdentity(agency, ctx),
  requestId: ctx.requestId,
  clientRequestId: ctx.clientRequestId,
});

/** A record just written, as the caller now sees it. */
export function reload(ctx: AgencyContext, loader: 'project' | 'institution' | 'evaluation' | 'request' | 'expert' | 'lesson', id: string) {
  ctx.loaders[loader].clear(id);
  return ctx.loaders[loader].load(id);
}
