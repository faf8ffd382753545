/** The agency's audit log, for its own admins only. */
import { InputError, MAX_PAGE_SIZE } from '@ssc/contract';
import type { AgencyContext } from '../../context.ts';
import { BadInput } from '../../errors.ts';
import { effectiveIdentity, requireRole } from '../../identity.ts';
import { answering } from '../../resolver-kit.ts';
import type { Deps } from '../common.ts';
import { auditEntries } from './repository.ts';

type Args = { recordId?: string | null; first?: number | null; after?: string | null };

export function auditQueries({ agency, db }: Pick<Deps, 'agency' | 'db'>) {
  return {
    [`${agency.subgraph}AuditLog`]: answering(async (_: unknown, a: Args, ctx: AgencyContext) => {
      const identity = effectiveIdentity(agency, ctx);
      requireRole(identity, agency.code, ['admin'], 'reading the audit log');
      const first = a.first ?? 50;
      if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE)
        throw new InputError('first', `first must be between 0 and ${MAX_PAGE_SIZE}`);
      const decoded = a.after ? Buffer.from(a.after, 'base64url').toString('utf8') : null;
      if (decoded !== null && !/^\d{1,15}$/.test(decoded)) throw new BadInput('after is not a cursor this list gave out', 'after');
      const rows = await auditEntries(db, { recordId: a.recordId, first, afterId: decoded === null ? null : Number(decoded) });
      const page = rows.slice(0, first);
      const last = page.at(-1);
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
        pageInfo: { hasNextPage: rows.length > first, endCursor: last ? Buffer.from(String(last.id)).toString('base64url') : null },
      };
    }),
  };
}
