/**
 * One OS process serving several agency subgraphs (`startFederation` in mode 'hosts'): each agency
 * its own server on its own port, its own GraphQL schema and its own database pool, exactly as
 * its own process would run it, only sharing this process's event loop. The agencies and the
 * environment of each come from SSC_HOST_AGENCIES (JSON: `[{ "code": "SIM01", "env": {...} }]`),
 * which `startFederation` sets; nothing else is read.
 */

import { loadAgencyEnv, type RunningAgency } from '@ssc/agency-kit';
import { agencyDefinition, agencyNamed } from '@ssc/agency-kit/discover';
import { startTracing } from '@ssc/server-kit';

interface HostedAgency {
  code: string;
  env: Record<string, string>;
}

const hosted = JSON.parse(process.env.SSC_HOST_AGENCIES ?? '[]') as HostedAgency[];
if (!hosted.length) {
  console.error('SSC_HOST_AGENCIES names no agency to serve');
  process.exit(2);
}
// one process, one tracer: its spans say which agency in their server span's name
const stopTracing = startTracing('agency-host', hosted[0]?.env.OTEL_EXPORTER_OTLP_ENDPOINT);
const servers: RunningAgency[] = await Promise.all(
  hosted.map(async ({ code, env }) => {
    const def = await agencyDefinition(agencyNamed(code));
    return def.start(loadAgencyEnv(def.agency, env));
  }),
);
let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    if (stopping) return;
    stopping = true;
    void Promise.allSettled(servers.map((s) => s.stop()))
      .then(stopTracing)
      .then(() => process.exit(0));
  });
}
