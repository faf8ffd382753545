/**
 * The committed generated types are what graphql-codegen makes of the schema now: the shared
 * schema files' (`graphql.generated.ts`) and the template agency's SDL (`agency.generated.ts`).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { executeCodegen } from '@graphql-codegen/cli';
import { expect, it } from 'vitest';
import config, { AGENCY_ARGS, GENERATED } from '../codegen.ts';

it.each([GENERATED, AGENCY_ARGS].map((file) => [basename(file), file]))(
  'src/%s is up to date with the schema (else run npm run codegen -w @ssc/contract)',
  async (_, file) => {
    const { result } = await executeCodegen(config);
    expect(result.find((f) => f.filename === file)?.content).toBe(readFileSync(file, 'utf8'));
  },
  60_000,
);
