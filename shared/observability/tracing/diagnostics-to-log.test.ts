import { diag } from "@opentelemetry/api";
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../../logging/logger.js";
import { routeDiagnosticsTo } from "./diagnostics-to-log.js";

describe("OpenTelemetry's diagnostics", () => {
  afterEach(() => diag.disable());

  it("become the service's JSON log lines, warnings and errors only", () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({ write: (chunk, _encoding, done) => (lines.push(JSON.parse(String(chunk))), done()) });
    routeDiagnosticsTo(createLogger("national-JP", { LOG_LEVEL: "info" }, sink));
    diag.error("Export failed", new Error("connect ECONNREFUSED 127.0.0.1:4318"));
    diag.warn("Export retry time exceeds remaining timeout");
    diag.info("Registered a global for trace");
    diag.debug("details");
    expect(lines.map((line) => [line.level, line.service, line.message, line.detail])).toEqual([
      ["error", "national-JP", "tracing: Export failed", "Error: connect ECONNREFUSED 127.0.0.1:4318"],
      ["warn", "national-JP", "tracing: Export retry time exceeds remaining timeout", undefined],
    ]);
  });
});
