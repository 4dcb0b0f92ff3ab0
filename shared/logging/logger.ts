/**
 * One JSON line per event on stderr: easy to ship to a national SIEM, and it keeps stdout free for the
 * commands whose output is their result (the token command).
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export function createLogger(service: string): Logger {
  const silent = process.env.HUB_LOG === "silent";
  const write = (level: string, message: string, fields?: Record<string, unknown>) => {
    if (silent) return;
    process.stderr.write(JSON.stringify({ time: new Date().toISOString(), level, service, message, ...fields }) + "\n");
  };
  return {
    info: (m, f) => write("info", m, f),
    warn: (m, f) => write("warn", m, f),
    error: (m, f) => write("error", m, f),
  };
}
