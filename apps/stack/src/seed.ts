/** `npm run seed -- [N]`: migrate and seed every agency's database with N generated projects each. */
import { openCluster } from './cluster.ts';
import { loadStackEnv } from './env.ts';
import { prepareDatabases } from './federation.ts';

const env = loadStackEnv();
const n = process.argv[2] ? Number(process.argv[2]) : env.SEED_PROJECTS;
if (!Number.isInteger(n) || n < 0) {
  console.error(`usage: npm run seed -- [projects per agency], got "${process.argv[2]}"`);
  process.exit(2);
}
const cluster = await openCluster(env);
try {
  console.log(`seeding ${n} generated projects per agency into ${cluster.description}`);
  await prepareDatabases({ adminUrl: cluster.adminUrl, seedProjects: n, log: (l) => console.log(`  ${l}`) });
} finally {
  await cluster.stop();
}
