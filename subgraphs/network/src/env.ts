/** The network subgraph's configuration: the only module of it that reads process.env. */
import { NETWORK } from '@ssc/contract';
import { parseEnv, port, serverEnvShape } from '@ssc/server-kit';

export const loadEnv = (source: Record<string, string | undefined> = process.env) =>
  parseEnv({ ...serverEnvShape, PORT: port.default(NETWORK.defaultPort) }, source, 'the network subgraph');
export type NetworkEnv = ReturnType<typeof loadEnv>;
