import { describe, expect, it } from "vitest";
import { DEFAULT_TERMINAL_LOG, TerminalLog, terminalLevels } from "./terminal-log.js";

const line = (level: string, service: string, message: string, fields: object = {}) =>
  JSON.stringify({ level, time: "2026-12-02T07:21:27.950Z", service, pid: 1, hostname: "h", ...fields, message });

describe("the launcher's terminal log", () => {
  it("shows the gateway's info lines and only warnings of the countries by default; HUB_TERMINAL_LOG says otherwise", () => {
    const levels = terminalLevels(undefined);
    expect(DEFAULT_TERMINAL_LOG).toBe("warn,gateway=info,identity-providers=info");
    expect([levels.of("gateway"), levels.of("identity-providers"), levels.of("board"), levels.of("national-JP")]).toEqual(["info", "info", "warn", "warn"]);
    const custom = terminalLevels("info, national-JP=debug,gateway=silent");
    expect([custom.of("gateway"), custom.of("national-JP"), custom.of("board")]).toEqual(["silent", "debug", "info"]);
    expect(() => terminalLevels("gateway=loud")).toThrow(/HUB_TERMINAL_LOG: "gateway=loud"/);
  });

  it("prints readable lines labelled with their service, filters by level, and passes prose through", async () => {
    let out = "";
    const terminal = await TerminalLog.create({ spec: undefined, services: ["gateway", "national-JP"], colour: false, write: (text) => (out += text) });
    terminal.line("gateway", line("info", "gateway", "request", { requestId: "r-1", status: 200 }));
    terminal.line("national-JP", line("info", "national-JP", "request", { requestId: "r-1" }));
    terminal.line("national-JP", line("warn", "national-JP", "not ready"));
    terminal.line("national-JP", "national-JP cannot start:");
    const shown = out.trimEnd().split("\n");
    expect(shown).toHaveLength(3);
    expect(shown[0]).toMatch(/^gateway {5}\| \[\d\d:\d\d:\d\d\.\d{3}\] INFO: request \{"requestId":"r-1","status":200\}$/);
    expect(shown[1]).toMatch(/^national-JP \| \[.*\] WARN: not ready$/);
    expect(shown[2]).toBe("national-JP | national-JP cannot start:");
  });
});
