import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadDevIssuer, signDevToken, type TokenRequest } from "../dev/dev-issuers.js";
import { loadHubConfig } from "../shared/config/hub-config.js";
import { databaseUrlFor, participantDatabaseName } from "../shared/db/databases.js";
import { isolatedHubEnv } from "../dev/isolated-hub-env.js";

export const ROOT = new URL("../..", import.meta.url).pathname;

/** A dev hub run by the real launcher (`npm start`), in its own data folder and on free ports. */
export class DevHub {
  private output = "";

  private constructor(
    readonly dataDir: string,
    readonly gatewayUrl: string,
    private readonly env: NodeJS.ProcessEnv,
    private process?: ChildProcess,
  ) {}

  /** `extraEnv`: what this run of the hub gets besides (tracing switched on, say). */
  static async configure(dataDir: string, countries: number, incidentsPerCountry: number, extraEnv: NodeJS.ProcessEnv = {}): Promise<DevHub> {
    // The hub is stopped and started again (cold start) on the same ports.
    const isolated = await isolatedHubEnv(dataDir, countries, "bench");
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...isolated.env,
      HUB_DEMO_COUNTRIES: String(countries),
      HUB_DEMO_INCIDENTS: String(incidentsPerCountry),
      // One token drives hundreds of requests a second: far above what a person or console needs, and
      // so above the default rate limits.
      HUB_RATE_LIMIT_PER_MINUTE: "10000000",
      ...extraEnv,
    };
    // Always the embedded PostgreSQL: the figures should not depend on which server the shell points at.
    delete env.DATABASE_URL;
    return new DevHub(dataDir, `${isolated.gatewayBaseUrl}/graphql`, env);
  }

  /** `npm start`; resolves with the process once the launcher says the hub is ready. */
  async start(): Promise<void> {
    this.output = "";
    this.spawnOnly();
    const child = this.process!;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the hub was not ready in 5 min:\n${this.output}`)), 300_000);
      child.stdout!.on("data", () => {
        if (this.output.includes("Hub ready")) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`npm start exited (${code}):\n${this.output}`));
      });
    });
  }

  /** Starts `npm start` without waiting: for timing the first answer from the outside. */
  spawnOnly(): void {
    this.output = "";
    // Its own process group, as a terminal runs it: Ctrl-C reaches npm and the launcher alike.
    this.process = spawn("npm", ["start", "--silent"], { cwd: ROOT, env: this.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    this.process.stdout!.on("data", (chunk) => (this.output += chunk));
    this.process.stderr!.on("data", (chunk) => (this.output += chunk));
  }

  /** The pid of `npm start`: every process of the hub runs under it. */
  get pid(): number {
    return this.process!.pid!;
  }

  get log(): string {
    return this.output;
  }

  /** Ctrl-C, as a user stops it; waits until the launcher has stopped every service and the database. */
  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      process.kill(-child.pid!, "SIGINT");
    } catch {
      return; // the group has gone already
    }
    await exited;
  }

  pidOf(service: string): number {
    const processes = JSON.parse(readFileSync(join(this.dataDir, "run", "processes.json"), "utf8")) as { name: string; pid: number }[];
    const found = processes.find((p) => p.name === service);
    if (!found) throw new Error(`no running service ${service}`);
    return found.pid;
  }

  endpointOf(service: "board" | string): string {
    const config = loadHubConfig(join(this.dataDir, "hub.json"));
    return service === "board" ? config.board.url : config.countries.find((c) => c.code === service)!.url;
  }

  /** The participant's database on the hub's embedded PostgreSQL. */
  databaseUrl(participant: string): string {
    const password = readFileSync(join(this.dataDir, "postgres", "password"), "utf8").trim();
    const server = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${this.env.HUB_PG_PORT}/postgres`;
    return databaseUrlFor(server, participantDatabaseName(this.env.HUB_DB_PREFIX!, participant));
  }

  countries(): string[] {
    return loadHubConfig(join(this.dataDir, "hub.json")).countries.map((c) => c.code);
  }

  async token(country: string, request: TokenRequest): Promise<string> {
    const config = loadHubConfig(join(this.dataDir, "hub.json"));
    const entry = config.issuers.find((i) => i.participant === country)!;
    return signDevToken(loadDevIssuer(join(this.dataDir, "issuers"), country, entry.issuer), request);
  }
}

/** Resident memory of a process, from /proc (Linux). */
export function residentMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]);
  return kb / 1024;
}
