import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/** A country that answers only when the test says so: a request through the gateway stays in flight. */
function heldCountry() {
  let arrived!: () => void;
  let release!: () => void;
  const arrival = new Promise<void>((resolve) => (arrived = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  const server: Server = createServer((req, res) => {
    if (req.method !== "POST") {
      res.statusCode = 404;
      return res.end();
    }
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", async () => {
      const representations: unknown[] = JSON.parse(body).variables?.representations ?? [];
      arrived();
      await released;
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ data: { _entities: representations.map(() => ({ __typename: "Country", incidents: { totalCount: 7 } })) } }));
    });
  });
  return { server, arrival, release };
}

const refused = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });

describe("a draining close", () => {
  let hub: TestHub;
  const country = heldCountry();

  beforeAll(async () => {
    await new Promise<void>((resolve) => country.server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(country.server.address() as AddressInfo).port}/graphql`;
    // A long budget: the request must be held by the test, not given up by the gateway.
    hub = await startTestHub({ countries: [], externalEndpoints: { ZZ: url }, nationTimeoutMs: 120_000 });
  });
  afterAll(async () => {
    country.release();
    await hub?.stop();
    country.server.closeAllConnections();
    country.server.close();
  });

  it("refuses new connections at once and lets the request in flight finish with its answer", async () => {
    const token = await hub.token("ZZ", { roles: ["regulator"] });
    const inFlight = hub.query(token, `{ country(code: "ZZ") { code incidents { totalCount } } }`);
    await country.arrival;
    const closed = hub.gateway.close();
    const port = Number(new URL(hub.gatewayUrl).port);
    let refusedNow = false;
    for (let i = 0; i < 200 && !refusedNow; i++) {
      refusedNow = await refused(port);
      if (!refusedNow) await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(refusedNow).toBe(true);
    country.release();
    expect(await inFlight).toEqual({ status: 200, body: { data: { country: { code: "ZZ", incidents: { totalCount: 7 } } } } });
    await closed;
    expect(await refused(port)).toBe(true);
  });
});

describe("a draining close past its grace period", () => {
  let hub: TestHub;
  const country = heldCountry();

  beforeAll(async () => {
    await new Promise<void>((resolve) => country.server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(country.server.address() as AddressInfo).port}/graphql`;
    hub = await startTestHub({ countries: [], externalEndpoints: { ZZ: url }, nationTimeoutMs: 120_000, http: { shutdownGraceMs: 200 } });
  });
  afterAll(async () => {
    country.release();
    await hub?.stop();
    country.server.closeAllConnections();
    country.server.close();
  });

  it("cuts a request that has not finished, and closes", async () => {
    const token = await hub.token("ZZ", { roles: ["regulator"] });
    const inFlight = hub.query(token, `{ country(code: "ZZ") { code incidents { totalCount } } }`).then(
      () => "answered",
      () => "cut",
    );
    await country.arrival;
    await hub.gateway.close();
    expect(await inFlight).toBe("cut");
  });
});
