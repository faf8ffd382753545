import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const gatewayDir = fileURLToPath(new URL('gateway/', root));
/** The SDL a subgraph with a folder publishes. */
export const schemaFile = (name: string) => fileURLToPath(new URL(`subgraphs/${name}/schema.graphql`, root));
/** The SDL of a subgraph without a folder (an agency that is only a registry entry), kept by the gateway. */
export const gatewaySchemaFile = (name: string) => fileURLToPath(new URL(`gateway/subgraphs/${name}.graphql`, root));
/** The rover-style composition config: every subgraph's routing URL and SDL file. */
export const supergraphConfigFile = fileURLToPath(new URL('gateway/supergraph.yaml', root));
export const supergraphFile = fileURLToPath(new URL('gateway/supergraph.graphql', root));
/** A path as `supergraph.yaml` writes it: relative to the gateway's folder, with forward slashes. */
export const fromGateway = (file: string) => {
  const path = relative(gatewayDir, file).split('\\').join('/');
  return path.startsWith('.') ? path : `./${path}`;
};
