/**
 * Build step: writes every subgraph's SDL to `subgraphs/<name>/schema.graphql` (every subgraph
 * with a folder; a registry-only agency's SDL comes from its definition), composes the supergraph
 * with @apollo/composition, and writes `gateway/supergraph.graphql`.
 * The output is deterministic; a test fails when a committed file is stale.
 *
 *   npm run compose
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { agencyDefinitions } from '@ssc/agency-kit/discover';
import { NETWORK } from '@ssc/contract';
import { parse } from 'graphql';
import { schemaFile, supergraphFile } from './paths.ts';
import { defaultUrl, SUBGRAPHS } from './subgraphs.ts';

/** The SDL of every subgraph: each agency's from its definition (discovered from the registry), and the network's. */
export async function subgraphSdls(): Promise<Record<string, string>> {
  const [definitions, network] = await Promise.all([agencyDefinitions(), import('@ssc/subgraph-network')]);
  const sdl: Record<string, string> = Object.fromEntries(definitions.map((d) => [d.agency.subgraph, d.typeDefs]));
  sdl[NETWORK.subgraph] = network.typeDefs;
  const missing = SUBGRAPHS.filter((s) => !sdl[s.name]).map((s) => s.name);
  if (missing.length) throw new Error(`no SDL for subgraph(s) ${missing.join(', ')}`);
  return sdl;
}

/**
 * The subgraphs whose SDL is committed as `subgraphs/<name>/schema.graphql`: those with a folder.
 * An agency that is only a registry entry has no folder; its SDL is generated from the registry
 * alone, so composition reads it from its definition (as deterministic as a file).
 */
export const withSchemaFile = () => SUBGRAPHS.filter((s) => existsSync(dirname(schemaFile(s.name))));

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
    schemas: Object.fromEntries(withSchemaFile().map((s) => [s.name, readFileSync(schemaFile(s.name), 'utf8')])),
    supergraph: readFileSync(supergraphFile, 'utf8'),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sdls = await subgraphSdls();
  const files = withSchemaFile();
  for (const s of files) writeFileSync(schemaFile(s.name), sdls[s.name] as string);
  const fromFiles = { ...sdls, ...Object.fromEntries(files.map((s) => [s.name, readFileSync(schemaFile(s.name), 'utf8')])) };
  writeFileSync(supergraphFile, compose(fromFiles));
  console.log(`composed ${SUBGRAPHS.length} subgraphs into ${supergraphFile}`);
}
