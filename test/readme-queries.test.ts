import { readFileSync } from "node:fs";
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
    // As `npm start` files them: through the gateway, as each country's regulator and the board's analyst.
    await seedDemoReports({ token: (participant, request) => hub.token(participant, request), query: async (token, query, variables) => (await hub.query(token, query, variables)).body }, COUNTRIES);
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
    // M12 too: every country's cells are filled.
    const m12 = (await hub.query(analyst, MATRIX, { m: "M12" })).body.data.complianceMatrix;
    expect(m12.rows.every((r: any) => r.cells.every((c: any) => c.selfRating !== null && c.reviewStatus !== null))).toBe(true);
    expect(m12.rows.every((r: any) => r.country.indicators !== null)).toBe(true);
  });

  it("a board analyst: the README's M12 matrix shows filled cells, and each country's attested figures beside the board's view", async () => {
    const analyst = await hub.token("BOARD", { roles: ["analyst"] });
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const query = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!).find((q) => q.includes("complianceMatrix(milestone: M12"));
    expect(query).toBeDefined();
    const { body } = await hub.query(analyst, query!);
    expect(body.errors).toBeUndefined();
    const { rows, csv } = body.data.complianceMatrix;
    expect(rows.map((r: any) => r.country.code)).toEqual(["JP", "KR", "US"]);
    for (const row of rows) {
      expect(row.cells.length).toBeGreaterThan(0);
      expect(row.cells.every((c: any) => c.selfRating !== null && c.reviewStatus !== null)).toBe(true);
      expect(row.country.indicators.basis).toBe("SHARED_VIEW");
      expect(row.attestedIndicators).not.toBeNull();
      // The country's own count covers at least what the board may see of it.
      for (const figure of ["highRiskDeployments", "incidentsRequiringNotification", "notifiedWithin72h", "systemsWithProvenance"]) {
        expect(row.attestedIndicators[figure]).toBeGreaterThanOrEqual(row.country.indicators[figure]);
      }
    }
    expect(rows.some((r: any) => r.attestedIndicators.incidentsRequiringNotification > r.country.indicators.incidentsRequiringNotification)).toBe(true);
    expect(csv.split(/\r?\n/).slice(1, 4).every((line: string) => /^[A-Z]{2},[A-Z_]+\/[A-Z_]+/.test(line))).toBe(true);
  });

  it("every demo report's evidence resolves: the owner vouched for each citation, and the board follows it as far as the owner allows", async () => {
    const analyst = await hub.token("BOARD", { roles: ["analyst"] });
    const { body } = await hub.query(analyst, `{ complianceReports { country milestone assessments { itemCode evidence { kind country id vouchedAt
      record { __typename ... on Incident { id classification } ... on Audit { id classification } ... on System { id classification } } } } } }`);
    expect(body.errors).toBeUndefined();
    const reports = body.data.complianceReports;
    expect(reports.map((r: any) => `${r.country}/${r.milestone}`).sort()).toEqual(["JP/M12", "JP/M6", "KR/M12", "KR/M6", "US/M12", "US/M6"]);
    const evidence = reports.flatMap((r: any) => r.assessments.flatMap((a: any) => a.evidence.map((e: any) => ({ ...e, reportCountry: r.country }))));
    expect(new Set(evidence.map((e: any) => e.kind))).toEqual(new Set(["INCIDENT", "AUDIT", "SYSTEM"]));
    for (const piece of evidence) {
      expect(piece.country).toBe(piece.reportCountry);
      expect(piece.vouchedAt).not.toBeNull();
      // What the board may not see is RESTRICTED in its owner's register: null here, vouched for there.
      const [row] = await hub.nations.get(piece.country)!.db.query(`SELECT classification FROM ${{ INCIDENT: "incident", AUDIT: "audit", SYSTEM: "ai_system" }[piece.kind as "INCIDENT"]} WHERE id = $1`, [piece.id]);
      expect(["PUBLIC", "SHARED", "RESTRICTED"]).toContain(row.classification);
      expect(piece.record === null).toBe(row.classification === "RESTRICTED");
      if (piece.record) expect(piece.record.classification).toBe(row.classification);
    }
    expect(evidence.some((e: any) => e.record === null)).toBe(true);
  });
});
