/**
 * The network subgraph's per-agency types come from `agencyNames`, in its SDL and in its
 * resolver map alike: every entity type of the SDL has a reference resolver, every query field
 * a resolver, and every resolver a type or field of the SDL.
 */
import { AGENCIES, agencyNames, STATS } from '@ssc/contract';
import { Kind, type ObjectTypeDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { resolvers, typeDefs } from './index.ts';

const doc = parse(typeDefs);
const objects = doc.definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION);
const defined = new Set(doc.definitions.flatMap((d) => ('name' in d && d.name ? [d.name.value] : [])));

describe('the names of the network schema and of its resolvers agree', () => {
  it('every query field has a resolver and every resolver a query field', () => {
    const query = objects.filter((t) => t.name.value === 'Query').flatMap((t) => (t.fields ?? []).map((f) => f.name.value));
    expect(Object.keys(resolvers.Query).sort()).toEqual(query.sort());
  });

  it('every entity type has a reference resolver, and every resolved type is in the schema', () => {
    const entities = objects.filter((t) => t.directives?.some((d) => d.name.value === 'key')).map((t) => t.name.value);
    for (const entity of entities) expect(resolvers, entity).toHaveProperty([entity, '__resolveReference']);
    const scalars = new Set(['Date', 'DateTime']);
    for (const type of Object.keys(resolvers)) if (!scalars.has(type)) expect(defined, type).toContain(type);
  });

  it("each agency's entity types are named by agencyNames", () => {
    for (const agency of AGENCIES) {
      const n = agencyNames(agency);
      for (const kind of ['Project', 'Institution', 'Evaluation', 'CooperationRequest', 'Expert', 'Lesson'] as const) {
        expect(resolvers).toHaveProperty([n.type(kind), '__resolveReference']);
        expect(defined).toContain(n.sliceType(kind));
      }
      expect(resolvers).toHaveProperty([n.type('AgencyProfile'), '__resolveReference']);
      for (const { kind, type } of STATS) {
        const entity = objects.find((t) => t.name.value === type);
        expect(
          entity?.fields?.map((f) => f.name.value),
          type,
        ).toContain(n.statsField(kind));
      }
    }
  });
});
