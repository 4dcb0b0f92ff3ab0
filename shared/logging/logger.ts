import { pino, type Logger as PinoLogger } from "pino";

/**
 * One JSON line per event on stderr: easy to ship to a national SIEM, and it keeps stdout free for the
 * commands whose output is their result (the token command). Call sites see only this small interface;
 * pino writes the lines.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** A `Logger` with the pino logger behind it, for code that wants pino's own API (child loggers). */
export interface ServiceLogger extends Logger {
  readonly pino: PinoLogger;
}

const LEVELS = new Set(["fatal", "error", "warn", "info", "debug", "trace", "silent"]);

/** HUB_LOG: a pino level (`silent` in tests); default `info`. */
export function createLogger(service: string, env: NodeJS.ProcessEnv = process.env): ServiceLogger {
  const level = env.HUB_LOG && LEVELS.has(env.HUB_LOG) ? env.HUB_LOG : "info";
  const base = pino(
    {
      level,
      base: { service },
      messageKey: "message",
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    // Synchronous: a service that exits right after logging why (a bad config) must not lose the line.
    pino.destination({ fd: 2, sync: true }),
  );
  return wrap(base);
}

function wrap(base: PinoLogger): ServiceLogger {
  return {
    pino: base,
    info: (message, fields) => base.info(fields ?? {}, message),
    warn: (message, fields) => base.warn(fields ?? {}, message),
    error: (message, fields) => base.error(fields ?? {}, message),
  };
}
