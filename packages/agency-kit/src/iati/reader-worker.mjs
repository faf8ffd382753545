// The IATI reader's worker thread in the repository (tests, tsx, the benchmark): its TypeScript
// loaded through tsx. A bundled agency runs dist/iati-reader.js, built from reader-worker.ts.
import { register } from 'tsx/esm/api';

register();
await import('./reader-worker.ts');
