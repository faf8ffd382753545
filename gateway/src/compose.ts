/**
 * Build step (`npm run compose`), in two parts:
 *
 * 1. publish: every subgraph's SDL to a file: `subgraphs/<name>/schema.graphql` for a subgraph
 *    with a folder (every agency package, the network), `gateway/subgraphs/<name>.graphql` for an
 *    agency that is only a registry entry; and `gateway/supergraph.yaml`, a rover-style config
 *    that lists every subgraph with its routing URL and SDL file;
 * 2. compose: reads `gateway/supergraph.yaml` and the files it names (no agency's TypeScript),
 *    composes them with @apollo/composition and writes `gateway/supergraph.graphql`, which the
 *    gateway serves. rover, Apollo Router or Hive compose the same graph from the same YAML.
 *
 * The output is deterministic; a test fails when a committed file is stale.
 *
 *   npm run compose
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { agencyDefinitions } from '@ssc/agency-kit/discover';
import { NETWORK } from '@ssc/contract';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { fromGateway, gatewaySchemaFile, schemaFile, supergraphConfigFile, supergraphFile } from './paths.ts';
import { defaultUrl, SUBGRAPHS, type SubgraphInfo } from './subgraphs.ts';
import { compose, composeSubgraphs } from './supergraph.ts';

export { compose };

/** The SDL of every subgraph: each agency's from its definition (discovered from the registry), and the network's. */
export async function subgraphSdls(): Promise<Record<string, string>> {
  const [definitions, network] = await Promise.all([agencyDefinitions(), import('@ssc/subgraph-network')]);
  const sdl: Record<string, string> = Object.fromEntries(definitions.map((d) => [d.agency.subgraph, d.typeDefs]));
  sdl[NETWORK.subgraph] = network.typeDefs;
  const missing = SUBGRAPHS.filter((s) => !sdl[s.name]).map((s) => s.name);
  if (missing.length) throw new Error(`no SDL for subgraph(s) ${missing.join(', ')}`);
  return sdl;
}

/** Where a subgraph's SDL is published: its folder's `schema.graphql`, else a file of the gateway's. */
export const sdlFile = (s: SubgraphInfo) => {
  const own = schemaFile(s.name);
  return existsSync(dirname(own)) ? own : gatewaySchemaFile(s.name);
};

/** The subgraphs whose SDL is published in their own folder (`subgraphs/<name>/schema.graphql`). */
export const withSchemaFile = () => SUBGRAPHS.filter((s) => sdlFile(s) === schemaFile(s.name));

/** The composition version, written as rover's `federation_version`: the @apollo/composition this repository composes with. */
export const compositionVersion = (): string =>
  (createRequire(import.meta.url)('@apollo/composition/package.json') as { version: string }).version;

/** The text of `gateway/supergraph.yaml`: every subgraph in composition order, its routing URL and SDL file. */
export function supergraphConfig(): string {
  const config = {
    federation_version: `=${compositionVersion()}`,
    subgraphs: Object.fromEntries(
      SUBGRAPHS.map((s) => [s.name, { routing_url: defaultUrl(s), schema: { file: fromGateway(sdlFile(s)) } }]),
    ),
  };
  return `# written by \`npm run compose\`: rover supergraph compose --config gateway/supergraph.yaml\n${stringifyYaml(config)}`;
}

export interface ConfiguredSubgraph {
  readonly name: string;
  readonly url: string;
  readonly file: string;
  readonly sdl: string;
}

/** Reads a rover-style config and the SDL files it names (paths relative to the config's folder). */
export function readSupergraphConfig(file = supergraphConfigFile): ConfiguredSubgraph[] {
  const config = parseYaml(readFileSync(file, 'utf8')) as {
    subgraphs?: Record<string, { routing_url?: string; schema?: { file?: string } }>;
  };
  return Object.entries(config.subgraphs ?? {}).map(([name, s]) => {
    if (!s.routing_url || !s.schema?.file) throw new Error(`${file}: subgraph ${name} needs routing_url and schema.file`);
    const path = resolve(dirname(file), s.schema.file);
    return { name, url: s.routing_url, file: path, sdl: readFileSync(path, 'utf8') };
  });
}

/** Composes the supergraph as rover would: from `gateway/supergraph.yaml` and the files it names. */
export const composeFromConfig = (file = supergraphConfigFile) => composeSubgraphs(readSupergraphConfig(file));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sdls = await subgraphSdls();
  for (const s of SUBGRAPHS) {
    const file = sdlFile(s);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, sdls[s.name] as string);
  }
  writeFileSync(supergraphConfigFile, supergraphConfig());
  writeFileSync(supergraphFile, composeFromConfig());
  console.log(`composed ${SUBGRAPHS.length} subgraphs listed in ${supergraphConfigFile} into ${supergraphFile}`);
}
