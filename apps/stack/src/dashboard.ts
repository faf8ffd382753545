/**
 * The one way to serve the dashboard next to a running federation: builds it when stale, then
 * starts its server as a separate process (as deployed), proxying to the gateway and, in
 * development, signing tokens with the agencies' development keys. `npm start` and the browser
 * tests both use it.
 */
import { ensureDashboardBuilt } from '@ssc/dashboard';
import { artifact, ensureArtifacts } from './artifacts.ts';
import { type Service, spawnService, waitHealthy } from './services.ts';

export interface DashboardOptions {
  gatewayUrl: string;
  /** The folder of the development keys (development sign-in); none: no sign-in. */
  keysDir?: string;
  port: number;
  host?: string;
  output?: 'inherit' | 'ignore' | ((line: string) => void);
  /** Extra environment of the dashboard's server. */
  env?: Record<string, string>;
}

export interface RunningDashboardService {
  readonly url: string;
  readonly service: Service;
  stop(): Promise<void>;
}

export async function startDashboard(options: DashboardOptions): Promise<RunningDashboardService> {
  const host = options.host ?? '127.0.0.1';
  const log =
    options.output === 'ignore'
      ? () => {}
      : typeof options.output === 'function'
        ? options.output
        : (l: string) => process.stdout.write(`[dashboard] ${l}\n`);
  await ensureDashboardBuilt(log);
  await ensureArtifacts(['dashboard'], log);
  const env: Record<string, string> = {
    HOST: host,
    PORT: String(options.port),
    GATEWAY_URL: options.gatewayUrl,
    NODE_ENV: 'development',
    ...(options.keysDir ? { DEV_KEYS_DIR: options.keysDir } : {}),
    ...options.env,
  };
  const service = spawnService({
    name: 'dashboard',
    entry: artifact('dashboard'),
    env,
    output: options.output ?? 'inherit',
  });
  const reachable = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const url = `http://${reachable}:${options.port}/`;
  try {
    await waitHealthy(service, `${url}health`);
  } catch (err) {
    await service.stop();
    throw err;
  }
  return { url, service, stop: () => service.stop() };
}
