import { sscVitestConfig } from '@ssc/testing/vitest';

// Federation tests wait on PostgreSQL and sockets far more than they compute: two at a time
// keep both cores busy. Those that measure time under load or restart processes on a clock run last, alone.
export default sscVitestConfig({
  workers: 2,
  alone: ['src/fairness.test.ts'],
});
