#!/usr/bin/env node
/**
 * The one entry point of every agency subgraph, whichever agency: the registry code (or subgraph
 * name) comes from `--agency` or else `AGENCY`; then the command (`start`, the default, `migrate`,
 * `seed [N]`, `schema`). Configuration comes from the environment (`DATABASE_URL`, `PORT`, ...).
 *
 *   npm run agency -- --agency AMEXCID seed 200     (from the repository root)
 *   PORT=4105 npm run agency -- --agency AMEXCID    (serves AMEXCID's subgraph)
 *
 * An agency with a folder has the same commands as its package's scripts
 * (`npm start -w @ssc/subgraph-jica`), which run this file with `--agency`.
 */
import { runAgencyCli } from './cli.ts';
import { agencyDefinition, agencyNamed } from './discover.ts';
import { loadAgencyEnv } from './env.ts';

const argv = process.argv.slice(2);
let name = process.env.AGENCY;
const flag = argv.findIndex((a) => a === '--agency' || a.startsWith('--agency='));
if (flag >= 0) {
  const arg = argv[flag] as string;
  name = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[flag + 1];
  argv.splice(flag, arg.includes('=') ? 1 : 2);
}

let entry: ReturnType<typeof agencyNamed>;
try {
  if (!name) throw new Error('which agency? Give --agency <CODE> (or set AGENCY), e.g. --agency JICA');
  entry = agencyNamed(name);
} catch (err) {
  console.error((err as Error).message);
  process.exit(2);
}
const def = await agencyDefinition(entry);
await runAgencyCli(def, () => loadAgencyEnv(def.agency, process.env), argv);
