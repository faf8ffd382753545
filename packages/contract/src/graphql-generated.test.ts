/** The committed `graphql.generated.ts` is what graphql-codegen makes of the shared schema files now. */
import { readFileSync } from 'node:fs';
import { executeCodegen } from '@graphql-codegen/cli';
import { expect, it } from 'vitest';
import config, { GENERATED } from '../codegen.ts';

it('src/graphql.generated.ts is up to date with schema/*.graphql (else run npm run codegen -w @ssc/contract)', async () => {
  const { result } = await executeCodegen(config);
  const generated = result.find((f) => f.filename === GENERATED);
  expect(generated?.content).toBe(readFileSync(GENERATED, 'utf8'));
}, 60_000);
