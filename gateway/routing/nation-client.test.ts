import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SubgraphClient } from "./nation-client.js";
import { NationUnavailable } from "./nation-errors.js";

/** A deployment stand-in that counts the TCP connections it accepts and echoes what it was sent. */
describe("the gateway's client to a deployment", () => {
  let server: Server;
  let url: string;
  let connections = 0;
  const seen: { authorization?: string; requestId?: string; body: string }[] = [];
  const client = new SubgraphClient();

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        seen.push({ authorization: req.headers.authorization, requestId: req.headers["x-request-id"] as string | undefined, body });
        if (req.method === "GET") return void res.writeHead(req.url === "/health" ? 200 : 404, { "content-type": "application/json" }).end('{"status":"up"}');
        if (req.url === "/garbage") return void res.end("<html>");
        if (req.url === "/slow") return void setTimeout(() => res.end("{}"), 500);
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ data: { echo: JSON.parse(body).variables } }));
      });
    });
    server.on("connection", () => connections++);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await client.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("keeps its connections alive across calls and forwards the caller's token", async () => {
    connections = 0;
    for (let i = 0; i < 20; i++) {
      const answer = await client.call(`${url}/graphql`, { query: "{ echo }", variables: { i } }, "Bearer t", 2000);
      expect(answer.data).toEqual({ echo: { i } });
    }
    // A call may go out before the previous socket is back in the pool: a second one, then no more.
    expect(connections).toBeLessThanOrEqual(2);
    expect(seen.at(-1)!.authorization).toBe("Bearer t");
  });

  it("makes its periodic checks (GET) over kept-alive connections of their own, status and body read whole", async () => {
    await client.call(`${url}/graphql`, { query: "{ echo }", variables: {} }, "Bearer t", 2000);
    connections = 0;
    for (let i = 0; i < 10; i++) {
      expect(await client.get(`${url}/health`, 1000)).toEqual({ status: 200, text: '{"status":"up"}' });
      await client.call(`${url}/graphql`, { query: "{ echo }", variables: { i } }, "Bearer t", 2000);
    }
    expect((await client.get(`${url}/nothing`, 1000)).status).toBe(404);
    // One for the checks; the calls go on over the connection they had.
    expect(connections).toBe(1);
    await expect(client.get("http://127.0.0.1:1/health", 1000)).rejects.toBeDefined();
  });

  it("sends the gateway's request id as x-request-id, and none when there is none", async () => {
    await client.call(`${url}/graphql`, { query: "{ echo }", variables: {} }, "Bearer t", 2000, "req-7");
    expect(seen.at(-1)!.requestId).toBe("req-7");
    await client.call(`${url}/graphql`, { query: "{ echo }", variables: {} }, "Bearer t", 2000);
    expect(seen.at(-1)!.requestId).toBeUndefined();
  });

  it("cuts a call at its deadline: the deployment sees its caller go", async () => {
    let closed: Promise<number> | undefined;
    const slow = createServer((req) => {
      // Never answers; resolves with how long after the request its connection was closed.
      const started = Date.now();
      closed = new Promise((resolve) => req.socket.once("close", () => resolve(Date.now() - started)));
    });
    await new Promise<void>((resolve) => slow.listen(0, "127.0.0.1", resolve));
    try {
      const started = Date.now();
      const reason = await client.call(`http://127.0.0.1:${(slow.address() as AddressInfo).port}/graphql`, { query: "{ x }" }, undefined, 150).then(
        () => "answered",
        (error: NationUnavailable) => error.reason,
      );
      expect(reason).toBe("timeout");
      expect(Date.now() - started).toBeLessThan(1000);
      expect(await closed).toBeLessThan(1000);
    } finally {
      slow.closeAllConnections();
      await new Promise((resolve) => slow.close(resolve));
    }
  });

  it("reads an answer that arrives in many pieces, and its status", async () => {
    const pieces = createServer((_req, res) => {
      res.writeHead(503, { "content-type": "application/json" });
      const text = JSON.stringify({ errors: [{ message: "é".repeat(40_000) }] });
      // Split inside a two-byte character: the text is decoded once, from all the bytes.
      const bytes = Buffer.from(text);
      const inside = bytes.indexOf(0xc3) + 1;
      res.write(bytes.subarray(0, inside));
      setTimeout(() => res.end(bytes.subarray(inside)), 20);
    });
    await new Promise<void>((resolve) => pieces.listen(0, "127.0.0.1", resolve));
    try {
      const answer = await client.call(`http://127.0.0.1:${(pieces.address() as AddressInfo).port}/graphql`, { query: "{ x }" }, undefined, 2000);
      expect(answer.status).toBe(503);
      expect(answer.errors?.[0]?.message).toBe("é".repeat(40_000));
    } finally {
      pieces.closeAllConnections();
      await new Promise((resolve) => pieces.close(resolve));
    }
  });

  it("turns garbage, silence and a closed port into NationUnavailable with the reason", async () => {
    const reasonOf = (promise: Promise<unknown>) => promise.then(() => "answered", (error: NationUnavailable) => error.reason);
    expect(await reasonOf(client.call(`${url}/garbage`, { query: "{ x }" }, undefined, 2000))).toBe("bad_response");
    expect(await reasonOf(client.call(`${url}/slow`, { query: "{ x }" }, undefined, 100))).toBe("timeout");
    expect(await reasonOf(client.call("http://127.0.0.1:1/graphql", { query: "{ x }" }, undefined, 2000))).toBe("unreachable");
  });
});
