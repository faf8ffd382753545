/** The subgraphs of the federation, in composition order: every agency of the registry, then network. */
import { AGENCIES, NETWORK } from '@ssc/contract';

export interface SubgraphInfo {
  readonly name: string;
  /** Agency code, for agency subgraphs. */
  readonly agency?: string;
  readonly defaultPort: number;
  /** Environment variable that overrides the subgraph's URL at the gateway. */
  readonly urlVariable: string;
}

export const SUBGRAPHS: readonly SubgraphInfo[] = [
  ...AGENCIES.map((a) => ({
    name: a.subgraph,
    agency: a.code,
    defaultPort: a.defaultPort,
    urlVariable: `${a.subgraph.toUpperCase()}_URL`,
  })),
  { name: NETWORK.subgraph, defaultPort: NETWORK.defaultPort, urlVariable: `${NETWORK.subgraph.toUpperCase()}_URL` },
];

export const defaultUrl = (s: SubgraphInfo) => `http://localhost:${s.defaultPort}/graphql`;

/** The gateway's environment variables that point it at the given subgraph URLs (by subgraph name). */
export function subgraphUrlEnv(urls: Readonly<Record<string, string>>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const s of SUBGRAPHS) {
    const url = urls[s.name];
    if (url) env[s.urlVariable] = url;
  }
  return env;
}
