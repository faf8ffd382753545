/**
 * `npm run dev` (root): Vite's dev server with live reload, against a federation that is already
 * running (`npm start` in another terminal). POST /graphql and /dev/* go to a development
 * instance of the dashboard's server on a free port, which passes /graphql on to GATEWAY_URL and
 * signs development tokens with the keys `npm start` keeps (DEV_KEYS_DIR, default `.data/keys`).
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer } from 'vite';
import { loadDashboardEnv } from '../src/server/env.ts';
import { startDashboardServer } from '../src/server/server.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = loadDashboardEnv(undefined, {
  PORT: '0',
  NODE_ENV: 'development',
  DEV_KEYS_DIR: fileURLToPath(new URL('../../../.data/keys', import.meta.url)),
});
const api = await startDashboardServer(env);
const target = api.url.replace(/\/$/, '');
const vite = await createServer({
  root,
  configFile: false,
  plugins: [react()],
  server: { host: env.HOST, proxy: { '/graphql': target, '/dev': target } },
});
await vite.listen();
vite.printUrls();
console.log(`  API: /graphql and /dev via ${target} -> ${env.GATEWAY_URL}`);
