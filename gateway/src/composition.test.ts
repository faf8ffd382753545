import { agencyPackageEntry } from '@ssc/agency-kit/discover';
import { AGENCIES } from '@ssc/contract';
import { describe, expect, it } from 'vitest';
import { compose, readCommitted, subgraphSdls, withSchemaFile } from './compose.ts';
import { SUBGRAPHS } from './subgraphs.ts';

describe('supergraph composition', () => {
  it('composes the subgraphs without errors, deterministically', async () => {
    const sdls = await subgraphSdls();
    const first = compose(sdls);
    expect(compose(sdls)).toBe(first);
    for (const s of SUBGRAPHS) expect(first).toContain(`${s.name.toUpperCase()} @join__graph(name: "${s.name}"`);
  });

  it('matches the committed schema files and supergraph.graphql (run `npm run compose` after a schema change)', async () => {
    const sdls = await subgraphSdls();
    const committed = readCommitted();
    for (const s of withSchemaFile()) expect(committed.schemas[s.name], `subgraphs/${s.name}/schema.graphql is stale`).toBe(sdls[s.name]);
    expect(committed.supergraph, 'gateway/supergraph.graphql is stale').toBe(compose(sdls));
  });

  it('composes every agency of the registry, those without a folder from their registry entry alone', async () => {
    const sdls = await subgraphSdls();
    const supergraph = compose(sdls);
    for (const a of AGENCIES) {
      expect(sdls[a.subgraph], a.code).toContain(`type ${a.typePrefix}Project implements Project`);
      expect(supergraph, a.code).toContain(`${a.subgraph}Slice`);
    }
    // agencies with a package of their own (and the network) keep a committed schema.graphql
    const withPackage = AGENCIES.filter((a) => agencyPackageEntry(a)).map((a) => a.subgraph);
    expect(withSchemaFile().map((s) => s.name)).toEqual([...withPackage, 'network']);
  });

  it('fails with the composition errors when subgraphs disagree', async () => {
    const sdls = await subgraphSdls();
    const broken = { ...sdls, network: (sdls.network as string).replace('code: String!\n  name: String!', 'code: Int!\n  name: String!') };
    expect(() => compose(broken)).toThrow(/composition failed/);
  });
});
