import { request as httpRequest } from "node:http";
import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UNAUTHENTICATED_MESSAGE } from "../shared/errors/hub-errors.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

const BODY_LIMIT = 64 * 1024;
const REJECTED = { errors: [{ message: UNAUTHENTICATED_MESSAGE, extensions: { code: "UNAUTHENTICATED" } }] };
const CONSOLE = "https://console.example.gov";

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** Bytes of the request body written before the answer came. */
  sent: number;
}

/**
 * POSTs a body declared as `declaredBytes` long but writes only `firstChunk` bytes, then waits for the
 * answer: a server that answers has decided without reading the rest.
 */
function postPartially(url: string, headers: Record<string, string>, declaredBytes: number, firstChunk: number, chunked = false): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    const req = httpRequest(url, { method: "POST", headers: { "content-type": "application/json", ...(chunked ? {} : { "content-length": String(declaredBytes) }), ...headers } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body, sent }));
    });
    req.on("error", reject);
    const chunk = Buffer.alloc(firstChunk, "a");
    req.write(chunk, () => (sent += chunk.length));
  });
}

/** Opens a connection, writes `start`, then one more byte each tick until the server closes it. */
function drip(port: number, start: string, byte: string): Promise<{ answer: string }> {
  return new Promise((resolve) => {
    const socket: Socket = connect(port, "127.0.0.1");
    let answer = "";
    let timer: NodeJS.Timeout | undefined;
    socket.on("connect", () => {
      socket.write(start);
      timer = setInterval(() => socket.write(byte), 100);
    });
    socket.on("data", (chunk) => (answer += chunk.toString()));
    socket.on("error", () => undefined);
    socket.on("close", () => {
      clearInterval(timer);
      resolve({ answer });
    });
  });
}

