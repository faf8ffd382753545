import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The vitest configuration every package uses: one PostgreSQL per run, generous hook timeouts. */
export function sscVitestConfig() {
  return defineConfig({
    test: {
      globalSetup: [fileURLToPath(new URL('./global-setup.ts', import.meta.url))],
      include: ['src/**/*.test.ts'],
      testTimeout: 30_000,
      hookTimeout: 60_000,
      pool: 'forks',
      fileParallelism: true,
    },
  });
}
