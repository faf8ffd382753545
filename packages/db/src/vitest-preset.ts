import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The vitest configuration every package uses: one PostgreSQL per run (unless `database: false`), generous hook timeouts. */
export function sscVitestConfig(options: { database?: boolean } = {}) {
  return defineConfig({
    test: {
      globalSetup: options.database === false ? [] : [fileURLToPath(new URL('./global-setup.ts', import.meta.url))],
      include: ['src/**/*.test.ts'],
      testTimeout: 30_000,
      hookTimeout: 60_000,
      pool: 'forks',
      fileParallelism: true,
    },
  });
}
