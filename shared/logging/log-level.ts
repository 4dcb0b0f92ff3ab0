/** pino's levels, quietest last. */
export const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEFAULT_LOG_LEVEL: LogLevel = "info";

export function isLogLevel(text: string): text is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(text);
}

/**
 * The level from `LOG_LEVEL` (the name most log tooling expects), else from `HUB_LOG` (the hub's older
 * name, still used by tests and docs: `HUB_LOG=silent`), else `info`. An empty value counts as unset.
 * A value that is no level is a configuration problem, reported at start like every other one: a
 * typo must not silently leave a deployment logging at another level than the operator asked for.
 */
export function logLevelOf(env: NodeJS.ProcessEnv): { level: LogLevel; problem?: string } {
  for (const name of ["LOG_LEVEL", "HUB_LOG"] as const) {
    const value = env[name]?.trim().toLowerCase();
    if (!value) continue;
    if (isLogLevel(value)) return { level: value };
    return { level: DEFAULT_LOG_LEVEL, problem: `${name} must be one of ${LOG_LEVELS.join(", ")}, got "${env[name]}"` };
  }
  return { level: DEFAULT_LOG_LEVEL };
}
