/**
 * The deployables' built artifacts (`scripts/build.mjs`, `npm run build`): plain JavaScript that
 * starts with `node dist/main.js`. `npm start` and the tests run these, built first when missing
 * or older than a file they were made from.
 */
import { join } from 'node:path';
import { runCommand } from '@ssc/server-kit';
import { repoRoot } from './env.ts';

export type Deployable = 'agency' | 'network' | 'gateway' | 'dashboard';

/** Each deployable's package folder (as in `scripts/build.mjs`); its artifact is `dist/main.js` there. */
export const DEPLOYABLE_DIRS: Readonly<Record<Deployable, string>> = {
  agency: 'packages/agency-kit',
  network: 'subgraphs/network',
  gateway: 'gateway',
  dashboard: 'apps/dashboard',
};

/** The built entry point of a deployable. */
export const artifact = (deployable: Deployable) => join(repoRoot, DEPLOYABLE_DIRS[deployable], 'dist', 'main.js');

/** Its TypeScript entry point (run through tsx), for comparisons with the built one. */
export const sourceEntry = (deployable: Deployable) =>
  join(repoRoot, DEPLOYABLE_DIRS[deployable], deployable === 'dashboard' ? 'src/server/main.ts' : 'src/main.ts');

/** Builds the deployables whose artifact is missing or stale (one build at a time across processes). */
export function ensureArtifacts(deployables: readonly Deployable[], log: (line: string) => void = () => {}): Promise<void> {
  return runCommand(process.execPath, [join(repoRoot, 'scripts/build.mjs'), '--if-stale', ...deployables], {
    cwd: repoRoot,
    what: `building ${deployables.join(', ')}`,
    log,
  });
}
