/**
 * The tests every agency subgraph runs against itself (`agencySubgraphSuite`), for each agency
 * of the registry that has no package of its own (an agency with a package runs them in its own
 * folder): such an agency is discovered, migrated, seeded and served from its registry entry alone.
 */
import { agencyDefinition, agencyPackageEntry } from '@ssc/agency-kit/discover';
import { agencySubgraphSuite } from '@ssc/agency-kit/testing';
import { AGENCIES } from '@ssc/contract';
import { describe, expect, it } from 'vitest';

const registryOnly = AGENCIES.filter((a) => !agencyPackageEntry(a));

describe('agencies that are only a registry entry', () => {
  it('have the shared contract and nothing of their own', async () => {
    for (const a of registryOnly) {
      const def = await agencyDefinition(a);
      expect(def.agency).toBe(a);
      expect(def.extension, a.code).toEqual({});
      expect(def.typeDefs).toContain(`type ${a.typePrefix}Project implements Project`);
    }
  });
});

for (const a of registryOnly) agencySubgraphSuite(await agencyDefinition(a));
