import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoReports } from "../dev/seed/demo-reports.js";
import { seedDemoRegister } from "../dev/seed/seed.js";
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
    await seedDemoReports(hub.boardDb, COUNTRIES);
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

  it("a board analyst: the matrix for binding items, with each country's indicators from that country", async () => {
    const analyst = await hub.token("BOARD", { roles: ["analyst"] });
    const MATRIX = `query($m: MilestoneCode!) { complianceMatrix(milestone: $m, binding: true) { milestone items { code binding } csv
      rows { country { code indicators(milestone: $m) { highRiskDeployments redTeamedBeforeDeployment incidentsRequiringNotification notifiedWithin72h systemsWithProvenance } }
        cells { itemCode selfRating reviewStatus } } } }`;
    const m6 = await hub.query(analyst, MATRIX, { m: "M6" });
    expect(m6.body.errors).toBeUndefined();
    const matrix = m6.body.data.complianceMatrix;
    expect(matrix.items.length).toBeGreaterThan(0);
    expect(matrix.items.every((i: any) => i.binding)).toBe(true);
    expect(matrix.rows.map((r: any) => r.country.code)).toEqual(["JP", "KR", "US"]);
    for (const row of matrix.rows) {
      expect(row.cells.map((c: any) => c.itemCode)).toEqual(matrix.items.map((i: any) => i.code));
      expect(row.cells.every((c: any) => c.selfRating !== null)).toBe(true);
      // The indicators each country computes for the board, asked of that country directly.
      const direct = await hub.query(analyst, `query($c: ID!) { country(code: $c) { indicators(milestone: M6) {
        highRiskDeployments redTeamedBeforeDeployment incidentsRequiringNotification notifiedWithin72h systemsWithProvenance } } }`, { c: row.country.code });
      expect(row.country.indicators).toEqual(direct.body.data.country.indicators);
      expect(row.country.indicators.highRiskDeployments).toBeGreaterThan(0);
    }
    expect(new Set(matrix.rows.map((r: any) => r.cells[0].reviewStatus)).size).toBeGreaterThan(1);
    expect(matrix.csv.split(/\r?\n/)[0]).toBe(["country", ...matrix.items.map((i: any) => i.code)].join(","));
    // No M12 report is due yet: the cells are empty, the indicators are not.
    const m12 = (await hub.query(analyst, MATRIX, { m: "M12" })).body.data.complianceMatrix;
    expect(m12.rows.every((r: any) => r.cells.every((c: any) => c.selfRating === null && c.reviewStatus === null))).toBe(true);
    expect(m12.rows.every((r: any) => r.country.indicators !== null)).toBe(true);
  });
});
