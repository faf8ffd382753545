/**
 * `npm run doctor` (issue 14): on a healthy federation every check passes; a deployment with an
 * agency unreachable, an agency whose database lacks a migration, and keys that cannot be read
 * gets each problem named in words.
 */
import { jwksFile, jwksVariable } from '@ssc/auth';
import { AGENCIES } from '@ssc/contract';
import { createDatabase } from '@ssc/db';
import { loadGatewayEnv, subgraphUrlEnv } from '@ssc/gateway';
import { checkDeployment, report } from '@ssc/stack';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useFederation } from './federation.ts';

const federation = useFederation({ seedProjects: 3 });

const envOf = (overrides: Record<string, string> = {}) => {
  const jwks = Object.fromEntries(AGENCIES.map((a) => [jwksVariable(a.code), jwksFile(federation().keysDir, a.code)]));
  return loadGatewayEnv({ ...subgraphUrlEnv(federation().subgraphUrls), ...jwks, ...overrides });
};

describe('npm run doctor', () => {
  it('finds nothing wrong with a healthy federation', async () => {
    const findings = await checkDeployment(envOf());
    expect(
      findings.filter((f) => !f.ok),
      report(findings),
    ).toEqual([]);
    for (const a of AGENCIES) {
      const mine = findings.filter((f) => f.subject === a.subgraph).map((f) => f.message);
      expect(mine.join('\n')).toMatch(/reachable and ready/);
      expect(mine.join('\n')).toMatch(/serves the SDL committed/);
      expect(mine.join('\n')).toMatch(/every migration of this release/);
      expect(mine.join('\n')).toMatch(/clock is within 60 s/);
    }
  });

  it('names an unreachable agency, a missing migration and unreadable keys, in words', async () => {
    const [abc, jica] = AGENCIES;
    const unossc = AGENCIES[2] ?? abc;
    const database = createDatabase({ connectionString: federation().databaseUrls[jica.subgraph] ?? '', poolMax: 1 });
    const last = (await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(database.db)).rows[0];
    await sql`delete from kysely_migration where name = ${last?.name ?? ''}`.execute(database.db);
    try {
      const findings = await checkDeployment(
        envOf({ [`${abc.code}_URL`]: 'http://127.0.0.1:9/graphql', [jwksVariable(unossc.code)]: '/nonexistent/unossc.jwks.json' }),
      );
      const problems = findings.filter((f) => !f.ok);
      const text = report(findings);
      expect(problems.find((f) => f.subject === abc.subgraph)?.message).toMatch(
        /not reachable at http:\/\/127\.0\.0\.1:9\/graphql.*ABC_URL/,
      );
      expect(problems.find((f) => f.subject === jica.subgraph)?.message).toMatch(/lacks migrations of this release/);
      expect(problems.find((f) => f.subject === unossc.code)?.message).toMatch(/names a file that does not exist/);
      expect(problems).toHaveLength(3);
      expect(text).toMatch(/3 problem\(s\) found/);
    } finally {
      await sql`insert into kysely_migration (name, timestamp) values (${last?.name ?? ''}, ${new Date().toISOString()})`.execute(
        database.db,
      );
      await database.close();
    }
  });
});
