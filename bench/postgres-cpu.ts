import { readFileSync } from "node:fs";
import { join } from "node:path";
import { treeCpuMs } from "./cpu.js";

/** The pid of a running cluster's postmaster: the first line of `postmaster.pid` in its data directory. */
export function postmasterPid(clusterDir: string): number {
  const pid = Number(readFileSync(join(clusterDir, "postmaster.pid"), "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`no postmaster pid in ${join(clusterDir, "postmaster.pid")}`);
  return pid;
}

/**
 * The database a PostgreSQL process serves, from the title it sets itself
 * (`postgres: [<cluster_name>: ]<user> <database> <host>(<port>) <activity>`); null for the server's
 * own processes (checkpointer, WAL writer, background writer, autovacuum launcher...), which serve no
 * one database.
 */
export function backendDatabase(title: string): string | null {
  const backend = /^postgres: (?:[^:]+: )?\S+ (\S+) (?:\S+\(\d+\)|\[local\])(?: |$)/.exec(title.replace(/\0/g, " ").trim());
  return backend ? backend[1]! : null;
}

/**
 * CPU-ms used so far by one database's share of a PostgreSQL server: the postmaster, its own
 * processes and the backends connected to `database`, leaving out the backends of the others (the
 * other countries' idle pools and their periodic work). Backends that have exited are in the
 * postmaster's children's time whichever database they served.
 */
export function postgresCpuMs(postmaster: number, database: string): number {
  return treeCpuMs(postmaster, (pid) => {
    const served = backendDatabase(titleOf(pid));
    return served === null || served === database;
  });
}

function titleOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    return ""; // it exited while we read
  }
}
