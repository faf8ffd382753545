/**
 * The one test helper that starts a federation: fresh databases for the test file on the run's
 * PostgreSQL server (migrated and seeded), then every subgraph and the gateway through the
 * same `startFederation` that `npm start` uses.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDevKeys, issueToken, jwksVariable, type Role, readPrivateKey } from '@ssc/auth';
import { AGENCIES, NETWORK } from '@ssc/contract';
import { dropDatabase } from '@ssc/db';
import { postGraphQL } from '@ssc/server-kit';
import { prepareDatabases, type RunningFederation, startFederation } from '@ssc/stack';
import { freePort } from '@ssc/testing';
import { afterAll, beforeAll, inject } from 'vitest';

export interface TestFederationOptions {
  mode?: 'in-process' | 'processes';
  /** A PostgreSQL server of the test's own (default: the test run's shared one). */
  adminUrl?: string;
  seedProjects?: number;
  env?: Record<string, string>;
}

export interface TestFederation extends RunningFederation {
  /** A token of a user of `agency` with `roles`, signed with that agency's test key. */
  token(agency: string, roles: Role[], user?: string): Promise<string>;
  /** Database URL by agency subgraph name. */
  readonly databaseUrls: Record<string, string>;
  /** The folder holding every agency's test keys (JWKS files and private keys). */
  readonly keysDir: string;
  /** POSTs to the gateway, with `token` as the bearer when given. */
  as<T = Record<string, unknown>>(
    token: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ): ReturnType<typeof postGraphQL<T>>;
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{
    status: number;
    data?: T | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  }>;
}

export async function startTestFederation(
  options: TestFederationOptions = {},
): Promise<TestFederation & { dropDatabases(): Promise<void> }> {
  const adminUrl = options.adminUrl ?? inject('adminDatabaseUrl');
  const prefix = `f_${randomBytes(3).toString('hex')}_`;
  const databaseUrls = await prepareDatabases({ adminUrl, databasePrefix: prefix, seedProjects: options.seedProjects ?? 60 });
  const mode = options.mode ?? 'in-process';
  const names = [...AGENCIES.map((a) => a.subgraph), NETWORK.subgraph, 'gateway'];
  const ports: Record<string, number> = {};
  for (const name of names) ports[name] = mode === 'processes' ? await freePort() : 0;
  const keysDir = mkdtempSync(join(tmpdir(), 'ssc-test-keys-'));
  const jwks = await ensureDevKeys(keysDir);
  const env = { ...Object.fromEntries(Object.entries(jwks).map(([a, file]) => [jwksVariable(a), file])), ...options.env };
  const federation = await startFederation({ databaseUrls, mode, ports, logLevel: 'silent', output: 'ignore', env });
  return {
    ...federation,
    keysDir,
    databaseUrls,
    query: (q, variables) => postGraphQL(federation.gatewayUrl, q, variables),
    as: (token, q, variables) => postGraphQL(federation.gatewayUrl, q, variables, token ? { authorization: `Bearer ${token}` } : {}),
    token: (agency, roles, user = `${agency.toLowerCase()}-${roles.join('-') || 'none'}`) =>
      issueToken(readPrivateKey(keysDir, agency), { agency, user, roles }),
    async dropDatabases() {
      rmSync(keysDir, { recursive: true, force: true });
      await Promise.all(Object.keys(databaseUrls).map((s) => dropDatabase(adminUrl, `${prefix}${s}`)));
    },
  };
}

/** A federation for the current test file, started before its tests and stopped after. */
export function useFederation(options: TestFederationOptions = {}): () => TestFederation {
  let federation: Awaited<ReturnType<typeof startTestFederation>> | undefined;
  beforeAll(async () => {
    federation = await startTestFederation(options);
  }, 120_000);
  afterAll(async () => {
    await federation?.stop();
    await federation?.dropDatabases();
  }, 60_000);
  return () => {
    if (!federation) throw new Error('the federation runs only inside tests');
    return federation;
  };
}
