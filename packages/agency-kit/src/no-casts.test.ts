/**
 * The agency kit (repositories, services, resolvers, loaders, query helpers) gives kysely and
 * GraphQL the real types: a cast that silences the compiler (`as never`, `as any`,
 * `as unknown as`) would hide drift between the migrations, the row types and the resolvers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('.', import.meta.url));
const SILENCING_CAST = /\bas\s+(never|any|unknown\s+as)\b/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('casts', () => {
  it('no source file of the agency kit silences the compiler with as never, as any or as unknown as', () => {
    const files = sources(SRC);
    expect(files.map((f) => relative(SRC, f))).toEqual(
      expect.arrayContaining(['query.ts', 'loaders.ts', 'resolvers.ts', 'agency.ts', join('records', 'projects', 'repository.ts')]),
    );
    const found = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (SILENCING_CAST.test(line) ? [`${relative(SRC, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });
});
