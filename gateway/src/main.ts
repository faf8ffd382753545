#!/usr/bin/env node
/** `npm start -w @ssc/gateway`: serves the supergraph; subgraph URLs from `<SUBGRAPH>_URL`. */
import { createLogger, onShutdown, startTracing } from '@ssc/server-kit';
import { loadGatewayEnv } from './env.ts';
import { startGateway } from './gateway.ts';

const env = loadGatewayEnv();
const stopTracing = startTracing('gateway', env.OTEL_EXPORTER_OTLP_ENDPOINT);
const gateway = await startGateway(env);
onShutdown(createLogger('gateway', env.LOG_LEVEL), () => gateway.stop().then(stopTracing));
