/**
 * The authorization matrix shared by the trust tests: callers (a role of an agency, anonymous,
 * a forged token) and a runner that sends each mutation as each caller and checks that allowed
 * calls are audited and refused ones change nothing.
 */
import { issueToken, type Role, readPrivateKey } from '@ssc/auth';
import { createDatabase, type Database } from '@ssc/db';
import { afterAll, expect, it } from 'vitest';
import type { TestFederation } from './federation.ts';

export type Caller = { name: string; token: () => Promise<string | null> };

export function callers(federation: () => TestFederation) {
  return {
    as: (agency: string, ...roles: Role[]): Caller => ({
      name: `${agency} ${roles.join('+') || 'no role'}`,
      token: () => federation().token(agency, roles),
    }),
    ANONYMOUS: { name: 'anonymous', token: async () => null } as Caller,
    /** Claims to be ABC's admin, signed with JICA's key. */
    FORGED: {
      name: 'forged (ABC claims, JICA key)',
      token: () =>
        issueToken(readPrivateKey(federation().keysDir, 'JICA'), {
          agency: 'ABC',
          user: 'mallory',
          roles: ['admin', 'officer', 'evaluator'],
        }),
    } as Caller,
  };
}

/**
 * Counts the entries of an agency's audit log, read from its database (however many there are);
 * call at the top of a test file, after `useFederation`.
 */
export function useAuditCount(federation: () => TestFederation, subgraph = 'abc'): () => Promise<number> {
  let database: Database<{ audit_log: { id: number } }> | undefined;
  afterAll(async () => {
    await database?.close();
  });
  return async () => {
    database ??= createDatabase({ connectionString: federation().databaseUrls[subgraph] as string, poolMax: 2 });
    const row = await database.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
}

export interface MatrixCase<K extends string> {
  mutation: K;
  /** Fresh arguments for one call. */
  args: () => Promise<Record<string, unknown>>;
  allowed: Caller[];
  /** Callers refused, with the error code each gets. */
  refused: [Caller, string][];
  /** Audit entries one accepted call writes (default 1). */
  audits?: number;
}

export const errorCode = (res: { errors?: { extensions?: Record<string, unknown> }[] | undefined }) =>
  res.errors?.[0]?.extensions?.code ?? 'OK';

/** One test per case and caller. */
export function authorizationMatrix<K extends string>(
  federation: () => TestFederation,
  mutations: Record<K, string>,
  cases: MatrixCase<K>[],
  auditCount: () => Promise<number>,
): void {
  for (const c of cases) {
    for (const caller of c.allowed) {
      it(`${c.mutation}: ${caller.name} may, and the change is audited`, async () => {
        const args = await c.args();
        const before = await auditCount();
        const res = await federation().as(await caller.token(), mutations[c.mutation], args);
        expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
        expect(await auditCount()).toBe(before + (c.audits ?? 1));
      });
    }
    for (const [caller, expected] of c.refused) {
      it(`${c.mutation}: ${caller.name} is refused with ${expected}, and nothing changes`, async () => {
        const args = await c.args();
        const before = await auditCount();
        const res = await federation().as(await caller.token(), mutations[c.mutation], args);
        expect(errorCode(res)).toBe(expected);
        expect(res.errors?.[0]?.message.length).toBeGreaterThan(10);
        expect(await auditCount()).toBe(before);
      });
    }
  }
}
