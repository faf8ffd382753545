// a relative import: vitest loads its config with Node, which does not run TypeScript from node_modules
import { sscVitestConfig } from './src/vitest-preset.ts';

export default sscVitestConfig();
