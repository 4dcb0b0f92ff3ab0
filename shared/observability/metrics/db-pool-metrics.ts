import { Gauge, type Registry } from "prom-client";
import type { DataSource } from "typeorm";

/** What node-postgres's Pool tells of itself (pg's Pool: totalCount, idleCount, waitingCount, options.max). */
interface PoolFacts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

/**
 * The pg pool behind a TypeORM DataSource over PostgreSQL (its driver's `master` pool). Undefined before
 * the DataSource is initialised, after it is destroyed, or for another driver: the gauges then stay empty.
 */
export function poolOf(db: DataSource): PoolFacts | undefined {
  const pool = (db.driver as { master?: unknown }).master as PoolFacts | undefined;
  return pool && typeof pool.totalCount === "number" ? pool : undefined;
}

/**
 * `hub_db_pool_connections{state="total|idle|waiting"}` and `hub_db_pool_max`, read at scrape: a pool
 * with no idle connection and callers waiting is the database being the bottleneck (or a leak).
 * `waiting` counts queries queued for a connection, not connections.
 */
export function registerPoolMetrics(registry: Registry, db: DataSource): void {
  new Gauge({
    name: "hub_db_pool_connections",
    help: "The service's PostgreSQL pool: connections open (total), idle, and queries waiting for one (waiting).",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      this.reset();
      const pool = poolOf(db);
      if (!pool) return;
      this.set({ state: "total" }, pool.totalCount);
      this.set({ state: "idle" }, pool.idleCount);
      this.set({ state: "waiting" }, pool.waitingCount);
    },
  });
  new Gauge({
    name: "hub_db_pool_max",
    help: "Most connections the service's PostgreSQL pool opens.",
    registers: [registry],
    collect() {
      this.reset();
      const max = poolOf(db)?.options?.max;
      if (typeof max === "number") this.set(max);
    },
  });
}
