import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoRegister } from "../shared/dev/seed/seed.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/** The README's "queries people will run", against demo registers in three countries. */
const COUNTRIES = ["JP", "US", "KR"];

const SERIOUS_HIGH_RISK_LAST_90_DAYS = `query($since: DateTime!) {
  countries { code
    incidents(first: 100, filter: { severities: [SERIOUS_INCIDENT, DISASTER], highRisk: true, occurredAfter: $since }) {
      totalCount
      nodes { id title severity highRisk occurredAt detectedAt notifiedAt notificationStatus notificationDeadline
        system { name riskTier provenance { trainingSources { name kind } releases { version releasedAt architectureChange } } } } } } }`;

describe("the README's queries", () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ countries: COUNTRIES });
    for (const code of COUNTRIES) await seedDemoRegister(hub.nations.get(code)!.db, code);
  });
  afterAll(() => hub?.stop());

  it("a regulator: serious high-risk incidents of the last 90 days in every country, with provenance and the 72-hour status", async () => {
    const since = new Date(Date.now() - 90 * 86_400_000);
    const jp = await hub.token("JP", { roles: ["regulator"] });
    const { body } = await hub.query(jp, SERIOUS_HIGH_RISK_LAST_90_DAYS, { since: since.toISOString() });
    expect(body.errors).toBeUndefined();
    expect(body.data.countries.map((c: any) => c.code)).toEqual(["JP", "KR", "US"]);
    let answered = 0;
    for (const country of body.data.countries) {
      const { totalCount, nodes } = country.incidents;
      // Independent count in the country's own database, under the rules for a JP regulator.
      const classes = country.code === "JP" ? ["PUBLIC", "SHARED", "RESTRICTED", "NATIONAL_SECURITY"] : ["PUBLIC", "SHARED"];
      const [{ n }] = await hub.nations.get(country.code)!.db.query(
        `SELECT count(*)::int AS n FROM incident WHERE high_risk AND severity IN ('SERIOUS_INCIDENT', 'DISASTER') AND occurred_at >= $1 AND classification = ANY($2::classification[])`,
        [since, classes],
      );
      expect({ country: country.code, totalCount }).toEqual({ country: country.code, totalCount: n });
      for (const node of nodes) {
        expect(["SERIOUS_INCIDENT", "DISASTER"]).toContain(node.severity);
        expect(node.highRisk).toBe(true);
        expect(Date.parse(node.occurredAt)).toBeGreaterThanOrEqual(since.getTime());
        expect(node.notificationStatus).not.toBe("NOT_REQUIRED");
        expect(Date.parse(node.notificationDeadline) - Date.parse(node.detectedAt)).toBe(72 * 3_600_000);
        if (node.system) expect(node.system.riskTier).toBe("HIGH_RISK");
      }
      answered += nodes.length;
    }
    expect(answered).toBeGreaterThan(0);
  });

  it("a negotiator: what a grant would open, before issuing it", async () => {
    const negotiator = await hub.token("JP", { roles: ["negotiator"] });
    const { body } = await hub.query(
      negotiator,
      `query($i: GrantInput!) { previewGrant(input: $i) { total counts { kind classification count } } }`,
      { i: { grantee: "US", recordKinds: ["INCIDENT", "AUDIT", "SYSTEM"], maxClassification: "RESTRICTED", purpose: "Joint review", validUntil: "2027-03-31T00:00:00Z" } },
    );
    expect(body.errors).toBeUndefined();
    const preview = body.data.previewGrant;
    expect(preview.total).toBeGreaterThan(0);
    expect(preview.counts.every((c: any) => c.classification !== "NATIONAL_SECURITY")).toBe(true);
    expect(new Set(preview.counts.map((c: any) => c.kind))).toEqual(new Set(["INCIDENT", "AUDIT", "SYSTEM"]));
  });
});
