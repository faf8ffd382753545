export { InProcessSource, type SubgraphFetch } from './datasource.ts';
export * from './env.ts';
export * from './gateway.ts';
export * from './paths.ts';
export * from './subgraphs.ts';
export { supergraphSdl } from './supergraph.ts';