describe("the HTTP front every service shares", () => {
  let hub: TestHub;
  const token = (participant: string, subject: string) => hub.token(participant, { roles: ["regulator"], subject });
  const post = (url: string, bearer: string | undefined, query: string, headers: Record<string, string> = {}) =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...headers },
      body: JSON.stringify({ query }),
    });

  beforeAll(async () => {
    hub = await startTestHub({
      countries: ["JP"],
      unroutedCountries: ["KR", "US"],
      http: { bodyLimitBytes: BODY_LIMIT, headersTimeoutMs: 500, requestTimeoutMs: 1000, corsOrigins: [CONSOLE] },
      rateLimit: { perCaller: { max: 5, windowMs: 3_600_000 }, perCountry: { max: 20, windowMs: 3_600_000 } },
    });
  });
  afterAll(() => hub?.stop());

  it("echoes a sane x-request-id, replaces one that is not, and makes one when none is given", async () => {
    const jp = await token("JP", "request-ids");
    const given = await post(hub.gatewayUrl, jp, "{ __typename }", { "x-request-id": "trace-42.a:b" });
    expect(given.headers.get("x-request-id")).toBe("trace-42.a:b");
    for (const headers of [{ "x-request-id": "two words" }, { "x-request-id": "x".repeat(200) }, {}] as Record<string, string>[]) {
      const answered = await post(hub.gatewayUrl, jp, "{ __typename }", headers);
      expect(answered.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    }
    const refused = await post(hub.boardUrl, undefined, "{ __typename }", { "x-request-id": "refused-1" });
    expect(refused.status).toBe(401);
    expect(refused.headers.get("x-request-id")).toBe("refused-1");
  });

  it("sends security headers, and CORS headers only to the configured origins", async () => {
    const jp = await token("JP", "headers");
    const answered = await post(hub.gatewayUrl, jp, "{ __typename }", { origin: "https://evil.example" });
    expect(answered.headers.get("x-content-type-options")).toBe("nosniff");
    expect(answered.headers.get("content-security-policy")).toBe("default-src 'none';frame-ancestors 'none'");
    expect(answered.headers.get("access-control-allow-origin")).toBeNull();
    const preflight = (origin: string) =>
      fetch(hub.gatewayUrl, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization, content-type" } });
    expect((await preflight(CONSOLE)).headers.get("access-control-allow-origin")).toBe(CONSOLE);
    expect((await preflight("https://evil.example")).headers.get("access-control-allow-origin")).toBeNull();
  });

  it("refuses a 20 MB body with a bad or missing token before reading it", async () => {
    const declared = 20 * 1024 * 1024;
    for (const url of [hub.gatewayUrl, hub.boardUrl, hub.nations.get("JP")!.server.url]) {
      for (const headers of [{}, { authorization: "Bearer not.a.jwt" }] as Record<string, string>[]) {
        const answer = await postPartially(url, headers, declared, 16 * 1024);
        expect({ url, status: answer.status, body: JSON.parse(answer.body) }).toEqual({ url, status: 401, body: REJECTED });
        expect(answer.sent).toBeLessThan(declared);
        expect(answer.headers.connection).toBe("close");
      }
    }
  });

  it("refuses a body over the limit from a valid caller as soon as its size is known, with a GraphQL error", async () => {
    const jp = await token("JP", "big-bodies");
    for (const url of [hub.gatewayUrl, hub.nations.get("JP")!.server.url]) {
      const declaredTooLarge = await postPartially(url, { authorization: `Bearer ${jp}` }, 20 * 1024 * 1024, 1024);
      expect(declaredTooLarge.status).toBe(413);
      expect(JSON.parse(declaredTooLarge.body)).toEqual({
        errors: [{ message: `Request body too large (limit ${BODY_LIMIT} bytes).`, extensions: { code: "PAYLOAD_TOO_LARGE" } }],
      });
    }
    // No declared length: reading stops once the limit is passed.
    const streamed = await postPartially(hub.gatewayUrl, { authorization: `Bearer ${jp}` }, 0, BODY_LIMIT + 1024, true);
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body).errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("answers a body that is not JSON with BAD_REQUEST", async () => {
    const jp = await token("JP", "bad-json");
    const response = await fetch(hub.gatewayUrl, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${jp}` }, body: "{ not json" });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message: "Request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }] });
  });

  it("closes a connection whose headers drip in", async () => {
    const port = Number(new URL(hub.gatewayUrl).port);
    const { answer } = await drip(port, "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ", "a");
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it("closes a connection whose body drips in, even with a valid token", async () => {
    const jp = await token("JP", "slow-body");
    const port = Number(new URL(hub.nations.get("JP")!.server.url).port);
    const head = `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer ${jp}\r\nContent-Length: 1000\r\n\r\n{"query":"`;
    const { answer } = await drip(port, head, " ");
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it("limits one caller (429, Retry-After, RATE_LIMITED) while another caller of the same country still succeeds", async () => {
    const alice = await token("US", "alice");
    const bob = await token("US", "bob");
    for (let i = 0; i < 5; i++) expect((await post(hub.gatewayUrl, alice, "{ __typename }")).status).toBe(200);
    const limited = await post(hub.gatewayUrl, alice, "{ __typename }");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await limited.json()) as any;
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([{ message: expect.stringMatching(/Too many requests from this caller/), extensions: { code: "RATE_LIMITED" } }]);
    const other = await post(hub.gatewayUrl, bob, "{ __typename }");
    expect(other.status).toBe(200);
    expect(await other.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("limits a country's callers together, and other countries are unaffected", async () => {
    const answers: number[] = [];
    for (let i = 0; i < 21; i++) answers.push((await post(hub.gatewayUrl, await token("KR", `kr-${i}`), "{ __typename }")).status);
    expect(answers).toEqual([...Array(20).fill(200), 429]);
    const limited = await post(hub.gatewayUrl, await token("KR", "kr-late"), "{ __typename }");
    expect(((await limited.json()) as any).errors[0]).toEqual({ message: expect.stringMatching(/Too many requests from KR/), extensions: { code: "RATE_LIMITED" } });
    expect((await post(hub.gatewayUrl, await token("JP", "jp-during-kr-limit"), "{ __typename }")).status).toBe(200);
  });

  it("limits callers at a subgraph too, which does not rely on the gateway", async () => {
    const carol = await token("JP", "carol");
    const url = hub.nations.get("JP")!.server.url;
    for (let i = 0; i < 5; i++) expect((await post(url, carol, "{ __typename }")).status).toBe(200);
    expect((await post(url, carol, "{ __typename }")).status).toBe(429);
    expect((await post(url, await token("JP", "dave"), "{ __typename }")).status).toBe(200);
  });
});
