import { createServer, request as forward, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { insertIncidents } from "./support/incidents.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/**
 * Issue 11: one caller's expensive queries timed out a country, the timeouts opened its circuit, and
 * every other caller got NATION_UNAVAILABLE. Japan's real subgraph is put behind a small proxy that
 * plays "this caller's queries are too heavy": it holds that one caller's requests (the gateway's
 * timeout cuts them off) or answers them 500, and forwards everything else untouched.
 */
type Mode = "forward" | "hold-heavy" | "fail-heavy" | "dead";

const QUERY = `{ country(code: "JP") { code incidents { totalCount nodes { title } } } }`;
const THRESHOLD = 3;

describe("fair circuits: one caller never opens a country's circuit for everyone", () => {
  let hub: TestHub;
  let proxy: Server;
  let mode: Mode = "forward";
  let heavyAuthorization: string;
  let heavy: string;
  let other: string;
  let held = 0;
  let abortedByGateway = 0;

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP", "US"], nationTimeoutMs: 300 });
    await insertIncidents(hub.nations.get("JP")!.db, "JP", [{ title: "JP record" }]);
    heavy = await hub.token("US", { roles: ["regulator"], subject: "heavy-user" });
    other = await hub.token("US", { roles: ["regulator"], subject: "someone-else" });
    heavyAuthorization = `Bearer ${heavy}`;
    const upstream = new URL(hub.nations.get("JP")!.server.url);
    proxy = createServer((req, res) => {
      const isHeavy = req.headers.authorization === heavyAuthorization;
      if (mode === "dead" || (mode === "hold-heavy" && isHeavy)) return hold(req, res);
      if (mode === "fail-heavy" && isHeavy) {
        req.resume();
        res.writeHead(500, { "content-type": "application/json" });
        return void res.end(JSON.stringify({ errors: [{ message: "Out of memory in a resolver", extensions: { code: "INTERNAL_SERVER_ERROR" } }] }));
      }
      const onward = forward({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      onward.on("error", () => res.destroy());
      req.pipe(onward);
    });
    const hold = (req: IncomingMessage, res: ServerResponse) => {
      held++;
      req.resume();
      // Never answered: only the caller going away ends it.
      res.on("close", () => {
        if (!res.writableEnded) abortedByGateway++;
      });
    };
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`;
    await hub.membership.gateway.update({
      ...hub.config,
      countries: hub.config.countries.map((c) => (c.code === "JP" ? { ...c, url: proxyUrl } : c)),
    });
  });
  afterAll(async () => {
    await hub?.stop();
    proxy?.closeAllConnections();
    proxy?.close();
  });

  const health = async () => (await fetch(new URL("/health", hub.gatewayUrl))).json();
  const jpAnswer = async (token: string) => {
    const { body } = await hub.query(token, QUERY);
    return body;
  };

  it("counts a caller's own timeouts against that caller only, and cuts off the calls it gave up on", async () => {
    mode = "hold-heavy";
    for (let attempt = 0; attempt < THRESHOLD * 2; attempt++) {
      const body = await jpAnswer(heavy);
      expect(body.data).toEqual({ country: { code: "JP", incidents: null } });
      expect(body.errors!.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: "NATION_UNAVAILABLE", country: "JP", reason: "timeout" })]);
    }
    expect(held).toBe(THRESHOLD * 2);
    // The gateway aborted every call it gave up on: Japan saw each connection close unanswered.
    await vi.waitFor(() => expect(abortedByGateway).toBe(THRESHOLD * 2));

    // Meanwhile (the heavy caller is still being held) another caller is served by Japan.
    const body = await jpAnswer(other);
    expect(body.errors).toBeUndefined();
    expect(body.data.country.incidents.nodes).toEqual([{ title: "JP record" }]);
    expect(await health()).toMatchObject({ status: "up", countries: { JP: "up", US: "up" } });
  });

  it("does not count 500 answers to one caller's queries either, while Japan's health answers", async () => {
    mode = "fail-heavy";
    for (let attempt = 0; attempt < THRESHOLD * 2; attempt++) {
      const body = await jpAnswer(heavy);
      expect(body.errors!.some((e) => e.extensions?.reason === "circuit_open")).toBe(false);
    }
    expect((await jpAnswer(other)).errors).toBeUndefined();
    expect(await health()).toMatchObject({ status: "up", countries: { JP: "up" } });
  });

  it("still opens the circuit of a country that is really down (its health probe fails too)", async () => {
    mode = "dead";
    let reason: unknown;
    for (let attempt = 0; attempt <= THRESHOLD && reason !== "circuit_open"; attempt++) {
      reason = (await jpAnswer(other)).errors![0]!.extensions!.reason;
    }
    expect(reason).toBe("circuit_open");
    expect(await health()).toMatchObject({ status: "degraded", countries: { JP: "circuit_open", US: "up" } });
    mode = "forward";
  });
});
