// JavaScript, not TypeScript: every package's vitest.config.ts imports it as `@ssc/testing/vitest`,
// and vitest loads its config with Node, which does not run TypeScript from node_modules
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The graphql of the package under test (vitest runs in its folder), if it has one. */
function graphqlOf(folder) {
  try {
    return createRequire(join(folder, 'package.json')).resolve('graphql');
  } catch {
    return undefined;
  }
}

/**
 * The vitest configuration every package uses: one PostgreSQL per run (unless `database: false`), generous hook timeouts.
 * Test files wait mostly on PostgreSQL and sockets, so up to `workers` of them run at once; the
 * files named in `alone` (those that measure time under load) run afterwards, one at a time,
 * so that no other file's work skews what they measure.
 * @param {{ database?: boolean, workers?: number, alone?: string[] }} [options]
 */
export function sscVitestConfig(options = {}) {
  const graphql = graphqlOf(process.cwd());
  const alone = options.alone ?? [];
  const shared = {
    globalSetup: options.database === false ? [] : [fileURLToPath(new URL('./src/global-setup.ts', import.meta.url))],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  };
  return defineConfig({
    // one graphql instance: Vite would pick graphql's ESM build for our code while Apollo's
    // CommonJS code loads the CJS build, and graphql refuses schemas from "another realm"
    resolve: { alias: graphql ? [{ find: /^graphql$/, replacement: graphql }] : [] },
    test: {
      ...shared,
      // the JSON report feeds the one-line total that `npm test` prints last
      reporters: ['default', ['json', { outputFile: '.vitest-report.json' }]],
      ...(alone.length
        ? {
            projects: [
              {
                extends: true,
                test: {
                  name: 'together',
                  include: ['src/**/*.test.ts'],
                  exclude: alone,
                  maxWorkers: options.workers ?? 1,
                  sequence: { groupOrder: 0 },
                },
              },
              {
                extends: true,
                test: { name: 'alone', include: alone, maxWorkers: 1, sequence: { groupOrder: 1 } },
              },
            ],
          }
        : { include: ['src/**/*.test.ts'], fileParallelism: true, maxWorkers: options.workers }),
    },
  });
}
