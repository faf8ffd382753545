import { sscVitestConfig } from '@ssc/testing/vitest';

// no database: the dashboard's own tests check its server and its generated files
export default sscVitestConfig({ database: false });
