/** `npm run reset`: deletes the embedded PostgreSQL's data folder (stop `npm start` first). */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadStackEnv } from './env.ts';

const env = loadStackEnv();
const dir = join(env.SSC_DATA_DIR, 'postgres');
rmSync(dir, { recursive: true, force: true });
console.log(`removed ${dir}; the next npm start creates and seeds fresh databases`);
