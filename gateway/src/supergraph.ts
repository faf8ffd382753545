/**
 * The supergraph the gateway serves: the committed `gateway/supergraph.graphql` for the default
 * registry; for a simulation registry (`SSC_REGISTRY=simulation-N`), composed in memory at start
 * with @apollo/composition. A simulation's agencies are registry entries alone (no package of
 * their own), so each one's SDL is the contract's generated agency SDL, as `defineAgency(entry)`
 * makes it (the simulation test checks that both agree).
 */
import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { AGENCIES, agencySubgraphSdl, isDefaultRegistry, NETWORK } from '@ssc/contract';
import { typeDefs as networkTypeDefs } from '@ssc/subgraph-network';
import { parse } from 'graphql';
import { supergraphFile } from './paths.ts';
import { defaultUrl, SUBGRAPHS } from './subgraphs.ts';

/** Composes the supergraph from subgraphs' SDL; throws with every composition error. */
export function composeSubgraphs(subgraphs: readonly { name: string; url: string; sdl: string }[]): string {
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((e) => `  ${e.message}`).join('\n')}`);
  }
  return `${result.supergraphSdl.trim()}\n`;
}

/** Composes the supergraph from SDL by subgraph name, in composition order, with each subgraph's default URL. */
export function compose(sdls: Record<string, string>): string {
  return composeSubgraphs(SUBGRAPHS.map((s) => ({ name: s.name, url: defaultUrl(s), sdl: sdls[s.name] ?? '' })));
}

/** The supergraph SDL for this process's registry (see above). */
export function supergraphSdl(): string {
  if (isDefaultRegistry()) return readFileSync(supergraphFile, 'utf8');
  const sdls: Record<string, string> = Object.fromEntries(AGENCIES.map((a) => [a.subgraph, agencySubgraphSdl(a)]));
  sdls[NETWORK.subgraph] = networkTypeDefs;
  return compose(sdls);
}
