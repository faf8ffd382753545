/** The agency's audit log, for its own admins only. */
import { agencyNames } from '@ssc/contract';
import type { AgencyContext } from '../../context.ts';
import { effectiveIdentity } from '../../identity.ts';
import { answering } from '../../resolver-kit.ts';
import type { Deps } from '../common.ts';
import { type AuditLogArgs, auditLog } from './service.ts';

export function auditQueries(deps: Pick<Deps, 'agency' | 'db'>) {
  return {
    [agencyNames(deps.agency).query.auditLog]: answering(async (_: unknown, a: AuditLogArgs, ctx: AgencyContext) => {
      const { page, hasNextPage, endCursor } = await auditLog(deps, effectiveIdentity(deps.agency, ctx), a);
      return {
        nodes: page.map((r) => ({
          id: String(r.id),
          at: r.at,
          user: r.actor_user,
          agency: r.actor_agency,
          requestId: r.request_id,
          clientRequestId: r.client_request_id,
          action: r.action,
          recordId: r.record_id,
          before: r.before == null ? null : JSON.stringify(r.before),
          after: r.after == null ? null : JSON.stringify(r.after),
        })),
        pageInfo: { hasNextPage, endCursor },
      };
    }),
  };
}
