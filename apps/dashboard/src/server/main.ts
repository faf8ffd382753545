/** The dashboard server's entry point: `npm run start -w @ssc/dashboard` (after `npm run build -w @ssc/dashboard`). */
import { loadDashboardEnv } from './env.ts';
import { startDashboardServer } from './server.ts';

const env = loadDashboardEnv();
const running = await startDashboardServer(env);
process.stdout.write(`dashboard ${running.url} (gateway ${env.GATEWAY_URL}; development sign-in ${env.devSignIn ? 'on' : 'off'})\n`);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    void running.stop().then(() => process.exit(0));
  });
