/**
 * The services as they run, relative to the repository root: bundled after `tsc` by
 * shared/deploy/rolldown.config.mjs (a national subgraph then starts on ~1 CPU-s instead of ~1.6).
 * `npm start`, the tests that start a service on its own, the bench and docker-compose.yml run these.
 */
export const SERVICE_ENTRIES = {
  gateway: "dist/services/gateway.js",
  board: "dist/services/board.js",
  national: "dist/services/national.js",
} as const;

/** `npm start`'s launcher as it runs, bundled by the same config (its imports are a cold start's first wait). */
export const LAUNCHER_ENTRY = "dist/launcher/start.js";
