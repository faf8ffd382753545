/** The committed generated files are what their generators make now. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { executeCodegen } from '@graphql-codegen/cli';
import { expect, it } from 'vitest';
import config, { GENERATED_DIR } from '../codegen.ts';
import { CENTROIDS_FILE, centroidsText } from '../scripts/centroids.ts';

it('src/client/gql/ is up to date with the documents and gateway/supergraph.graphql (else npm run codegen -w @ssc/dashboard)', async () => {
  const { result } = await executeCodegen(config);
  expect(result.length).toBeGreaterThan(0);
  for (const file of result) expect(file.content, file.filename).toBe(readFileSync(join(file.filename), 'utf8'));
  expect(result.map((f) => f.filename).every((f) => f.startsWith(GENERATED_DIR))).toBe(true);
}, 60_000);

it('src/client/charts/centroids.generated.json is up to date (else npm run centroids -w @ssc/dashboard)', () => {
  expect(centroidsText()).toBe(readFileSync(CENTROIDS_FILE, 'utf8'));
});
