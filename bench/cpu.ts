import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

const TICKS_PER_SECOND = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

interface ProcessTimes {
  pid: number;
  parent: number;
  /** CPU of the process itself and of its children that have exited (PostgreSQL's finished backends). */
  ticks: number;
}

/**
 * CPU time used so far by a process and every process under it (Linux /proc), in milliseconds: the
 * gateway, the board, every country, the embedded PostgreSQL and its backends, whichever core ran them.
 * `keep`: which processes under the root count, with what runs under them (all, unless told).
 */
export function treeCpuMs(rootPid: number, keep: (pid: number) => boolean = () => true): number {
  const all = readAllProcesses();
  const children = new Map<number, ProcessTimes[]>();
  for (const p of all) children.set(p.parent, [...(children.get(p.parent) ?? []), p]);
  let ticks = 0;
  const stack = all.filter((p) => p.pid === rootPid);
  while (stack.length) {
    const p = stack.pop()!;
    if (p.pid !== rootPid && !keep(p.pid)) continue;
    ticks += p.ticks;
    stack.push(...(children.get(p.pid) ?? []));
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

function readAllProcesses(): ProcessTimes[] {
  const found: ProcessTimes[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name (field 2) may hold spaces: the fields after it follow the last ")".
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const [utime, stime, cutime, cstime] = [11, 12, 13, 14].map((i) => Number(fields[i]));
      found.push({ pid: Number(name), parent: Number(fields[1]), ticks: utime! + stime! + cutime! + cstime! });
    } catch {
      // The process ended while we read.
    }
  }
  return found;
}
