import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-hub.js";

const SUBMIT = `mutation($input: SubmitComplianceReportInput!) { submitComplianceReport(input: $input) { id version } }`;
const REVIEW = `mutation($input: ReviewComplianceReportInput!) { reviewComplianceReport(input: $input) { status } }`;
const QUEUE = `query($m: MilestoneCode, $s: ComplianceReportStatus) { reviewQueue(milestone: $m, status: $s) {
  report { id country milestone version status } waitingSince changes { sinceVersion added changed } } }`;

describe("the board's review queue", () => {
  let hub: TestHub;
  let analyst: string;
  const regulators: Record<string, string> = {};
  const submit = async (country: string, milestone: string, assessments: { itemCode: string; rating: string; note?: string }[]) => {
    const { body } = await hub.query(regulators[country]!, SUBMIT, { input: { milestone, assessments } });
    expect(body.errors).toBeUndefined();
    return body.data.submitComplianceReport as { id: string; version: number };
  };
  const queue = async (variables: { m?: string; s?: string }) => {
    const { body } = await hub.query(analyst, QUEUE, variables);
    expect(body.errors).toBeUndefined();
    return body.data.reviewQueue as any[];
  };

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP", "US", "KR"] });
    for (const code of ["JP", "US", "KR"]) regulators[code] = await hub.token(code, { roles: ["regulator"] });
    analyst = await hub.token("BOARD", { roles: ["analyst"] });
  });
  afterAll(() => hub?.stop());

  it("lists the latest version of each report in a status, the one waiting longest first, with what changed since the version before", async () => {
    const us = await submit("US", "M6", [{ itemCode: "TSB-01", rating: "COMPLIANT" }, { itemCode: "TSB-02", rating: "NON_COMPLIANT" }]);
    const kr = await submit("KR", "M6", [{ itemCode: "TSB-03", rating: "COMPLIANT" }]);
    const jp = await submit("JP", "M6", [{ itemCode: "TSB-04", rating: "COMPLIANT" }]);
    await submit("KR", "M12", [{ itemCode: "TSB-05", rating: "LARGELY_COMPLIANT" }]);

    const first = await queue({ m: "M6" });
    expect(first.map((e) => e.report.country)).toEqual(["US", "KR", "JP"]);
    expect(first[0].changes).toEqual({ sinceVersion: null, added: ["TSB-01", "TSB-02"], changed: [] });
    expect(first.map((e) => Date.parse(e.waitingSince))).toEqual([...first.map((e) => Date.parse(e.waitingSince))].sort((a, b) => a - b));

    // Opened reports leave the SUBMITTED queue for the UNDER_REVIEW one.
    await hub.query(analyst, REVIEW, { input: { reportId: us.id, outcome: "UNDER_REVIEW" } });
    expect((await queue({ m: "M6" })).map((e) => e.report.id)).toEqual([kr.id, jp.id]);
    expect((await queue({ m: "M6", s: "UNDER_REVIEW" })).map((e) => e.report.id)).toEqual([us.id]);

    // An amendment is a new version at the back of the queue, its predecessor gone from every queue.
    const amended = await submit("US", "M6", [{ itemCode: "TSB-02", rating: "PARTIALLY_COMPLIANT", note: "Half the systems now." }, { itemCode: "TSB-06", rating: "COMPLIANT" }]);
    const after = await queue({ m: "M6" });
    expect(after.map((e) => [e.report.country, e.report.version])).toEqual([["KR", 1], ["JP", 1], ["US", 2]]);
    expect(after[2]).toMatchObject({ report: { id: amended.id, status: "SUBMITTED" }, changes: { sinceVersion: 1, added: ["TSB-06"], changed: ["TSB-02"] } });
    expect(await queue({ m: "M6", s: "UNDER_REVIEW" })).toEqual([]);

    // Without a milestone: every milestone's, still oldest first.
    expect((await queue({})).map((e) => [e.report.country, e.report.milestone])).toEqual([["KR", "M6"], ["JP", "M6"], ["KR", "M12"], ["US", "M6"]]);
  });

  it("is for the board's analysts only", async () => {
    for (const token of [
      regulators.JP!,
      await hub.token("US", { roles: ["analyst"] }),
      await hub.token("BOARD", { roles: ["analyst"], scopes: ["reports:read"] }),
    ]) {
      const { body } = await hub.query(token, QUEUE, { m: "M6" });
      expect(body.data?.reviewQueue ?? null).toBeNull();
      expect(body.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    }
  });
});
