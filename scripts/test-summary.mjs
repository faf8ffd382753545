// Prints one closing line for the whole suite, "Tests: N passed, N failed", from every
// package's vitest JSON report (`npm test` runs it after Turborepo has run each package's tests).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { workspaces } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const folders = workspaces.flatMap((w) =>
  w.endsWith('/*') ? readdirSync(join(root, w.slice(0, -2))).map((d) => join(w.slice(0, -2), d)) : [w],
);
let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const folder of folders) {
  const pkg = join(root, folder, 'package.json');
  if (!existsSync(pkg) || !JSON.parse(readFileSync(pkg, 'utf8')).scripts?.test) continue;
  const report = join(root, folder, '.vitest-report.json');
  if (!existsSync(report)) {
    missing.push(folder);
    continue;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}
if (missing.length) console.log(`no test report from ${missing.join(', ')}`);
console.log(`Tests: ${passed} passed, ${failed + missing.length} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed || missing.length ? 1 : 0);
