/**
 * A helper for the common shape of an agency's own field: one enum-valued column on its
 * projects (JICA's scheme, UNOSSC's fund, ABC's and Indonesia's programme lines).
 */
import type { AgencyExtension } from './agency.ts';
import type { Random } from './seed/random.ts';
import type { SeedProject } from './seed/types.ts';

export interface EnumField<V extends string> {
  /** GraphQL field on the agency's project type. */
  field: string;
  /** Column added by the agency's migration. */
  column: string;
  enumName: string;
  /** Value and description of each enum value. */
  values: Record<V, string>;
  description: string;
  /** The value for a generated project. */
  generate: (random: Random, project: SeedProject) => NoInfer<V>;
}

export function enumProjectField<V extends string>(
  f: EnumField<V>,
): Pick<AgencyExtension, 'projectFields' | 'projectInputFields' | 'typeDefs' | 'projectResolvers' | 'generateExtra' | 'projectColumns'> {
  const values = Object.entries(f.values as Record<string, string>)
    .map(([v, doc]) => `  """${doc}"""\n  ${v}`)
    .join('\n');
  return {
    projectFields: `"""${f.description}"""\n  ${f.field}: ${f.enumName}!`,
    projectInputFields: `${f.field}: ${f.enumName}`,
    projectColumns: { [f.field]: { column: f.column, values: Object.keys(f.values) } },
    typeDefs: `"""${f.description}"""\nenum ${f.enumName} {\n${values}\n}`,
    projectResolvers: { [f.field]: (row) => row[f.column] },
    generateExtra: (random, project) => ({ [f.column]: f.generate(random, project) }),
  };
}
