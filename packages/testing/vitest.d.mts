import type { ViteUserConfig } from 'vitest/config';

/** The vitest configuration every package uses: one PostgreSQL per run (unless `database: false`), generous hook timeouts. */
export declare function sscVitestConfig(options?: { database?: boolean }): ViteUserConfig;
