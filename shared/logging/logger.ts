import { hostname } from "node:os";
import { isSpanContextValid, trace } from "@opentelemetry/api";
import { type DestinationStream, pino, type Logger as PinoLogger } from "pino";
import { logLevelOf } from "./log-level.js";
import { REDACT_PATHS, REDACTED, scrubTokens } from "./redaction.js";
import { currentRequest } from "./request-context.js";
import { guardReserved } from "./reserved-fields.js";

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

/**
 * A `Logger` with the pino logger behind it, for code that wants pino's own API. Lines written through
 * `pino` directly get the request id, trace ids and redaction, but not the reserved-key guard.
 */
export interface ServiceLogger extends Logger {
  readonly pino: PinoLogger;
}

/**
 * The level comes from LOG_LEVEL, else HUB_LOG (see log-level.ts), default `info`; a service checks it
 * at start (prepare-service.ts), so a bad value here is a programming error. `destination`: where lines
 * go (tests capture them); default stderr.
 */
export function createLogger(service: string, env: NodeJS.ProcessEnv = process.env, destination?: DestinationStream): ServiceLogger {
  const { level, problem } = logLevelOf(env);
  if (problem) throw new Error(problem);
  const base = pino(
    {
      level,
      base: { service, pid: process.pid, hostname: hostname() },
      messageKey: "message",
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: correlation,
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      hooks: { streamWrite: scrubTokens },
    },
    // Synchronous: a service that exits right after logging why (a bad config) must not lose the line.
    destination ?? pino.destination({ fd: 2, sync: true }),
  );
  return wrap(base);
}

/**
 * What ties a line to others: the request being handled (this service's and, forwarded as
 * `x-request-id`, every subgraph's lines for it), and the active OpenTelemetry span when tracing is on.
 * A new object each time: pino merges the line's fields into it.
 */
function correlation(): Record<string, string> {
  const fields: Record<string, string> = {};
  const request = currentRequest();
  if (request) fields.requestId = request.requestId;
  const span = trace.getActiveSpan()?.spanContext();
  if (span && isSpanContextValid(span)) {
    fields.traceId = span.traceId;
    fields.spanId = span.spanId;
  }
  return fields;
}

function wrap(base: PinoLogger): ServiceLogger {
  return {
    pino: base,
    info: (message, fields) => base.info(guardReserved(fields), message),
    warn: (message, fields) => base.warn(guardReserved(fields), message),
    error: (message, fields) => base.error(guardReserved(fields), message),
  };
}
