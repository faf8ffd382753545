/**
 * The command line of every agency subgraph (run by the generic entry point `main.ts`):
 *   start (default)   serve the subgraph
 *   migrate           run pending migrations
 *   seed [N]          store the facts and N generated projects (default SEED_PROJECTS)
 *   schema            print the subgraph's SDL
 *   iati import FILE [--skip-invalid] | iati export [FILE]   (iati/cli.ts)
 */
import { createDatabase } from '@ssc/db';
import { onShutdown, startTracing } from '@ssc/server-kit';
import type { AgencyDefinition } from './agency.ts';
import { type AgencyEnv, loadAgencyEnv } from './env.ts';
import { runIati } from './iati/cli.ts';
import { describeCounts } from './seed/write.ts';
import type { AgencyDatabase } from './tables.ts';

export async function runAgencyCli(
  def: AgencyDefinition,
  loadEnv: () => AgencyEnv = () => loadAgencyEnv(def.agency, process.env),
  argv: string[] = process.argv.slice(2),
): Promise<void> {
  const [command = 'start', arg] = argv;
  if (command === 'schema') {
    process.stdout.write(def.typeDefs);
    return;
  }
  const env = loadEnv();
  if (command === 'migrate' || command === 'seed') {
    const database = createDatabase<AgencyDatabase>({ connectionString: env.DATABASE_URL, poolMax: 2 });
    try {
      const { applied } = await def.migrate(database.db);
      console.log(`${def.agency.code}: ${applied.length ? `applied ${applied.join(', ')}` : 'no pending migrations'}`);
      if (command === 'seed') {
        const counts = await def.seed(database.db, { projects: arg ? Number(arg) : env.SEED_PROJECTS });
        console.log(`${def.agency.code}: seeded ${describeCounts(counts)} (existing records kept)`);
      }
    } finally {
      await database.close();
    }
    return;
  }
  if (command === 'iati') {
    process.exitCode = await runIati(def, env.DATABASE_URL, argv.slice(1));
    return;
  }
  if (command !== 'start') throw new Error(`unknown command "${command}": use start, migrate, seed [N], schema or iati`);
  const stopTracing = startTracing(def.agency.subgraph, env.OTEL_EXPORTER_OTLP_ENDPOINT);
  const server = await def.start(env);
  onShutdown(server.logger, () => server.stop().then(stopTracing));
}
