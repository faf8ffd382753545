/** `npm run reset`: deletes the embedded PostgreSQL's data folder (refused while it runs). */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadStackEnv } from './env.ts';

const env = loadStackEnv();
const dir = join(env.SSC_DATA_DIR, 'postgres');
const pidFile = join(dir, 'postmaster.pid');
if (existsSync(pidFile)) {
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  let running = false;
  try {
    process.kill(pid, 0);
    running = true;
  } catch {
    // a stale pid file from a crash
  }
  if (running) {
    console.error(`PostgreSQL (pid ${pid}) is running on ${dir}: stop npm start first (Ctrl-C), then npm run reset`);
    process.exit(1);
  }
}
rmSync(dir, { recursive: true, force: true });
console.log(`removed ${dir}; the next npm start creates and seeds fresh databases (signing keys in ${env.keysDir} are kept)`);
