// Runs a compiled entry point, compiling the TypeScript first when any source is newer than the last
// build. Plain JavaScript on purpose: it must run before anything is compiled. Compiler output goes to
// stderr so that commands whose stdout is their result (the token command) stay clean.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const root = resolve(import.meta.dirname, "..");
const stamp = join(root, "dist", ".build-stamp");
const sourceDirs = ["gateway", "subgraphs", "shared", "migrations", "dev", "bench"];

function newestSource(dir, isSource = (name) => name.endsWith(".ts") && !name.endsWith(".test.ts")) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // Dot folders hold data, not sources (bench/.data is a whole PostgreSQL cluster).
    if (entry.name.startsWith(".")) continue;
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path, isSource));
    else if (isSource(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function run(script, args, env = process.env, stdout = 2) {
  const result = spawnSync(process.execPath, [join(root, "node_modules", script), ...args], { cwd: root, env, stdio: ["ignore", stdout, 2] });
  if (result.status !== 0) {
    process.stderr.write("Build failed (see above).\n");
    process.exit(1);
  }
}

const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const bundling = join(root, "shared", "deploy", "rolldown.config.mjs");
const sources = Math.max(statSync(join(root, "tsconfig.json")).mtimeMs, statSync(bundling).mtimeMs, ...sourceDirs.map((d) => newestSource(join(root, d))));
// The services and the launcher run bundled (shared/deploy/rolldown.config.mjs): bundled again with every compile.
if (sources > built || !existsSync(join(root, "dist", "services", "national.js")) || !existsSync(join(root, "dist", "launcher", "start.js"))) {
  run("typescript/bin/tsc", ["-p", join(root, "tsconfig.json")]);
  // Its stdout lists every file written; warnings and errors go to stderr.
  run("rolldown/bin/cli.mjs", ["-c", bundling, "--logLevel", "warn"], process.env, "ignore");
  writeFileSync(stamp, new Date().toISOString());
}

// The console (served by the gateway at /console/) is built by Vite when any of its sources changed,
// including the hub's policy table it shares.
const consoleStamp = join(root, "dist", "console", "index.html");
const consoleBuilt = existsSync(consoleStamp) ? statSync(consoleStamp).mtimeMs : 0;
const anyFile = () => true;
const consoleSources = Math.max(
  newestSource(join(root, "console"), anyFile),
  newestSource(join(root, "shared", "policy")),
  statSync(join(root, "shared", "auth", "caller.ts")).mtimeMs,
);
// Always the production build: started by the test runner (NODE_ENV=test), Vite would otherwise bundle
// React's development build, half as heavy again, and the tests and the bench would see another console.
if (consoleSources > consoleBuilt) {
  run("vite/bin/vite.js", ["build", "--config", join(root, "console", "vite.config.ts"), "--logLevel", "warn"], { ...process.env, NODE_ENV: "production" });
}

const [entry, ...args] = process.argv.slice(2);
// With no entry point it only builds (the test suite builds once before its tests start hubs).
if (!entry) process.exit(0);
process.argv = [process.argv[0], join(root, entry), ...args];
await import(pathToFileURL(join(root, entry)).href);
