import type { ViteUserConfig } from 'vitest/config';

/**
 * The vitest configuration every package uses: one PostgreSQL per run (unless `database: false`), generous hook timeouts;
 * up to `workers` files at once, then the files of `alone` one at a time.
 */
export declare function sscVitestConfig(options?: { database?: boolean; workers?: number; alone?: string[] }): ViteUserConfig;
