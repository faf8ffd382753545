/** Creating and dropping databases on a PostgreSQL server, given its maintenance-database URL. */
import pg from 'pg';

/** The URL of another database on the same server. */
export function serverUrl(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

const quoteIdent = (name: string): string => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid database name "${name}"`);
  return `"${name}"`;
};

async function withAdmin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates the database when it does not exist yet. */
export async function ensureDatabase(adminUrl: string, database: string, template?: string): Promise<void> {
  await withAdmin(adminUrl, async (c) => {
    const { rowCount } = await c.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) {
      await c.query(`create database ${quoteIdent(database)}${template ? ` template ${quoteIdent(template)}` : ''}`);
    }
  });
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  await withAdmin(adminUrl, (c) => c.query(`drop database if exists ${quoteIdent(database)} with (force)`));
}
