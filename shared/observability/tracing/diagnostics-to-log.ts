import { type DiagLogger, DiagLogLevel, diag } from "@opentelemetry/api";
import type { Logger } from "../../logging/logger.js";

/**
 * OpenTelemetry's own complaints (a collector that refuses or cannot be reached, an export given up)
 * as the service's JSON log lines, warnings and errors only, instead of bare text on stderr that no log
 * pipeline parses: an operator sees that traces are being lost where every other problem shows.
 */
export function routeDiagnosticsTo(logger: Logger): void {
  const line = (level: "warn" | "error") => (message: string, ...args: unknown[]) =>
    logger[level]("tracing: " + message, args.length > 0 ? { detail: args.map(describe).join(" ") } : undefined);
  const toLog: DiagLogger = { error: line("error"), warn: line("warn"), info: () => {}, debug: () => {}, verbose: () => {} };
  diag.setLogger(toLog, { logLevel: DiagLogLevel.WARN, suppressOverrideMessage: true });
}

function describe(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (typeof value === "string") return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
