import { describe, expect, it } from 'vitest';
import { compose, readCommitted, subgraphSdls } from './compose.ts';
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
    for (const s of SUBGRAPHS) expect(committed.schemas[s.name], `subgraphs/${s.name}/schema.graphql is stale`).toBe(sdls[s.name]);
    expect(committed.supergraph, 'gateway/supergraph.graphql is stale').toBe(compose(sdls));
  });

  it('fails with the composition errors when subgraphs disagree', async () => {
    const sdls = await subgraphSdls();
    const broken = { ...sdls, network: (sdls.network as string).replace('code: String!\n  name: String!', 'code: Int!\n  name: String!') };
    expect(() => compose(broken)).toThrow(/composition failed/);
  });
});
