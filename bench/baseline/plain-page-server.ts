import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";

export interface PlainPageOptions {
  /** The country's database. */
  databaseUrl: string;
  /** The classifications the caller may read (its read rule's open ones: the condition the subgraph's SQL carries). */
  classifications: readonly string[];
  pageSize: number;
  /** The subgraph's pool size, so that both queue on the database alike. */
  poolSize: number;
  port?: number;
  host?: string;
}

export interface PlainPageServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The page of incidents a national subgraph reads for a foreign caller, as plain SQL: the same table,
 * visibility condition, order and index, the columns the benchmark's query asks for, one page.
 */
export function plainPageSql(classifications: number): string {
  const placeholders = Array.from({ length: classifications }, (_, i) => `$${i + 1}`).join(", ");
  return (
    `SELECT id, title, severity, classification, occurred_at AS "occurredAt" FROM incident ` +
    `WHERE classification IN (${placeholders}) ORDER BY occurred_at DESC, id DESC LIMIT $${classifications + 1}`
  );
}

/**
 * The minimal baseline of bench scenario 9: node:http and a pg pool, nothing else. Every POST,
 * whatever its body, answers the page's rows as a JSON array. No token check, no GraphQL, no access
 * log: what is left is the least any server must spend to give those rows over HTTP.
 */
export async function startPlainPageServer(options: PlainPageOptions): Promise<PlainPageServer> {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize });
  const sql = plainPageSql(options.classifications.length);
  const params = [...options.classifications, options.pageSize];
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      pool.query(sql, params).then(
        (result) => {
          const body = JSON.stringify(result.rows);
          response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) }).end(body);
        },
        (error: unknown) => {
          response.writeHead(500, { "content-type": "text/plain" }).end(String(error));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}
