import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/** The baseline catalogue and the milestones, through the gateway, as any participant reads them. */
describe("Tokyo Safety Baseline and milestones", () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP"] });
  });
  afterAll(() => hub?.stop());

  it("lists 30 items; the three publicly known ones carry the agreement's text, every other is a marked placeholder", async () => {
    const negotiator = await hub.token("JP", { roles: ["negotiator"] });
    const { body } = await hub.query(negotiator, `{ baseline { version items { code title category binding source } } }`);
    expect(body.errors).toBeUndefined();
    const { version, items } = body.data.baseline;
    expect(version).toBe("v1");
    expect(items).toHaveLength(30);
    expect(items.map((i: any) => i.code)).toEqual(Array.from({ length: 30 }, (_, n) => `TSB-${String(n + 1).padStart(2, "0")}`));
    expect(new Set(items.map((i: any) => i.category))).toEqual(new Set(["TESTING", "TRANSPARENCY", "REPORTING", "COOPERATION"]));
    const named = items.filter((i: any) => i.source === "AGREEMENT_TEXT");
    expect(named).toEqual([
      { code: "TSB-01", title: expect.stringMatching(/^Mandatory red-team exercises before public deployment of systems classified high-risk/), category: "TESTING", binding: true, source: "AGREEMENT_TEXT" },
      { code: "TSB-09", title: expect.stringMatching(/^Machine-readable provenance labels on model releases/), category: "TRANSPARENCY", binding: true, source: "AGREEMENT_TEXT" },
      { code: "TSB-16", title: expect.stringMatching(/within 72 hours, for high-risk deployments$/), category: "REPORTING", binding: true, source: "AGREEMENT_TEXT" },
    ]);
    const placeholders = items.filter((i: any) => i.source !== "AGREEMENT_TEXT");
    expect(placeholders).toHaveLength(27);
    for (const item of placeholders) {
      expect(item.source).toBe("DEMO_PLACEHOLDER");
      expect(item.title).toMatch(/^Demo placeholder:/);
    }
    // The demo mixes binding items with voluntary practices, as the agreement does.
    expect(new Set(items.map((i: any) => i.binding))).toEqual(new Set([true, false]));
  });

  it("gives the milestones 6, 12 and 18 months after 2026-03-25", async () => {
    const analyst = await hub.token("BOARD", { roles: ["analyst"] });
    const { body } = await hub.query(analyst, `{ milestones { code dueDate monthsAfterAgreement } }`);
    expect(body.data.milestones).toEqual([
      { code: "M6", dueDate: "2026-09-25T00:00:00.000Z", monthsAfterAgreement: 6 },
      { code: "M12", dueDate: "2027-03-25T00:00:00.000Z", monthsAfterAgreement: 12 },
      { code: "M18", dueDate: "2027-09-25T00:00:00.000Z", monthsAfterAgreement: 18 },
    ]);
  });

  it("is answered to authenticated callers only", async () => {
    const { status, body } = await hub.query(undefined, `{ milestones { code } }`);
    expect(status).toBe(401);
    expect(body.errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
  });
});
