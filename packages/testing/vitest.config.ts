// its own preset, by a relative path (the other packages import it as @ssc/testing/vitest)
import { sscVitestConfig } from './vitest.mjs';

export default sscVitestConfig();
