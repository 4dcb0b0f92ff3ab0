import type pg from "pg";
import type { DataSource } from "typeorm";

/**
 * The node-postgres pool behind a TypeORM DataSource over PostgreSQL (its driver's `master`), for the
 * few paths that need what TypeORM's `query()` does not give: several statements in one round trip,
 * or no per-query layer on a hot path. Throws when the DataSource is not connected.
 */
export function pgPool(db: DataSource): pg.Pool {
  const pool = (db.driver as { master?: pg.Pool }).master;
  if (!pool) throw new Error("pgPool: the DataSource is not connected");
  return pool;
}
