import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../shared/logging/logger.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

type Line = Record<string, any>;

/**
 * The log lines of a whole hub in one process (gateway, board and two countries), each service with its
 * own logger writing JSON to a stream this test reads: what a log shipper would see.
 */
describe("request logs across the hub", () => {
  let hub: TestHub;
  const raw: string[] = [];
  const lines = () => raw.map((line) => JSON.parse(line) as Line);
  const linesOf = (requestId: string) => lines().filter((line) => line.requestId === requestId);
  /** The request line is written once the response has gone: the client may read the answer first. */
  const eventually = async <T>(find: () => T | undefined): Promise<T> => {
    for (let i = 0; i < 100; i++) {
      const found = find();
      if (found !== undefined) return found;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error("the line never came");
  };
  const requestLine = (service: string, requestId: string) =>
    eventually(() => lines().find((line) => line.service === service && line.message === "request" && line.requestId === requestId));
  const post = (token: string | undefined, query: string, requestId?: string) =>
    fetch(hub.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), ...(requestId ? { "x-request-id": requestId } : {}) },
      body: JSON.stringify({ query }),
    });

  beforeAll(async () => {
    hub = await startTestHub({
      countries: ["JP", "US"],
      externalEndpoints: { KR: "http://127.0.0.1:1/graphql" },
      rateLimit: { perCaller: { max: 3, windowMs: 3_600_000 } },
      logger: (service) => createLogger(service, { LOG_LEVEL: "info" }, { write: (line: string) => void raw.push(line) }),
    });
  });
  afterAll(() => hub?.stop());

  it("writes one request line with operation, outcome, status, duration and the caller's country and roles, never the subject", async () => {
    const token = await hub.token("JP", { roles: ["regulator", "analyst"], subject: "aiko-request-line" });
    const response = await post(token, "query Everyone { countries { code incidents { totalCount } } }", "logs-test-1");
    expect(response.headers.get("x-request-id")).toBe("logs-test-1");
    const line = await requestLine("gateway", "logs-test-1");
    expect(line).toEqual({
      level: "info",
      time: expect.any(String),
      service: "gateway",
      pid: process.pid,
      hostname: expect.any(String),
      requestId: "logs-test-1",
      method: "POST",
      path: "/graphql",
      operation: "Everyone",
      operationType: "query",
      // KR cannot be reached: its part is missing.
      outcome: "partial",
      status: 200,
      ms: expect.any(Number),
      country: "JP",
      roles: ["regulator", "analyst"],
      message: "request",
    });
    expect(lines().filter((l) => l.service === "gateway" && l.message === "request" && l.requestId === "logs-test-1")).toHaveLength(1);
    expect(JSON.stringify(lines())).not.toContain("aiko-request-line");
  });

  it("carries the gateway's request id into every subgraph's lines, and onto the gateway's lines logged deep in routing", async () => {
    const token = await hub.token("US", { roles: ["regulator"], subject: "us-forwarded" });
    // No id given: the gateway makes one, answers with it and forwards it.
    const response = await post(token, "{ countries { code incidents { totalCount } } }");
    const id = response.headers.get("x-request-id")!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    for (const service of ["gateway", "board", "national-JP", "national-US"]) {
      expect(await requestLine(service, id), service).toMatchObject({ requestId: id, path: "/graphql", status: 200, country: "US", roles: ["regulator"] });
    }
    const unavailable = lines().find((line) => line.message === "nation unavailable" && line.country === "KR" && line.requestId === id);
    expect(unavailable).toMatchObject({ service: "gateway", level: "warn", reason: "unreachable" });
    // Every line of the request names it, and no other request's id appears in the subgraphs' lines for it.
    expect(new Set(linesOf(id).map((line) => line.service))).toEqual(new Set(["gateway", "board", "national-JP", "national-US"]));
  });

  it("logs a refused token and a rate-limited caller under the request's id, without the token", async () => {
    const expired = await hub.token("JP", { roles: ["regulator"], subject: "late", expiresInSeconds: -600 });
    expect((await post(expired, "{ myCountry { code } }", "logs-refused")).status).toBe(401);
    const refused = await requestLine("gateway", "logs-refused");
    expect(refused).toMatchObject({ status: 401, method: "POST", path: "/graphql" });
    expect(refused).not.toHaveProperty("country");
    expect(linesOf("logs-refused").find((line) => line.message === "token rejected")).toMatchObject({ service: "gateway", level: "warn" });

    const runaway = await hub.token("JP", { roles: ["regulator"], subject: "runaway" });
    for (let i = 0; i < 3; i++) await post(runaway, "{ __typename }");
    expect((await post(runaway, "{ __typename }", "logs-limited")).status).toBe(429);
    await requestLine("gateway", "logs-limited");
    expect(linesOf("logs-limited").find((line) => line.message === "rate limited")).toMatchObject({ service: "gateway", limit: "caller", country: "JP" });
  });

  it("logs a masked internal error in the country and in the gateway under the one request id", async () => {
    const jp = hub.nations.get("JP")!.db;
    const token = await hub.token("JP", { roles: ["regulator"], subject: "jp-broken" });
    await jp.query(`ALTER TABLE incident RENAME TO incident_gone`);
    try {
      const response = await post(token, "{ myCountry { incidents { totalCount } } }", "logs-internal");
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe("INTERNAL_SERVER_ERROR");
    } finally {
      await jp.query(`ALTER TABLE incident_gone RENAME TO incident`);
    }
    await requestLine("national-JP", "logs-internal");
    const internal = linesOf("logs-internal").filter((line) => line.message === "internal error");
    expect(internal.map((line) => line.service)).toContain("national-JP");
    expect(internal.every((line) => line.level === "error" && typeof line.errorId === "string")).toBe(true);
  });

  it("never writes a token, and every request line has a request id", async () => {
    const all = lines();
    expect(all.length).toBeGreaterThan(10);
    expect(raw.join("\n")).not.toContain("eyJ");
    const requests = all.filter((line) => line.message === "request");
    expect(requests.every((line) => typeof line.requestId === "string" && line.requestId.length > 0)).toBe(true);
    expect(requests.some((line) => "subject" in line)).toBe(false);
  });
});
