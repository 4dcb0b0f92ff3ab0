import pg from "pg";

/**
 * One database per participant on the same server, in dev and tests: `postgres://.../hub_jp`.
 * In production each country points its subgraph at its own server with its own DATABASE_URL.
 */
export function databaseUrlFor(serverUrl: string, databaseName: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  return url.toString();
}

export function participantDatabaseName(prefix: string, participant: string): string {
  return `${prefix}_${participant.toLowerCase()}`;
}

const SAFE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function ensureDatabase(serverUrl: string, databaseName: string): Promise<void> {
  if (!SAFE_NAME.test(databaseName)) throw new Error(`Unsafe database name ${databaseName}`);
  await withAdminClient(serverUrl, async (client) => {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [databaseName]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${databaseName}"`);
  });
}

export async function dropDatabase(serverUrl: string, databaseName: string): Promise<void> {
  if (!SAFE_NAME.test(databaseName)) throw new Error(`Unsafe database name ${databaseName}`);
  await withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`));
}

async function withAdminClient<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrlFor(serverUrl, "postgres") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
