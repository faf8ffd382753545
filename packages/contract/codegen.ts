/**
 * graphql-codegen: TypeScript types of the shared schema's enums and input types
 * (`src/graphql.generated.ts`, committed; `npm run codegen -w @ssc/contract` rewrites it and
 * `src/graphql-generated.test.ts` fails when it is stale).
 */
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const GENERATED = here('./src/graphql.generated.ts');

const config: CodegenConfig = {
  schema: [here('./schema/*.graphql'), here('./schema/codegen/outside.graphql')],
  generates: {
    [GENERATED]: {
      plugins: ['typescript'],
      config: { onlyOperationTypes: true, enumsAsTypes: true, scalars: { Date: 'string', DateTime: 'string' } },
    },
  },
};
export default config;
