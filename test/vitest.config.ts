import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig({
  root,
  // One copy of graphql for every module, or type-graphql and Apollo see two "realms".
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }] },
  test: {
    include: ["{gateway,subgraphs,shared,migrations,dev,bench,test,console}/**/*.test.ts"],
    // The benchmark's hubs keep their PostgreSQL clusters there.
    exclude: [...configDefaults.exclude, "bench/.data/**"],
    globalSetup: ["test/support/global-setup.ts"],
    // Decorated entities and GraphQL types need the metadata polyfill before any of them loads.
    setupFiles: ["reflect-metadata"],
    env: { HUB_LOG: process.env.HUB_LOG ?? "silent", APOLLO_TELEMETRY_DISABLED: "true" },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
