/**
 * The per-agency names of the schema and of the resolver map come from one function
 * (`agencyNames`): every Query and Mutation field of an agency's generated SDL has a resolver,
 * every resolver answers a field of the SDL, and every entity type has a resolver of its own.
 */
import { AGENCIES, agencyNames, agencySubgraphSdl } from '@ssc/contract';
import { Kind, type ObjectTypeDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Db } from './query.ts';
import { agencyResolvers } from './resolvers.ts';

/** The resolvers only close over the database: building the map never queries it. */
const db = {} as Db;

function shape(sdl: string) {
  const types = parse(sdl).definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION);
  const fields = (name: string) => types.filter((t) => t.name.value === name).flatMap((t) => (t.fields ?? []).map((f) => f.name.value));
  const resolvable = (t: ObjectTypeDefinitionNode) =>
    t.directives?.some(
      (d) =>
        d.name.value === 'key' &&
        !d.arguments?.some((a) => a.name.value === 'resolvable' && a.value.kind === Kind.BOOLEAN && !a.value.value),
    );
  return {
    types: new Set(types.map((t) => t.name.value)),
    entities: types.filter(resolvable).map((t) => t.name.value),
    query: fields('Query'),
    mutation: fields('Mutation'),
  };
}

describe('the names of an agency schema and of its resolvers agree', () => {
  for (const agency of AGENCIES) {
    it(`${agency.code}: every query, mutation and entity has a resolver, and every resolver a field or type`, () => {
      const sdl = shape(agencySubgraphSdl(agency));
      const resolvers = agencyResolvers(agency, db);
      expect(Object.keys(resolvers.Query ?? {}).sort()).toEqual([...sdl.query].sort());
      expect(Object.keys(resolvers.Mutation ?? {}).sort()).toEqual([...sdl.mutation].sort());
      for (const entity of sdl.entities) expect(resolvers, entity).toHaveProperty([entity, '__resolveReference']);
      const n = agencyNames(agency);
      expect(sdl.query).toEqual(expect.arrayContaining(Object.values(n.query).filter((v) => typeof v === 'string')));
      expect(sdl.mutation).toEqual(expect.arrayContaining(Object.values(n.mutation)));
    });
  }
});
