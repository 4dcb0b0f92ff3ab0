import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { backendDatabase, postgresCpuMs, postmasterPid } from "./postgres-cpu.js";

describe("PostgreSQL's CPU, one database's share", () => {
  it("tells a backend's database from the title PostgreSQL sets, with or without a cluster name", () => {
    expect(backendDatabase("postgres: postgres bench_jp 127.0.0.1(51234) idle")).toBe("bench_jp");
    expect(backendDatabase("postgres: hub_jp_service bench_jp 127.0.0.1(51234) SELECT\0\0")).toBe("bench_jp");
    expect(backendDatabase("postgres: 15/main: postgres hubtest_us [local] idle in transaction")).toBe("hubtest_us");
    for (const own of ["postgres: checkpointer ", "postgres: walwriter", "postgres: 15/main: background writer", "postgres: autovacuum worker bench_jp", "/usr/lib/postgresql/bin/postgres\0-D\0/data"]) {
      expect(backendDatabase(own)).toBeNull();
    }
  });

  it("reads the postmaster's pid from its data directory", () => {
    const cluster = mkdtempSync(join(tmpdir(), "postmaster-"));
    writeFileSync(join(cluster, "postmaster.pid"), "4242\n/data/cluster\n1767000000\n5432\n\n127.0.0.1\n");
    expect(postmasterPid(cluster)).toBe(4242);
    writeFileSync(join(cluster, "postmaster.pid"), "\n");
    expect(() => postmasterPid(cluster)).toThrow(/no postmaster pid/);
  });

  it("counts the work of a backend of the database asked for, and leaves out the others'", async () => {
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    try {
      const { rows } = await client.query<{ pid: number; database: string }>("SELECT pg_backend_pid() AS pid, current_database() AS database");
      const { pid, database } = rows[0]!;
      const postmaster = parentOf(pid);
      const before = { mine: postgresCpuMs(postmaster, database), other: postgresCpuMs(postmaster, "no_such_database") };
      // About half a second of one core in this backend.
      await client.query("SELECT count(*) FROM generate_series(1, 6000000)");
      const mine = postgresCpuMs(postmaster, database) - before.mine;
      const other = postgresCpuMs(postmaster, "no_such_database") - before.other;
      expect(mine).toBeGreaterThanOrEqual(200);
      expect(other).toBeLessThan(mine - 150);
    } finally {
      await client.end();
    }
  });
});

function parentOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
}
