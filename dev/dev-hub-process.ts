import { type ChildProcess, execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { isolatedHubEnv } from "./isolated-hub-env.js";
import { dropDatabase } from "../shared/db/databases.js";
import { dropDatabaseRoles } from "../shared/db/roles.js";
import { LAUNCHER_ENTRY } from "./service-entries.js";

const run = promisify(execFile);
// From dist/dev/ or dev/ (under vitest) alike: the repository root holds package.json.
export const ROOT = repositoryRoot();

export interface DevHubProcessOptions {
  countries: number;
  /** A server to make the participants' databases on; unset: the launcher's embedded PostgreSQL. */
  databaseUrl?: string;
  env?: Record<string, string>;
}

/**
 * A dev hub as a person starts it (`npm start`'s launcher, each service its own process), on its own
 * ports, data folder and database names, so that it runs beside any other hub.
 */
export class DevHubProcess {
  output = "";
  child: ChildProcess | undefined;
  readonly dataDir = mkdtempSync(join(tmpdir(), "hub-dev-"));
  readonly prefix = `hubdev_${randomBytes(3).toString("hex")}`;
  env: NodeJS.ProcessEnv = {};
  gatewayUrl = "";
  countryCodes: string[] = [];

  private constructor(private readonly options: DevHubProcessOptions) {}

  /** Prepares the environment; `start` then runs the launcher. */
  static async create(options: DevHubProcessOptions): Promise<DevHubProcess> {
    const hub = new DevHubProcess(options);
    // As root the embedded PostgreSQL runs as `postgres`, which must be able to enter the data folder.
    chmodSync(hub.dataDir, 0o755);
    const isolated = await isolatedHubEnv(hub.dataDir, options.countries, hub.prefix);
    hub.gatewayUrl = isolated.gatewayBaseUrl;
    hub.env = {
      ...process.env,
      ...isolated.env,
      HUB_DEMO_COUNTRIES: String(options.countries),
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
      ...options.env,
    };
    if (!options.databaseUrl) delete hub.env.DATABASE_URL;
    return hub;
  }

  /** Runs `command` (by default the launcher) and resolves once it says the hub is ready. */
  start(command = process.execPath, args = ["dev/run-built.mjs", LAUNCHER_ENTRY], timeoutMs = 120_000): Promise<ChildProcess> {
    return new Promise<ChildProcess>((resolve, reject) => {
      this.output = "";
      // Its own process group, as in a terminal: Ctrl-C then reaches every process of it.
      const child = spawn(command, args, { cwd: ROOT, env: this.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
      this.child = child;
      const timer = setTimeout(() => reject(new Error(`hub not ready in ${timeoutMs / 1000} s:\n${this.output}`)), timeoutMs);
      let ready = false;
      const onData = (chunk: Buffer) => {
        this.output += chunk;
        // Once: the launcher goes on printing (services' log lines) while processes.json is rewritten.
        if (!ready && this.output.includes("Hub ready")) {
          ready = true;
          clearTimeout(timer);
          this.countryCodes = this.processes().flatMap((p) => (p.name.startsWith("national-") ? [p.name.slice("national-".length)] : []));
          resolve(child);
        }
      };
      child.stdout!.on("data", onData);
      child.stderr!.on("data", (chunk) => (this.output += chunk));
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`the hub exited (${code}):\n${this.output}`));
      });
    });
  }

  /** A token from a participant's dev identity provider (`npm run token`). */
  async token(...args: string[]): Promise<string> {
    const { stdout } = await run(process.execPath, ["dev/run-built.mjs", "dist/dev/token.js", ...args], { cwd: ROOT, env: this.env });
    return stdout.trim();
  }

  async query(bearer: string | undefined, query: string, variables?: object): Promise<{ status: number; body: any }> {
    const response = await fetch(`${this.gatewayUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: await response.json() };
  }

  /** The supervisor's table of services and their pids. */
  processes(): { name: string; pid: number | null }[] {
    return JSON.parse(readFileSync(join(this.dataDir, "run", "processes.json"), "utf8")) as { name: string; pid: number | null }[];
  }

  /** Every service's log file (`logs/<service>.log`, JSON lines as the service wrote them), by service name. */
  logFiles(): Record<string, string> {
    const dir = join(this.dataDir, "logs");
    return Object.fromEntries(readdirSync(dir).map((file) => [file.replace(/\.log$/, ""), readFileSync(join(dir, file), "utf8")]));
  }

  pidOf(service: string): number {
    const pid = this.processes().find((p) => p.name === service)?.pid;
    if (!pid) throw new Error(`${service} is not running`);
    return pid;
  }

  launcherPid(): number {
    return Number(readFileSync(join(this.dataDir, "run", "hub.pid"), "utf8"));
  }

  /** Ctrl-C, as a person stops it: waits until the launcher has stopped every service and the database. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      process.kill(-child.pid!, "SIGINT");
    } catch {
      return; // the group has gone already
    }
    await exited;
  }

  /** Kills whatever still runs of the hub, drops its databases and removes its data folder. */
  async destroy(): Promise<void> {
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }
    if (this.options.databaseUrl) {
      for (const code of ["board", ...this.countryCodes]) {
        await dropDatabase(this.options.databaseUrl, `${this.prefix}_${code.toLowerCase()}`);
        await dropDatabaseRoles(this.options.databaseUrl, `${this.prefix}_${code.toLowerCase()}`);
      }
    }
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

function repositoryRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) dir = dirname(dir);
  return dir;
}
