/** The rules of reading the audit log: the agency's admins only, newest first, a page at a time. */
import type { Identity } from '@ssc/auth';
import { InputError, MAX_PAGE_SIZE } from '@ssc/contract';
import { BadInput } from '../../errors.ts';
import { requireRole } from '../../identity.ts';
import type { Deps } from '../common.ts';
import { auditEntries } from './repository.ts';

export type AuditLogArgs = { recordId?: string | null; first?: number | null; after?: string | null };

/** A page of the log (of one record when `recordId` is given), after the cursor `after`. */
export async function auditLog({ agency, db }: Pick<Deps, 'agency' | 'db'>, identity: Identity, a: AuditLogArgs) {
  requireRole(identity, agency.code, ['admin'], 'reading the audit log');
  const first = a.first ?? 50;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE)
    throw new InputError('first', `first must be between 0 and ${MAX_PAGE_SIZE}`);
  const decoded = a.after ? Buffer.from(a.after, 'base64url').toString('utf8') : null;
  if (decoded !== null && !/^\d{1,15}$/.test(decoded)) throw new BadInput('after is not a cursor this list gave out', 'after');
  const rows = await auditEntries(db, { recordId: a.recordId, first, afterId: decoded === null ? null : Number(decoded) });
  const page = rows.slice(0, first);
  const last = page.at(-1);
  return { page, hasNextPage: rows.length > first, endCursor: last ? Buffer.from(String(last.id)).toString('base64url') : null };
}
