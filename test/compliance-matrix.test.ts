import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-hub.js";

const SUBMIT = `mutation($input: SubmitComplianceReportInput!) { submitComplianceReport(input: $input) { id } }`;
const REVIEW = `mutation($input: ReviewComplianceReportInput!) { reviewComplianceReport(input: $input) { status } }`;
const MATRIX = `query($milestone: MilestoneCode!, $category: String, $binding: Boolean) {
  complianceMatrix(milestone: $milestone, category: $category, binding: $binding) {
    milestone items { code category binding } rows { country { code } cells { itemCode selfRating reviewStatus } } csv } }`;

/** The matrix through the gateway: JP accepted, US submitted then resubmitted, KR silent, for M12. */
describe("compliance matrix", () => {
  let hub: TestHub;
  let analyst: string;
  let jpRegulator: string;
  let usRegulator: string;
  const matrix = async (token: string, variables: Record<string, unknown>) => {
    const { body } = await hub.query(token, MATRIX, variables);
    expect(body.errors).toBeUndefined();
    return body.data.complianceMatrix;
  };
  const cellsOf = (m: any, code: string) => Object.fromEntries(m.rows.find((r: any) => r.country.code === code).cells.map((c: any) => [c.itemCode, c]));
  const submit = async (token: string, milestone: string, ratings: Record<string, string>) => {
    const assessments = Object.entries(ratings).map(([itemCode, rating]) => ({ itemCode, rating }));
    const { body } = await hub.query(token, SUBMIT, { input: { milestone, assessments } });
    expect(body.errors).toBeUndefined();
    return body.data.submitComplianceReport.id as string;
  };
  const review = async (reportId: string, outcome: string) => {
    const { body } = await hub.query(analyst, REVIEW, { input: { reportId, outcome } });
    expect(body.errors).toBeUndefined();
  };

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP", "US", "KR"] });
    analyst = await hub.token("BOARD", { roles: ["analyst"] });
    jpRegulator = await hub.token("JP", { roles: ["regulator"] });
    usRegulator = await hub.token("US", { roles: ["regulator"] });
    const jp = await submit(jpRegulator, "M12", { "TSB-01": "COMPLIANT", "TSB-09": "PARTIALLY_COMPLIANT", "TSB-03": "NON_COMPLIANT" });
    await review(jp, "UNDER_REVIEW");
    await review(jp, "ACCEPTED");
    await submit(jpRegulator, "M6", { "TSB-01": "NON_COMPLIANT" }); // another milestone: not in the M12 matrix
    await submit(usRegulator, "M12", { "TSB-01": "NON_COMPLIANT" });
  });
  afterAll(() => hub?.stop());

  it("has one row per participant and one cell per item, from each country's latest report and its review", async () => {
    const m = await matrix(analyst, { milestone: "M12" });
    expect(m.milestone).toBe("M12");
    expect(m.items).toHaveLength(30);
    expect(m.rows.map((r: any) => r.country.code)).toEqual(["JP", "KR", "US"]);
    for (const row of m.rows) expect(row.cells.map((c: any) => c.itemCode)).toEqual(m.items.map((i: any) => i.code));
    const jp = cellsOf(m, "JP");
    expect(jp["TSB-01"]).toEqual({ itemCode: "TSB-01", selfRating: "COMPLIANT", reviewStatus: "ACCEPTED" });
    expect(jp["TSB-09"]).toMatchObject({ selfRating: "PARTIALLY_COMPLIANT", reviewStatus: "ACCEPTED" });
    // An item the accepted report does not rate: no rating, but the report's status.
    expect(jp["TSB-16"]).toMatchObject({ selfRating: null, reviewStatus: "ACCEPTED" });
    expect(cellsOf(m, "US")["TSB-01"]).toMatchObject({ selfRating: "NON_COMPLIANT", reviewStatus: "SUBMITTED" });
    expect(Object.values(cellsOf(m, "KR")).every((c: any) => c.selfRating === null && c.reviewStatus === null)).toBe(true);
  });

  it("follows a resubmission and the review that follows it", async () => {
    const second = await submit(usRegulator, "M12", { "TSB-01": "LARGELY_COMPLIANT" });
    expect(cellsOf(await matrix(analyst, { milestone: "M12" }), "US")["TSB-01"]).toMatchObject({ selfRating: "LARGELY_COMPLIANT", reviewStatus: "SUBMITTED" });
    await review(second, "UNDER_REVIEW");
    expect(cellsOf(await matrix(analyst, { milestone: "M12" }), "US")["TSB-01"]).toMatchObject({ selfRating: "LARGELY_COMPLIANT", reviewStatus: "UNDER_REVIEW" });
  });

  it("filters items by category (any case) and by binding", async () => {
    const binding = await matrix(analyst, { milestone: "M12", binding: true });
    expect(binding.items.length).toBeGreaterThan(0);
    expect(binding.items.every((i: any) => i.binding)).toBe(true);
    expect(binding.items.map((i: any) => i.code)).toEqual(expect.arrayContaining(["TSB-01", "TSB-09", "TSB-16"]));
    const voluntaryTesting = await matrix(analyst, { milestone: "M12", category: " testing ", binding: false });
    expect(voluntaryTesting.items.every((i: any) => i.category === "TESTING" && !i.binding)).toBe(true);
    expect(cellsOf(voluntaryTesting, "JP")["TSB-03"]).toMatchObject({ selfRating: "NON_COMPLIANT" });
    for (const row of voluntaryTesting.rows) expect(row.cells).toHaveLength(voluntaryTesting.items.length);
  });

  it("refuses an unknown category, naming the field", async () => {
    const { body } = await hub.query(analyst, MATRIX, { milestone: "M12", category: "SAFETY" });
    expect(body.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "category" });
  });

  it("exports the same matrix as CSV: header `country,<itemCode>...`, one line per country, `rating/status` cells", async () => {
    const m = await matrix(analyst, { milestone: "M12", category: "TRANSPARENCY" });
    expect(m.csv.endsWith("\r\n")).toBe(true);
    const lines = m.csv.slice(0, -2).split("\r\n").map((line: string) => line.split(","));
    expect(lines[0]).toEqual(["country", ...m.items.map((i: any) => i.code)]);
    expect(lines.slice(1).map((line: string[]) => line[0])).toEqual(["JP", "KR", "US"]);
    for (const line of lines) expect(line).toHaveLength(m.items.length + 1);
    const jp = lines[1]!;
    expect(jp[m.items.findIndex((i: any) => i.code === "TSB-09") + 1]).toBe("PARTIALLY_COMPLIANT/ACCEPTED");
    expect(jp[m.items.findIndex((i: any) => i.code === "TSB-10") + 1]).toBe("/ACCEPTED");
    expect(lines[2]!.slice(1).every((cell: string) => cell === "")).toBe(true);
  });

  it("is open to every participant's regulators as well as the board's analysts, and to no other role", async () => {
    const kr = await matrix(await hub.token("KR", { roles: ["regulator"] }), { milestone: "M12" });
    expect(cellsOf(kr, "JP")["TSB-01"]).toMatchObject({ selfRating: "COMPLIANT", reviewStatus: "ACCEPTED" });
    for (const roles of [["auditor"], ["negotiator"]] as const) {
      const { body } = await hub.query(await hub.token("JP", { roles: [...roles] }), MATRIX, { milestone: "M12" });
      expect(body.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    }
  });

  it("returns each row's country as the federated entity, which the countries' own subgraphs extend", async () => {
    const { body } = await hub.query(analyst, `{ complianceMatrix(milestone: M12, binding: true) { rows { country { code name incidents { totalCount } } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.complianceMatrix.rows).toEqual(
      ["JP", "KR", "US"].map((code) => ({ country: { code, name: `Test participant ${code}`, incidents: { totalCount: 0 } } })),
    );
  });
});
