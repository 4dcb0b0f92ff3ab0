import { type Context, context, type ContextManager, ROOT_CONTEXT, trace, TraceFlags } from "@opentelemetry/api";
import { GraphQLError } from "graphql";
import { afterEach, describe, expect, it } from "vitest";
import { maskErrors } from "../errors/mask-errors.js";
import { logLevelOf } from "./log-level.js";
import { createLogger } from "./logger.js";
import { runInRequest } from "./request-context.js";

/** The logger's lines, parsed, as a log shipper would read them. */
function capture(env: NodeJS.ProcessEnv = { LOG_LEVEL: "info" }) {
  const raw: string[] = [];
  const logger = createLogger("test-service", env, { write: (line: string) => void raw.push(line) });
  return { logger, raw, lines: () => raw.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

/** The least a context manager does, so a span can be active without the OpenTelemetry SDK. */
class SyncContextManager implements ContextManager {
  private current: Context = ROOT_CONTEXT;
  active(): Context {
    return this.current;
  }
  with<A extends unknown[], F extends (...args: A) => ReturnType<F>>(ctx: Context, fn: F, thisArg?: ThisParameterType<F>, ...args: A): ReturnType<F> {
    const before = this.current;
    this.current = ctx;
    try {
      return fn.call(thisArg, ...args);
    } finally {
      this.current = before;
    }
  }
  bind<T>(_ctx: Context, target: T): T {
    return target;
  }
  enable(): this {
    return this;
  }
  disable(): this {
    this.current = ROOT_CONTEXT;
    return this;
  }
}

describe("the service logger", () => {
  afterEach(() => context.disable());

  it("takes its level from LOG_LEVEL, then HUB_LOG, and calls any other value a configuration problem", () => {
    expect(logLevelOf({})).toEqual({ level: "info" });
    expect(logLevelOf({ HUB_LOG: "silent" })).toEqual({ level: "silent" });
    expect(logLevelOf({ LOG_LEVEL: "warn", HUB_LOG: "silent" })).toEqual({ level: "warn" });
    expect(logLevelOf({ LOG_LEVEL: "", HUB_LOG: "" })).toEqual({ level: "info" });
    expect(logLevelOf({ LOG_LEVEL: "DEBUG" })).toEqual({ level: "debug" });
    expect(logLevelOf({ LOG_LEVEL: "verbose" }).problem).toBe('LOG_LEVEL must be one of trace, debug, info, warn, error, fatal, silent, got "verbose"');
    expect(logLevelOf({ HUB_LOG: "loud" }).problem).toMatch(/^HUB_LOG must be one of/);
    expect(() => createLogger("x", { LOG_LEVEL: "verbose" })).toThrow(/LOG_LEVEL/);
    const { logger, raw } = capture({ LOG_LEVEL: "warn" });
    logger.info("not shown");
    logger.warn("shown");
    expect(raw).toHaveLength(1);
  });

  it("writes one JSON line with level, time, service and message", () => {
    const { logger, lines } = capture();
    logger.info("started", { port: 4000 });
    expect(lines()).toEqual([{ level: "info", time: expect.any(String), service: "test-service", pid: process.pid, hostname: expect.any(String), port: 4000, message: "started" }]);
  });

  it("puts the request id on every line logged while a request is handled, however deep, and none outside", async () => {
    const { logger, lines } = capture();
    await runInRequest("req-1", async () => {
      logger.info("first");
      await new Promise((resolve) => setTimeout(resolve, 1));
      // A masked internal error, logged from Apollo's formatError far from the HTTP layer.
      maskErrors(logger)({ message: "relation does not exist" }, new GraphQLError("relation does not exist"));
    });
    logger.info("between requests");
    expect(lines().map((line) => [line.message, line.requestId])).toEqual([
      ["first", "req-1"],
      ["internal error", "req-1"],
      ["between requests", undefined],
    ]);
  });

  it("adds the active span's trace and span ids, only for a valid span", () => {
    context.setGlobalContextManager(new SyncContextManager());
    const { logger, lines } = capture();
    const traceId = "0af7651916cd43dd8448eb211c80319c";
    const spanId = "b7ad6b7169203331";
    const active = (ids: { traceId: string; spanId: string }) => trace.setSpan(ROOT_CONTEXT, trace.wrapSpanContext({ ...ids, traceFlags: TraceFlags.SAMPLED }));
    context.with(active({ traceId, spanId }), () => logger.info("traced"));
    context.with(active({ traceId: "0".repeat(32), spanId: "0".repeat(16) }), () => logger.info("invalid span"));
    logger.info("no span");
    const [traced, invalid, none] = lines();
    expect(traced).toMatchObject({ traceId, spanId });
    expect(invalid).not.toHaveProperty("traceId");
    expect(none).not.toHaveProperty("traceId");
    expect(none).not.toHaveProperty("spanId");
  });

  it("never lets a field overwrite a key it writes itself: the caller's value is kept as field_<key>", () => {
    context.setGlobalContextManager(new SyncContextManager());
    const { logger, raw, lines } = capture();
    const span = trace.wrapSpanContext({ traceId: "1".repeat(32), spanId: "2".repeat(16), traceFlags: TraceFlags.SAMPLED });
    runInRequest("real-id", () =>
      context.with(trace.setSpan(ROOT_CONTEXT, span), () =>
        logger.info("x", { requestId: "forged", level: "x", message: "m", msg: "n", time: 1, service: "s", traceId: "t", spanId: "u", pid: 1, hostname: "h", kept: true }),
      ),
    );
    const [line] = lines();
    expect(line).toMatchObject({ level: "info", message: "x", service: "test-service", requestId: "real-id", traceId: "1".repeat(32), spanId: "2".repeat(16), pid: process.pid, kept: true });
    expect(line).toMatchObject({ field_requestId: "forged", field_level: "x", field_message: "m", field_msg: "n", field_time: 1, field_service: "s", field_traceId: "t", field_spanId: "u", field_pid: 1, field_hostname: "h" });
    expect(line!.time).toEqual(expect.any(String));
    // One of each key in the text itself, not only after a parser has kept the last one.
    for (const key of ["level", "message", "requestId", "service", "time", "traceId", "spanId", "pid", "hostname"]) {
      expect(raw[0]!.split(`"${key}":`).length - 1, key).toBe(1);
    }
  });

  it("redacts credentials wherever a header could appear, and any token inside a string", () => {
    const { logger, raw, lines } = capture();
    const jwt = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJhaWtvIn0.c2lnbmF0dXJl";
    logger.warn("headers", {
      authorization: `Bearer ${jwt}`,
      cookie: "session=1",
      "set-cookie": "session=2",
      headers: { authorization: `Bearer ${jwt}`, cookie: "session=3", "set-cookie": "session=4", accept: "application/json" },
      req: { headers: { authorization: `Bearer ${jwt}` } },
      identity: { authorization: `Bearer ${jwt}`, callerKey: "k" },
      token: jwt,
    });
    logger.error("failure", { error: `JWSInvalid: token ${jwt} is bad`, detail: "header was Bearer abcdefghijklmnopqrstuvwxyz0123" });
    const [headers, failure] = lines();
    expect(headers).toMatchObject({
      authorization: "[redacted]",
      cookie: "[redacted]",
      "set-cookie": "[redacted]",
      headers: { authorization: "[redacted]", cookie: "[redacted]", "set-cookie": "[redacted]", accept: "application/json" },
      req: { headers: { authorization: "[redacted]" } },
      identity: { authorization: "[redacted]", callerKey: "k" },
      token: "[redacted]",
    });
    expect(failure).toMatchObject({ error: "JWSInvalid: token [redacted] is bad", detail: "header was Bearer [redacted]" });
    expect(raw.join("")).not.toContain("eyJ");
    expect(raw.join("")).not.toContain("session=");
  });
});
