import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
export const schemaFile = (name: string) => fileURLToPath(new URL(`subgraphs/${name}/schema.graphql`, root));
export const supergraphFile = fileURLToPath(new URL('gateway/supergraph.graphql', root));
