/**
 * graphql-codegen (client preset): typed documents of the dashboard's queries, checked against
 * the gateway's public API schema, i.e. `gateway/supergraph.graphql` with the join directives and
 * the @inaccessible parts removed, as @apollo/federation-internals (the composer's own library)
 * derives it. `npm run codegen -w @ssc/dashboard` rewrites `src/client/gql/`; a test fails while
 * it is stale.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Supergraph } from '@apollo/federation-internals';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { printSchema } from 'graphql';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const GENERATED_DIR = here('./src/client/gql/');
const SUPERGRAPH = here('../../gateway/supergraph.graphql');

/** The public schema clients see, as SDL. */
export function publicSdl(): string {
  return printSchema(Supergraph.build(readFileSync(SUPERGRAPH, 'utf8')).apiSchema().toGraphQLJSSchema());
}

const config: CodegenConfig = {
  schema: publicSdl(),
  documents: [here('./src/client/**/*.{ts,tsx}'), `!${GENERATED_DIR}**`],
  ignoreNoDocuments: false,
  generates: {
    [GENERATED_DIR]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        onlyOperationTypes: true,
        useTypeImports: true,
        importExtension: '.ts',
        skipTypename: false,
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
    // the cache must know which concrete types (AbcProject, ...) a fragment on an interface matches
    [`${GENERATED_DIR}possible-types.ts`]: { plugins: ['fragment-matcher'], config: { useExplicitTyping: true } },
  },
};
export default config;
