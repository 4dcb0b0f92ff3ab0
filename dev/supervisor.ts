import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { STOP_WITH_PARENT_ENV } from "../shared/process/run-until-signalled.js";
import { eachLine } from "./terminal-log.js";

export interface ServiceSpec {
  name: string;
  country?: string;
  /** Compiled entry point (a .js file under dist/). */
  entry: string;
  env: Record<string, string>;
  url: string;
  /**
   * The front door (the gateway): stopped, and drained, before the services it calls, so that a request
   * in flight when the hub stops still gets every country's part.
   */
  front?: boolean;
}

interface Supervised {
  spec: ServiceSpec;
  child?: ChildProcess;
  restarts: number;
}

const MAX_BACKOFF_MS = 30_000;
/** EX_CONFIG: the service refused its configuration (wrong country, pending migrations): a restart cannot help. */
const REFUSED_CONFIGURATION = 78;

/**
 * Runs each service as its own process, as production would: a crash of one country's subgraph does
 * not take the hub down, and the supervisor restarts it with exponential backoff. Output goes to one
 * log file per service, unchanged, and line by line to `terminal` (the launcher shows it readably);
 * `processes.json` says which pid serves what.
 */
export class Supervisor {
  private readonly services = new Map<string, Supervised>();
  private stopping = false;

  constructor(
    private readonly logsDir: string,
    private readonly runDir: string,
    private readonly say: (line: string) => void,
    private readonly terminal?: (service: string, line: string) => void,
  ) {
    mkdirSync(logsDir, { recursive: true });
    mkdirSync(runDir, { recursive: true });
  }

  start(spec: ServiceSpec): void {
    const supervised: Supervised = { spec, restarts: 0 };
    this.services.set(spec.name, supervised);
    this.launch(supervised);
  }

  private launch(supervised: Supervised): void {
    const { spec } = supervised;
    const log = createWriteStream(join(this.logsDir, `${spec.name}.log`), { flags: "a" });
    // No --enable-source-maps: Node 20 reads and parses every loaded file's map as it loads (a tenth of
    // the gateway's start-up, measured). The bundles are readable JavaScript with each source file's
    // path marked; NODE_OPTIONS=--enable-source-maps maps stack traces when a developer wants it.
    const child = spawn(process.execPath, [...profilingArgs(spec.name), spec.entry], {
      // A launcher killed outright (SIGKILL) cannot stop its services: they watch for it themselves.
      env: { ...process.env, ...spec.env, [STOP_WITH_PARENT_ENV]: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    const terminal = this.terminal;
    if (terminal) for (const stream of [child.stdout, child.stderr]) eachLine(stream, (line) => terminal(spec.name, line));
    supervised.child = child;
    child.once("exit", (code, signal) => {
      log.end();
      this.writeProcessTable();
      if (this.stopping) return;
      if (code === REFUSED_CONFIGURATION) {
        this.say(`${spec.name} refused to start (its log says why: ${join(this.logsDir, `${spec.name}.log`)}); not restarting it`);
        return;
      }
      const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** supervised.restarts);
      supervised.restarts++;
      this.say(`${spec.name} exited (${signal ?? `code ${code}`}); restarting in ${delay} ms (log: ${join(this.logsDir, `${spec.name}.log`)})`);
      setTimeout(() => !this.stopping && this.launch(supervised), delay).unref();
    });
    this.writeProcessTable();
  }

  writeProcessTable(): void {
    const table = [...this.services.values()].map(({ spec, child }) => ({
      name: spec.name,
      ...(spec.country ? { country: spec.country } : {}),
      pid: isRunning(child) ? child.pid : null,
      url: spec.url,
    }));
    writeFileSync(join(this.runDir, "processes.json"), JSON.stringify(table, null, 2) + "\n");
  }

  /** Passes a signal on to every running service (SIGHUP: reload the hub config). */
  signalAll(signal: NodeJS.Signals): void {
    for (const { child } of this.services.values()) if (isRunning(child)) child.kill(signal);
  }

  /**
   * SIGTERM to every service (each drains, then closes its pools), the front door first and the services
   * behind it once it is gone; SIGKILL for any still running after `timeoutMs`.
   */
  async stopAll(timeoutMs = 15_000): Promise<void> {
    this.stopping = true;
    const services = [...this.services.values()];
    await terminate(services.filter((s) => s.spec.front), timeoutMs);
    await terminate(services.filter((s) => !s.spec.front), timeoutMs);
    this.writeProcessTable();
  }
}

function isRunning(child: ChildProcess | undefined): child is ChildProcess {
  return !!child && child.exitCode === null && child.signalCode === null;
}

function terminate(services: Supervised[], timeoutMs: number): Promise<unknown> {
  const running = services.map((s) => s.child).filter(isRunning);
  return Promise.all(
    running.map(
      (child) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
          child.once("exit", () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill("SIGTERM");
        }),
    ),
  );
}

/**
 * Profiling, development only (bench/cpu-profile reads both kinds):
 * - HUB_CPU_PROFILE_DIR: every service writes a `node --cpu-prof` profile into a folder of its own
 *   under that directory when it stops;
 * - HUB_PERF_MAP=1: every service writes /tmp/perf-<pid>.map (`--perf-basic-prof`), so that
 *   `perf record` names its JavaScript frames.
 */
function profilingArgs(service: string): string[] {
  const dir = process.env.HUB_CPU_PROFILE_DIR;
  return [
    ...(dir ? ["--cpu-prof", `--cpu-prof-dir=${join(dir, service)}`] : []),
    ...(process.env.HUB_PERF_MAP === "1" ? ["--perf-basic-prof"] : []),
  ];
}
