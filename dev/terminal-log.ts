import { isLogLevel, LOG_LEVELS, type LogLevel } from "../shared/logging/log-level.js";

/**
 * What `npm start` shows of the services' logs on its terminal (the JSON files under .data/logs keep
 * every line, unchanged). A list of `service=level` entries and one bare level for every other service:
 * `HUB_TERMINAL_LOG=info` shows everything, `HUB_TERMINAL_LOG=silent` nothing,
 * `HUB_TERMINAL_LOG="warn,national-JP=debug"` one country closely. The default shows the gateway's and
 * the identity providers' info lines (one line per client request, sign-ins) but only warnings and
 * errors of the board and the countries: with 50 countries, every query through `countries` would
 * otherwise print 50 more lines, each carrying the gateway's request id anyway.
 */
export const DEFAULT_TERMINAL_LOG = "warn,gateway=info,identity-providers=info";

const RANK = new Map<string, number>(LOG_LEVELS.map((level, i) => [level, i]));

export interface TerminalLevels {
  /** The quietest level shown for a service. */
  of(service: string): LogLevel;
}

/** Parses HUB_TERMINAL_LOG; a problem is thrown as a message the launcher prints. */
export function terminalLevels(spec: string | undefined): TerminalLevels {
  const text = spec?.trim() || DEFAULT_TERMINAL_LOG;
  let fallback: LogLevel = "info";
  const byService = new Map<string, LogLevel>();
  for (const entry of text.split(",").map((e) => e.trim()).filter(Boolean)) {
    const [name, level] = entry.includes("=") ? entry.split("=", 2).map((s) => s.trim()) : [undefined, entry];
    const lower = level?.toLowerCase() ?? "";
    if (!isLogLevel(lower)) throw new Error(`HUB_TERMINAL_LOG: "${entry}" is not [service=]level with a level among ${LOG_LEVELS.join(", ")}`);
    if (name) byService.set(name, lower);
    else fallback = lower;
  }
  return { of: (service) => byService.get(service) ?? fallback };
}

/** Whether a line at `level` (a pino label) passes a threshold. Lines that are not JSON always pass. */
export function shows(threshold: LogLevel, level: unknown): boolean {
  if (threshold === "silent") return false;
  const rank = typeof level === "string" ? RANK.get(level) : undefined;
  return rank === undefined || rank >= RANK.get(threshold)!;
}

type Pretty = (line: string) => string;

/**
 * Prints services' log lines on the launcher's terminal, readable (pino-pretty, a dev dependency: plain
 * lines if it is missing) and labelled with the service. A line that is not JSON (a service that cannot
 * start lists its problems in prose, a crash prints a stack) is printed as it is, always.
 */
export class TerminalLog {
  private readonly width: number;

  private constructor(
    private readonly levels: TerminalLevels,
    private readonly pretty: Pretty | undefined,
    private readonly write: (text: string) => void,
    services: string[],
  ) {
    this.width = Math.max(0, ...services.map((s) => s.length));
  }

  static async create(options: { spec: string | undefined; services: string[]; colour: boolean; write: (text: string) => void }): Promise<TerminalLog> {
    const levels = terminalLevels(options.spec);
    let pretty: Pretty | undefined;
    try {
      const { prettyFactory } = await import("pino-pretty");
      pretty = prettyFactory({
        colorize: options.colour,
        messageKey: "message",
        translateTime: "SYS:HH:MM:ss.l",
        ignore: "pid,hostname,service",
        singleLine: true,
      });
    } catch {
      // Not installed (npm ci --omit=dev): the lines are shown as they are.
    }
    return new TerminalLog(levels, pretty, options.write, options.services);
  }

  /** One line of a service's output (without its newline). */
  line(service: string, text: string): void {
    if (!text.trim()) return;
    const label = `${service.padEnd(this.width)} |`;
    let parsed: { level?: unknown } | undefined;
    try {
      const value: unknown = text.startsWith("{") ? JSON.parse(text) : undefined;
      parsed = typeof value === "object" && value !== null ? (value as { level?: unknown }) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!parsed) {
      this.write(`${label} ${text}\n`);
      return;
    }
    if (!shows(this.levels.of(service), parsed.level)) return;
    const shown = this.pretty ? this.pretty(text).replace(/\n$/, "") : text;
    this.write(`${label} ${shown}\n`);
  }
}

/** Splits a stream's chunks into lines for `onLine`; the last partial line waits for its end. */
export function eachLine(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let pending = "";
  stream.on("data", (chunk: Buffer | string) => {
    pending += chunk.toString();
    const lines = pending.split("\n");
    pending = lines.pop()!;
    for (const line of lines) onLine(line);
  });
  stream.on("end", () => {
    if (pending) onLine(pending);
    pending = "";
  });
}
