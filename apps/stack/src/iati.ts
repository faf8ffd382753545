/**
 * `npm run iati -- import FILE --agency CODE [--skip-invalid]` and `npm run iati -- export [FILE] --agency CODE`:
 * an agency's IATI file into or out of its database on `npm start`'s PostgreSQL (or DATABASE_URL's).
 */
import { type AgencyDatabase, runIati } from '@ssc/agency-kit';
import { agencyDefinition, agencyNamed } from '@ssc/agency-kit/discover';
import { createDatabase, ensureDatabase, serverUrl } from '@ssc/db';
import { openCluster } from './cluster.ts';
import { loadStackEnv } from './env.ts';

const env = loadStackEnv();
const argv = process.argv.slice(2);
const flag = argv.findIndex((a) => a === '--agency' || a.startsWith('--agency='));
const name = flag < 0 ? undefined : argv[flag]?.includes('=') ? argv[flag]?.split('=')[1] : argv[flag + 1];
if (flag >= 0) argv.splice(flag, argv[flag]?.includes('=') ? 1 : 2);
if (!name) {
  console.error('usage: npm run iati -- import FILE --agency CODE [--skip-invalid] | npm run iati -- export [FILE] --agency CODE');
  process.exit(2);
}
let def: Awaited<ReturnType<typeof agencyDefinition>>;
try {
  def = await agencyDefinition(agencyNamed(name));
} catch (err) {
  console.error((err as Error).message);
  process.exit(2);
}
const cluster = await openCluster(env);
try {
  // the agency's database as `npm start` names it, created and migrated when it is not yet
  const name = `ssc_${def.agency.subgraph}`;
  await ensureDatabase(cluster.adminUrl, name);
  const url = serverUrl(cluster.adminUrl, name);
  const database = createDatabase<AgencyDatabase>({ connectionString: url, poolMax: 1 });
  try {
    await def.migrate(database.db);
  } finally {
    await database.close();
  }
  process.exitCode = await runIati(def, url, argv, { cwd: env.INIT_CWD ?? process.cwd() });
} finally {
  await cluster.stop();
}
