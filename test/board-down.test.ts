import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertIncidents } from "./support/incidents.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/** The board is the entry point of cross-border reads; without it, a country still serves its own. */
describe("when the board is down", () => {
  let hub: TestHub;
  let jp: string;

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP", "US"] });
    await insertIncidents(hub.nations.get("JP")!.db, "JP", [{ title: "JP record" }]);
    jp = await hub.token("JP", { roles: ["regulator"] });
    await hub.stopBoard();
  });
  afterAll(() => hub?.stop());

  it("queries rooted at the board fail with a clear error", async () => {
    const { body } = await hub.query(jp, `{ countries { code incidents { totalCount } } }`);
    expect(body.data).toBeNull();
    expect(body.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: "BOARD_UNAVAILABLE", reason: "unreachable" }) }),
    ]);
    expect(body.errors![0]!.message).toMatch(/review board's directory is unavailable/);
  });

  it("the caller's own country still answers its root query", async () => {
    const { body } = await hub.query(jp, `{ myCountry { code incidents { totalCount nodes { title } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.myCountry).toEqual({ code: "JP", incidents: { totalCount: 1, nodes: [{ title: "JP record" }] } });
  });
});
