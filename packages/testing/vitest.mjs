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
 * @param {{ database?: boolean }} [options]
 */
export function sscVitestConfig(options = {}) {
  const graphql = graphqlOf(process.cwd());
  return defineConfig({
    // one graphql instance: Vite would pick graphql's ESM build for our code while Apollo's
    // CommonJS code loads the CJS build, and graphql refuses schemas from "another realm"
    resolve: { alias: graphql ? [{ find: /^graphql$/, replacement: graphql }] : [] },
    test: {
      globalSetup: options.database === false ? [] : [fileURLToPath(new URL('./src/global-setup.ts', import.meta.url))],
      include: ['src/**/*.test.ts'],
      // the JSON report feeds the one-line total that `npm test` prints last
      reporters: ['default', ['json', { outputFile: '.vitest-report.json' }]],
      testTimeout: 30_000,
      hookTimeout: 60_000,
      pool: 'forks',
      fileParallelism: true,
    },
  });
}
