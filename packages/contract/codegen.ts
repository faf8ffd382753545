/**
 * graphql-codegen, two committed outputs (`npm run codegen -w @ssc/contract` rewrites them and
 * `src/graphql-generated.test.ts` fails when one is stale):
 * - `src/graphql.generated.ts`: the shared schema files' enums and input types;
 * - `src/agency.generated.ts`: the types of a template agency's schema, above all the argument
 *   types of its queries and mutations, which every agency's resolvers take (`Own.*Args`).
 */
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';
import type { AgencyEntry } from './src/registry.ts';
import { agencySubgraphSdl } from './src/sdl.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const GENERATED = here('./src/graphql.generated.ts');
export const AGENCY_ARGS = here('./src/agency.generated.ts');

/**
 * An agency as the generator sees it: every agency's schema is this one with its own names
 * (`agencyNames`), so the argument types of `createOwnProject` are those of `createAbcProject`,
 * `createJicaProject`, ... The resolvers take them by the template's names.
 */
const TEMPLATE: AgencyEntry = {
  code: 'OWN',
  name: 'Any agency',
  acronym: 'OWN',
  country: 'XX',
  idPrefix: 'OWN',
  typePrefix: 'Own',
  subgraph: 'own',
  defaultPort: 0,
  iatiOrgId: 'XX-OWN',
  iatiOrgType: '10',
};

/** The template agency's subgraph SDL, with the federation directives declared instead of linked. */
export function templateAgencySdl(): string {
  const federation = `directive @key(fields: String!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE
directive @shareable repeatable on OBJECT | FIELD_DEFINITION
directive @inaccessible on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ENUM | ENUM_VALUE | SCALAR | INPUT_OBJECT | INPUT_FIELD_DEFINITION | ARGUMENT_DEFINITION
directive @external on OBJECT | FIELD_DEFINITION
directive @requires(fields: String!) on FIELD_DEFINITION
`;
  return federation + agencySubgraphSdl(TEMPLATE).replace(/^extend schema @link\(.*$/m, '');
}

const config: CodegenConfig = {
  generates: {
    [GENERATED]: {
      schema: [here('./schema/*.graphql'), here('./schema/codegen/outside.graphql')],
      plugins: ['typescript'],
      config: { onlyOperationTypes: true, enumsAsTypes: true, scalars: { Date: 'string', DateTime: 'string' } },
    },
    [AGENCY_ARGS]: {
      schema: templateAgencySdl(),
      plugins: ['typescript'],
      config: {
        enumsAsTypes: true,
        avoidOptionals: { field: true },
        useTypeImports: true,
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};
export default config;
