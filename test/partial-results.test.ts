import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../dev/free-port.js";
import { insertIncidents } from "./support/incidents.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

const TIMEOUT_MS = 400;

async function serve(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` };
}

describe("a country that cannot answer costs only its own part of the answer", () => {
  let hub: TestHub;
  let token: string;
  const servers: Server[] = [];

  beforeAll(async () => {
    const garbage = await serve((_req, res) => res.end("<html>proxy error</html>"));
    const silent = await serve(() => {
      // never answers
    });
    const failing = await serve((_req, res) => {
      res.statusCode = 502;
      res.end("Bad gateway");
    });
    servers.push(garbage.server, silent.server, failing.server);
    hub = await startTestHub({
      countries: ["JP", "US"],
      nationTimeoutMs: TIMEOUT_MS,
      externalEndpoints: {
        CN: `http://127.0.0.1:${await freePort()}/graphql`,
        EU: garbage.url,
        KR: silent.url,
        IN: failing.url,
      },
    });
    await insertIncidents(hub.nations.get("JP")!.db, "JP", [{ title: "JP record" }]);
    await insertIncidents(hub.nations.get("US")!.db, "US", [{ title: "US record" }, { title: "US record 2" }]);
    token = await hub.token("JP", { roles: ["regulator"] });
  });
  afterAll(async () => {
    await hub?.stop();
    for (const server of servers) {
      server.closeAllConnections();
      server.close();
    }
  });

  it("returns the others' data and one NATION_UNAVAILABLE error per missing country, with its reason", async () => {
    const { status, body } = await hub.query(token, `{ countries { code incidents { totalCount nodes { title } } } }`);
    expect(status).toBe(200);
    const byCode = Object.fromEntries(body.data!.countries.map((c: any) => [c.code, c.incidents]));
    expect(byCode.JP.totalCount).toBe(1);
    expect(byCode.US.totalCount).toBe(2);
    for (const code of ["CN", "EU", "KR", "IN"]) expect(byCode[code]).toBeNull();
    const reasons = Object.fromEntries(
      body.errors!.map((e) => {
        expect(e.extensions!.code).toBe("NATION_UNAVAILABLE");
        return [e.extensions!.country, e.extensions!.reason];
      }),
    );
    expect(reasons).toEqual({ CN: "unreachable", EU: "bad_response", KR: "timeout", IN: "bad_response" });
    expect(body.errors).toHaveLength(4);
    // KR never answers: its "timeout" reason shows the per-country bound cut it off (the test itself
    // would otherwise hang until vitest's own timeout).
  });

  it("fails a write to an unavailable home country with NATION_UNAVAILABLE", async () => {
    const kr = await hub.token("KR", { roles: ["regulator"] });
    const { body } = await hub.query(
      kr,
      `mutation { reportIncident(input: { title: "t", summary: "s", severity: HAZARD, classification: PUBLIC, occurredAt: "2026-11-01T00:00:00Z" }) { id } }`,
    );
    expect(body.data).toBeNull();
    expect(body.errors![0]!.extensions).toMatchObject({ code: "NATION_UNAVAILABLE", country: "KR", reason: "timeout" });
  });

  it("opens a failing country's circuit: it is then answered at once, and /health says so", async () => {
    let reasons: Record<string, string> = {};
    for (let attempt = 0; attempt < 6; attempt++) {
      const { body } = await hub.query(token, `{ countries { code incidents { totalCount } } }`);
      reasons = Object.fromEntries(body.errors!.map((e) => [e.extensions!.country, e.extensions!.reason]));
      expect(body.data!.countries.find((c: any) => c.code === "JP").incidents.totalCount).toBe(1);
      if (Object.keys(reasons).length === 4 && Object.values(reasons).every((r) => r === "circuit_open")) break;
    }
    expect(reasons).toEqual({ CN: "circuit_open", EU: "circuit_open", KR: "circuit_open", IN: "circuit_open" });
    const health = await fetch(new URL("/health", hub.gatewayUrl));
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({
      status: "degraded",
      board: "up",
      countries: { JP: "up", US: "up", CN: "circuit_open", EU: "circuit_open", KR: "circuit_open", IN: "circuit_open" },
    });
  });
});
