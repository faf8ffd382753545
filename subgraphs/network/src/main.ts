#!/usr/bin/env node
/** `npm start -w @ssc/subgraph-network` (or `schema`). */
import { createLogger, onShutdown } from '@ssc/server-kit';
import { loadEnv } from './env.ts';
import { typeDefs } from './index.ts';
import { startNetwork } from './server.ts';

if (process.argv[2] === 'schema') {
  process.stdout.write(typeDefs);
} else {
  const env = loadEnv();
  const server = await startNetwork(env);
  onShutdown(createLogger('network', env.LOG_LEVEL), () => server.stop());
}
