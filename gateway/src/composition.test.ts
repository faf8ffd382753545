import { readFileSync } from 'node:fs';
import { agencyPackageEntry } from '@ssc/agency-kit/discover';
import { AGENCIES } from '@ssc/contract';
import { describe, expect, it } from 'vitest';
import { compose, composeFromConfig, readSupergraphConfig, sdlFile, subgraphSdls, supergraphConfig, withSchemaFile } from './compose.ts';
import { gatewaySchemaFile, supergraphConfigFile, supergraphFile } from './paths.ts';
import { defaultUrl, SUBGRAPHS } from './subgraphs.ts';

describe('supergraph composition', () => {
  it('composes the subgraphs without errors, deterministically', async () => {
    const sdls = await subgraphSdls();
    const first = compose(sdls);
    expect(compose(sdls)).toBe(first);
    for (const s of SUBGRAPHS) expect(first).toContain(`${s.name.toUpperCase()} @join__graph(name: "${s.name}"`);
  });

  it('matches every committed SDL file, supergraph.yaml and supergraph.graphql (run `npm run compose` after a schema change)', async () => {
    const sdls = await subgraphSdls();
    for (const s of SUBGRAPHS) {
      expect(readFileSync(sdlFile(s), 'utf8'), `${sdlFile(s)} is stale`).toBe(sdls[s.name]);
    }
    expect(readFileSync(supergraphConfigFile, 'utf8'), 'gateway/supergraph.yaml is stale').toBe(supergraphConfig());
    const supergraph = readFileSync(supergraphFile, 'utf8');
    expect(supergraph, 'gateway/supergraph.graphql is stale').toBe(composeFromConfig());
    expect(supergraph, 'composition from the files differs from composition from the definitions').toBe(compose(sdls));
  });

  it('lists every subgraph in supergraph.yaml, in composition order, with its routing URL and SDL file', () => {
    const listed = readSupergraphConfig();
    expect(listed.map((s) => s.name)).toEqual(SUBGRAPHS.map((s) => s.name));
    for (const s of SUBGRAPHS) {
      const entry = listed.find((l) => l.name === s.name);
      expect(entry?.url).toBe(defaultUrl(s));
      expect(entry?.file).toBe(sdlFile(s));
    }
  });

  it('composes every agency of the registry, those without a folder from an SDL file the gateway keeps', async () => {
    const sdls = await subgraphSdls();
    const supergraph = compose(sdls);
    for (const a of AGENCIES) {
      expect(sdls[a.subgraph], a.code).toContain(`type ${a.typePrefix}Project implements Project`);
      expect(supergraph, a.code).toContain(`${a.subgraph}Slice`);
    }
    // agencies with a package of their own (and the network) publish subgraphs/<name>/schema.graphql
    const withPackage = AGENCIES.filter((a) => agencyPackageEntry(a)).map((a) => a.subgraph);
    expect(withSchemaFile().map((s) => s.name)).toEqual([...withPackage, 'network']);
    for (const a of AGENCIES.filter((a) => !agencyPackageEntry(a))) {
      const s = SUBGRAPHS.find((s) => s.name === a.subgraph);
      expect(s && sdlFile(s), a.code).toBe(gatewaySchemaFile(a.subgraph));
    }
  });

  it('fails with the composition errors when subgraphs disagree', async () => {
    const sdls = await subgraphSdls();
    const broken = { ...sdls, network: (sdls.network as string).replace('code: String!\n  name: String!', 'code: Int!\n  name: String!') };
    expect(() => compose(broken)).toThrow(/composition failed/);
  });
});
