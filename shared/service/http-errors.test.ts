import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import type { Logger } from "../logging/logger.js";
import { errorHandler } from "./http-errors.js";

describe("errorHandler", () => {
  it("masks a failure outside GraphQL behind an error id that is also in the log line", async () => {
    const lines: Record<string, unknown>[] = [];
    const logger: Logger = { info: () => {}, warn: () => {}, error: (_message, fields) => void lines.push(fields ?? {}) };
    const app = Fastify({ genReqId: () => "req-42" });
    app.setErrorHandler(errorHandler(logger, 1024));
    app.get("/boom", async () => {
      throw new Error('relation "access_log" does not exist');
    });
    const response = await app.inject({ method: "GET", url: "/boom" });
    expect(response.statusCode).toBe(500);
    const body = response.json();
    expect(body.errors[0].extensions).toEqual({ code: "INTERNAL_SERVER_ERROR", errorId: "req-42" });
    expect(body.errors[0].message).toContain("req-42");
    expect(response.body).not.toContain("access_log");
    expect(lines).toEqual([expect.objectContaining({ errorId: "req-42", error: expect.stringContaining("access_log") })]);
    await app.close();
  });
});
