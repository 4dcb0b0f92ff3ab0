import type { DataSource } from "typeorm";
import type { PositionalSql } from "./positional-sql.js";

/** The part of pg's pool used here (TypeORM's postgres driver keeps it as `driver.master`). */
interface PgPool {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: Record<string, unknown>[] }>;
}

/**
 * Statements are named (prepared once per connection, then only bound and executed) up to this many
 * distinct texts; past it they are sent unnamed. A text depends on the shape of a read only (which
 * filters, which kinds of grant), not on its values, so a deployment uses a few dozen at most; the bound
 * keeps a pathological mix of shapes from growing every connection's cache of statements without end.
 */
const MAX_NAMED_STATEMENTS = 200;

const names = new Map<string, string>();

/**
 * Runs `sql` on the data source's pool as a prepared statement: PostgreSQL parses and plans a hot read
 * once per connection instead of on every request.
 */
export async function queryPrepared(db: DataSource, sql: PositionalSql): Promise<Record<string, unknown>[]> {
  const pool = (db.driver as unknown as { master: PgPool }).master;
  let name = names.get(sql.text);
  if (name === undefined && names.size < MAX_NAMED_STATEMENTS) {
    name = `hub_read_${names.size}`;
    names.set(sql.text, name);
  }
  const result = await pool.query(name === undefined ? { text: sql.text, values: sql.values } : { name, text: sql.text, values: sql.values });
  return result.rows;
}
