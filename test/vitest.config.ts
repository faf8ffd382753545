import { sscVitestConfig } from '@ssc/testing/vitest';

export default sscVitestConfig();
