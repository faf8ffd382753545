/**
 * Builds the client when `dist/client/` is missing or older than a source (npm start and the tests call
 * this before they serve the dashboard).
 */

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCommand } from '@ssc/server-kit';

const appDir = fileURLToPath(new URL('../../', import.meta.url));
const SOURCES = ['src/client', 'index.html', 'vite.config.ts', 'public', '../../gateway/supergraph.graphql'];

const newest = (path: string): number => {
  let s: ReturnType<typeof statSync>;
  try {
    s = statSync(path);
  } catch {
    return 0;
  }
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
};

/** True when `dist/client/index.html` is missing or older than any source of the client. */
export function dashboardBuildStale(): boolean {
  const built = newest(join(appDir, 'dist/client/index.html'));
  return built === 0 || SOURCES.some((s) => newest(join(appDir, s)) > built);
}

/** Runs `npm run build` in the dashboard's folder when the build is stale; `log` gets its output. */
export async function ensureDashboardBuilt(log: (line: string) => void = () => {}): Promise<boolean> {
  if (!dashboardBuildStale()) return false;
  await runCommand(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'build'], {
    cwd: appDir,
    // a test runner's NODE_ENV=test would make Vite bundle React's development build
    env: { ...process.env, NODE_ENV: 'production' },
    what: "the dashboard's build",
    log,
  });
  return true;
}
