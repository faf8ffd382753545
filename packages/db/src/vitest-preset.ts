import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The vitest configuration every package uses: one PostgreSQL per run (unless `database: false`), generous hook timeouts. */
export function sscVitestConfig(options: { database?: boolean } = {}) {
  return defineConfig({
    // one graphql instance: Vite would pick graphql's ESM build for our code while Apollo's
    // CommonJS code loads the CJS build, and graphql refuses schemas from "another realm"
    resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
    test: {
      globalSetup: options.database === false ? [] : [fileURLToPath(new URL('./global-setup.ts', import.meta.url))],
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
