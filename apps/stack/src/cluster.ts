/** The PostgreSQL server of `npm start`: the embedded cluster in the data folder, or DATABASE_URL's server. */
import { join } from 'node:path';
import { serverUrl } from '@ssc/db';
import { startEmbeddedPostgres } from '@ssc/db/embedded';
import type { StackEnv } from './env.ts';

export interface Cluster {
  adminUrl: string;
  description: string;
  stop(): Promise<void>;
}

export async function openCluster(env: StackEnv): Promise<Cluster> {
  if (env.DATABASE_URL) {
    return {
      adminUrl: serverUrl(env.DATABASE_URL, 'postgres'),
      description: `PostgreSQL at ${new URL(env.DATABASE_URL).host}`,
      stop: async () => {},
    };
  }
  const dataDir = join(env.SSC_DATA_DIR, 'postgres');
  const cluster = await startEmbeddedPostgres({ dataDir, port: env.SSC_PG_PORT });
  return {
    adminUrl: cluster.adminUrl,
    description: `embedded PostgreSQL 18 on port ${cluster.port}, data in ${dataDir}`,
    stop: () => cluster.stop(),
  };
}
