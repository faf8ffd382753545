/**
 * Build step: writes every subgraph's SDL to `subgraphs/<name>/schema.graphql`, composes the
 * supergraph from those files with @apollo/composition, and writes `gateway/supergraph.graphql`.
 * The output is deterministic; a test fails when a committed file is stale.
 *
 *   npm run compose
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { schemaFile, supergraphFile } from './paths.ts';
import { defaultUrl, SUBGRAPHS } from './subgraphs.ts';

/** The SDL of every subgraph, from its own package. */
export async function subgraphSdls(): Promise<Record<string, string>> {
  const [{ abc }, { jica }, { unossc }, { indonesia }, network] = await Promise.all([
    import('@ssc/subgraph-abc'),
    import('@ssc/subgraph-jica'),
    import('@ssc/subgraph-unossc'),
    import('@ssc/subgraph-indonesia'),
    import('@ssc/subgraph-network'),
  ]);
  const sdl: Record<string, string> = {
    [abc.agency.subgraph]: abc.typeDefs,
    [jica.agency.subgraph]: jica.typeDefs,
    [unossc.agency.subgraph]: unossc.typeDefs,
    [indonesia.agency.subgraph]: indonesia.typeDefs,
    network: network.typeDefs,
  };
  const missing = SUBGRAPHS.filter((s) => !sdl[s.name]).map((s) => s.name);
  if (missing.length) throw new Error(`no SDL for subgraph(s) ${missing.join(', ')}: add them to compose.ts`);
  return sdl;
}

/** Composes the supergraph from SDL by subgraph name; throws with every composition error. */
export function compose(sdls: Record<string, string>): string {
  const result = composeServices(SUBGRAPHS.map((s) => ({ name: s.name, url: defaultUrl(s), typeDefs: parse(sdls[s.name] ?? '') })));
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((e) => `  ${e.message}`).join('\n')}`);
  }
  return `${result.supergraphSdl.trim()}\n`;
}

export function readCommitted(): { schemas: Record<string, string>; supergraph: string } {
  return {
    schemas: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, readFileSync(schemaFile(s.name), 'utf8')])),
    supergraph: readFileSync(supergraphFile, 'utf8'),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sdls = await subgraphSdls();
  for (const s of SUBGRAPHS) writeFileSync(schemaFile(s.name), sdls[s.name] as string);
  const fromFiles = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, readFileSync(schemaFile(s.name), 'utf8')]));
  writeFileSync(supergraphFile, compose(fromFiles));
  console.log(`composed ${SUBGRAPHS.length} subgraphs into ${supergraphFile}`);
}
