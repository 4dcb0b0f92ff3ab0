import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_POOL_SIZE } from "../../shared/db/data-source.js";
import { Classification } from "../../shared/policy/classification.js";
import { readRule } from "../../shared/policy/visibility.js";
import { insertIncidents } from "../../test/support/incidents.js";
import { startTestHub, type TestHub } from "../../test/support/test-hub.js";
import { FOREIGN_PAGE } from "../queries.js";
import { type PlainPageServer, startPlainPageServer } from "./plain-page-server.js";

/** The plain server is a fair baseline only if it gives a foreign regulator the very rows the subgraph gives. */
describe("the plain page server of bench scenario 9", () => {
  let hub: TestHub;
  let plain: PlainPageServer;

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP", "US"] });
    const jp = hub.nations.get("JP")!;
    // Hidden records between the visible ones, so that a wrong condition would change the page.
    const classifications = [Classification.PUBLIC, Classification.SHARED, Classification.RESTRICTED, Classification.NATIONAL_SECURITY];
    await insertIncidents(jp.db, "JP", Array.from({ length: 48 }, (_, i) => ({ classification: classifications[i % 4]! })));
    const rule = readRule({ country: "US", subject: "bench", roles: ["regulator"], scopes: [] }, "JP", "INCIDENT", [], new Date());
    const databaseUrl = (jp.serviceDb.options as { url: string }).url;
    plain = await startPlainPageServer({ databaseUrl, classifications: rule.open, pageSize: 20, poolSize: DEFAULT_POOL_SIZE });
  });
  afterAll(async () => {
    await plain?.close();
    await hub?.stop();
  });

  it("answers a foreign regulator's page of 20 with the subgraph's rows, in its order", async () => {
    const token = await hub.token("US", { roles: ["regulator"] });
    const { body } = await hub.query(token, FOREIGN_PAGE, { code: "JP", first: 20 }, hub.nations.get("JP")!.server.url);
    const nodes = body.data._entities[0].incidents.nodes;
    expect(nodes).toHaveLength(20);
    const response = await fetch(plain.url, { method: "POST", body: "{}" });
    expect(response.status).toBe(200);
    const rows = await response.json();
    expect(rows).toEqual(nodes);
    expect(new Set(rows.map((row: { classification: string }) => row.classification))).toEqual(new Set(["PUBLIC", "SHARED"]));
  });
});
