#!/usr/bin/env node
/** `npm start -w @ssc/subgraph-network` (or `schema`). */
import { createLogger, onShutdown, startTracing } from '@ssc/server-kit';
import { loadEnv } from './env.ts';
import { typeDefs } from './index.ts';
import { startNetwork } from './server.ts';

if (process.argv[2] === 'schema') {
  process.stdout.write(typeDefs);
} else {
  const env = loadEnv();
  const stopTracing = startTracing('network', env.OTEL_EXPORTER_OTLP_ENDPOINT);
  const server = await startNetwork(env);
  onShutdown(createLogger('network', env.LOG_LEVEL), () => server.stop().then(stopTracing));
}
