import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeSupergraph } from "../gateway/supergraph/compose-supergraph.js";
import { insertIncidents } from "./support/incidents.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/**
 * A country on another release of the national schema is reported and excluded: it is never sent a
 * query plan, while the countries on the composed schema answer as usual.
 */
describe("schema-version skew", () => {
  let hub: TestHub;
  let skewed: Server;
  let graphqlCalls = 0;

  beforeAll(async () => {
    skewed = createServer((req, res) => {
      if (req.url === "/schema-hash") {
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ sha256: "0".repeat(64) }));
        return;
      }
      graphqlCalls++;
      res.statusCode = 500;
      res.end();
    });
    await new Promise<void>((resolve) => skewed.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(skewed.address() as AddressInfo).port}/graphql`;
    hub = await startTestHub({ countries: ["JP", "US"], externalEndpoints: { KR: url } });
    await insertIncidents(hub.nations.get("US")!.db, "US", [{ title: "US record" }]);
  });
  afterAll(async () => {
    await hub?.stop();
    skewed.close();
  });

  it("answers for the skewed country with schema_mismatch and never queries it", async () => {
    const token = await hub.token("JP", { roles: ["regulator"] });
    const { body } = await hub.query(token, `{ countries { code incidents { totalCount } } }`);
    const byCode = Object.fromEntries(body.data!.countries.map((c: any) => [c.code, c.incidents]));
    expect(byCode.US).toEqual({ totalCount: 1 });
    expect(byCode.KR).toBeNull();
    expect(body.errors!.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: "NATION_UNAVAILABLE", country: "KR", reason: "schema_mismatch" })]);
    expect(graphqlCalls).toBe(0);
    const health = (await (await fetch(new URL("/health", hub.gatewayUrl))).json()) as { countries: Record<string, string> };
    expect(health.countries).toEqual({ JP: "up", US: "up", KR: "schema_mismatch" });
  });

  it("finds that every real national deployment serves the composed schema", async () => {
    const { nationalSdlHash } = await composeSupergraph();
    for (const code of ["JP", "US"]) {
      const served = (await (await fetch(new URL("/schema-hash", hub.nations.get(code)!.server.url))).json()) as { sha256: string };
      expect(served.sha256).toBe(nationalSdlHash);
    }
  });
});
