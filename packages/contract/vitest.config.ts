// a relative import: vitest loads its config with Node, which does not run TypeScript from node_modules
import { sscVitestConfig } from '../db/src/vitest-preset.ts';

export default sscVitestConfig({ database: false });
