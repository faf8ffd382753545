/**
 * After `vite build`: the gzipped size of the JavaScript the first view loads (the entry chunk,
 * every chunk it imports statically and the charts it loads lazily at once); fails above the budget.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const FIRST_VIEW_BUDGET_BYTES = 400 * 1024;

interface Chunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/** Modules the overview loads on its own at once (lazily, in parallel with its query): they count as the first view's. */
const FIRST_VIEW_LAZY = ['src/client/boot.tsx', 'src/client/views/Overview.tsx', 'src/client/charts/index.ts'];
const dist = new URL('../dist/client/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8')) as Record<string, Chunk>;

export function firstViewFiles(): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
    for (const next of manifest[key]?.dynamicImports ?? []) if (FIRST_VIEW_LAZY.includes(manifest[next]?.src ?? next)) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return [...seen].map((key) => manifest[key]?.file).filter((f): f is string => !!f && f.endsWith('.js'));
}

const files = firstViewFiles();
const sizes = files.map((file) => {
  const raw = readFileSync(new URL(file, dist));
  return { file, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
});
const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
for (const s of sizes) console.log(`  ${s.file}  ${(s.raw / 1024).toFixed(1)} kB, ${(s.gzip / 1024).toFixed(1)} kB gzipped`);
console.log(
  `first view JavaScript: ${(total / 1024).toFixed(1)} kB gzipped (budget ${FIRST_VIEW_BUDGET_BYTES / 1024} kB) in ${files.length} file(s)`,
);
if (total > FIRST_VIEW_BUDGET_BYTES) {
  console.error('over budget: the first view loads too much JavaScript');
  process.exit(1);
}
