import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Classification } from "../shared/policy/classification.js";
import { insertIncidents } from "./support/incidents.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

const REPORT_FIELDS = `id country milestone version baselineVersion status submittedAt
  assessments { itemCode rating note evidence { kind country id } } history { status at by comment }`;
const SUBMIT = `mutation($input: SubmitComplianceReportInput!) { submitComplianceReport(input: $input) { ${REPORT_FIELDS} } }`;
const REVIEW = `mutation($input: ReviewComplianceReportInput!) { reviewComplianceReport(input: $input) { ${REPORT_FIELDS} } }`;
const LIST = `query($country: ID, $milestone: MilestoneCode) { complianceReports(country: $country, milestone: $milestone) { id country milestone version status } }`;
const ONE = `query($id: ID!) { complianceReport(id: $id) { ${REPORT_FIELDS} } }`;

// Records JP holds (inserted in beforeAll): JP vouches for evidence it finds in its own register only.
const INCIDENT = "6290f63c-8086-4527-a556-3fd5f591bf55";
const RED_TEAM_FINDING = "1b0f3c9e-5a55-4f5e-9a34-0c3c5e8d6a01";
interface AssessmentInput {
  itemCode: string;
  rating: string;
  note?: string;
  evidence?: { kind: string; country: string; id: string }[];
}
const submission = (milestone = "M6", assessments?: AssessmentInput[]) => ({
  milestone,
  assessments: assessments ?? [
    { itemCode: "TSB-01", rating: "LARGELY_COMPLIANT", note: "Red-teaming required by the 2026 guidelines.", evidence: [{ kind: "INCIDENT", country: "JP", id: RED_TEAM_FINDING }] },
    { itemCode: "TSB-16", rating: "COMPLIANT", evidence: [{ kind: "INCIDENT", country: "JP", id: INCIDENT }] },
  ],
});

describe("compliance reports", () => {
  let hub: TestHub;
  let jpRegulator: string;
  let usRegulator: string;
  let krRegulator: string;
  let analyst: string;
  const rows = async (table: string) => Number((await hub.boardDb.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const submit = async (token: string, input: unknown) => {
    const { body } = await hub.query(token, SUBMIT, { input });
    expect(body.errors).toBeUndefined();
    return body.data.submitComplianceReport;
  };
  const review = (reportId: string, outcome: string, comment?: string) => hub.query(analyst, REVIEW, { input: { reportId, outcome, comment } });

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP", "US", "KR"] });
    await insertIncidents(hub.nations.get("JP")!.db, "JP", [{ id: INCIDENT, classification: Classification.PUBLIC }, { id: RED_TEAM_FINDING }]);
    jpRegulator = await hub.token("JP", { roles: ["regulator"], subject: "jp-officer-7" });
    usRegulator = await hub.token("US", { roles: ["regulator"] });
    krRegulator = await hub.token("KR", { roles: ["regulator"] });
    analyst = await hub.token("BOARD", { roles: ["analyst"], subject: "board-analyst-3" });
  });
  afterAll(() => hub?.stop());

  it("a regulator files its own country's report, and the board takes it through review to ACCEPTED", async () => {
    const input = submission();
    const report = await submit(jpRegulator, input);
    expect(report).toMatchObject({ country: "JP", milestone: "M6", version: 1, baselineVersion: "v1", status: "SUBMITTED" });
    expect(report.assessments).toEqual([
      { itemCode: "TSB-01", rating: "LARGELY_COMPLIANT", note: "Red-teaming required by the 2026 guidelines.", evidence: input.assessments[0]!.evidence },
      { itemCode: "TSB-16", rating: "COMPLIANT", note: null, evidence: [{ kind: "INCIDENT", country: "JP", id: INCIDENT }] },
    ]);
    expect(report.history).toEqual([{ status: "SUBMITTED", at: report.submittedAt, by: "jp-officer-7", comment: null }]);

    const opened = await review(report.id, "UNDER_REVIEW");
    expect(opened.body.errors).toBeUndefined();
    expect(opened.body.data.reviewComplianceReport.status).toBe("UNDER_REVIEW");
    const accepted = await review(report.id, "ACCEPTED", "Evidence checked against the audit register.");
    expect(accepted.body.errors).toBeUndefined();
    const final = accepted.body.data.reviewComplianceReport;
    expect(final.status).toBe("ACCEPTED");
    expect(final.history.map((h: any) => [h.status, h.by, h.comment])).toEqual([
      ["SUBMITTED", "jp-officer-7", null],
      ["UNDER_REVIEW", "board-analyst-3", null],
      ["ACCEPTED", "board-analyst-3", "Evidence checked against the audit register."],
    ]);
    // What the country reads back is what the board decided.
    const mine = await hub.query(jpRegulator, ONE, { id: report.id });
    expect(mine.body.data.complianceReport).toEqual(final);
  });

  it.each(["CHANGES_REQUESTED", "ESCALATION_RECOMMENDED"])("closes a review with %s only with a comment", async (outcome) => {
    const report = await submit(krRegulator, submission("M12", [{ itemCode: "TSB-09", rating: "NON_COMPLIANT" }]));
    await review(report.id, "UNDER_REVIEW");
    for (const comment of [undefined, "   "]) {
      const { body } = await review(report.id, outcome, comment);
      expect(body.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "comment" });
    }
    const { body } = await review(report.id, outcome, "Provenance labels are missing for three releases.");
    expect(body.data.reviewComplianceReport.status).toBe(outcome);
  });

  describe("refuses every move the workflow does not allow, with BAD_USER_INPUT on `outcome`, writing nothing", () => {
    const PATH_TO: Record<string, string[]> = {
      SUBMITTED: [],
      UNDER_REVIEW: ["UNDER_REVIEW"],
      ACCEPTED: ["UNDER_REVIEW", "ACCEPTED"],
      CHANGES_REQUESTED: ["UNDER_REVIEW", "CHANGES_REQUESTED"],
      ESCALATION_RECOMMENDED: ["UNDER_REVIEW", "ESCALATION_RECOMMENDED"],
    };
    const OUTCOMES = ["UNDER_REVIEW", "ACCEPTED", "CHANGES_REQUESTED", "ESCALATION_RECOMMENDED"];
    const LEGAL = new Set(["SUBMITTED>UNDER_REVIEW", "UNDER_REVIEW>ACCEPTED", "UNDER_REVIEW>CHANGES_REQUESTED", "UNDER_REVIEW>ESCALATION_RECOMMENDED"]);
    const illegal = Object.keys(PATH_TO).flatMap((from) => OUTCOMES.filter((to) => !LEGAL.has(`${from}>${to}`)).map((to) => [from, to]));

    it("covers 16 illegal moves", () => expect(illegal).toHaveLength(16));

    it.each(illegal)("%s -> %s", async (from, to) => {
      // US/M18 only: each case resubmits, so the report under test is always the latest version.
      const report = await submit(usRegulator, { milestone: "M18", assessments: [{ itemCode: "TSB-23", rating: "COMPLIANT" }] });
      for (const step of PATH_TO[from]!) expect((await review(report.id, step, "Reason given.")).body.errors).toBeUndefined();
      const before = await rows("compliance_report_history");
      const { body } = await review(report.id, to, "Reason given.");
      expect(body.data).toBeNull();
      expect(body.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "outcome" });
      expect(await rows("compliance_report_history")).toBe(before);
      const stored = await hub.query(analyst, ONE, { id: report.id });
      expect(stored.body.data.complianceReport.status).toBe(from);
    });

    it("refuses SUBMITTED as an outcome at the schema level: only a submission sets it", async () => {
      const report = await submit(usRegulator, { milestone: "M18", assessments: [{ itemCode: "TSB-23", rating: "COMPLIANT" }] });
      const { body } = await review(report.id, "SUBMITTED");
      expect(body.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    });
  });

  it("keeps every version on resubmission; only the latest one can be reviewed", async () => {
    const first = await submit(jpRegulator, submission("M12", [{ itemCode: "TSB-02", rating: "PARTIALLY_COMPLIANT" }]));
    await review(first.id, "UNDER_REVIEW");
    await review(first.id, "CHANGES_REQUESTED", "Say which systems the item covers.");
    const second = await submit(jpRegulator, submission("M12", [{ itemCode: "TSB-02", rating: "COMPLIANT", note: "All 14 high-risk systems." }]));
    expect(second).toMatchObject({ version: 2, status: "SUBMITTED" });
    expect(second.id).not.toBe(first.id);

    const old = await hub.query(jpRegulator, ONE, { id: first.id });
    expect(old.body.data.complianceReport).toMatchObject({ version: 1, status: "CHANGES_REQUESTED", assessments: [{ itemCode: "TSB-02", rating: "PARTIALLY_COMPLIANT" }] });
    const list = await hub.query(jpRegulator, LIST, { milestone: "M12" });
    expect(list.body.data.complianceReports.map((r: any) => [r.version, r.status])).toEqual([[2, "SUBMITTED"], [1, "CHANGES_REQUESTED"]]);

    const { body } = await review(first.id, "UNDER_REVIEW");
    expect(body.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "reportId" });
  });

  it("amends on resubmission: the new version carries every item it does not name, with its evidence, as the latest version had it", async () => {
    const first = await submit(jpRegulator, submission("M18"));
    const second = await submit(jpRegulator, submission("M18", [{ itemCode: "TSB-16", rating: "PARTIALLY_COMPLIANT", note: "Two notifications were late." }, { itemCode: "TSB-20", rating: "COMPLIANT" }]));
    expect(second.version).toBe(first.version + 1);
    expect(second.assessments).toEqual([
      first.assessments[0],
      { itemCode: "TSB-16", rating: "PARTIALLY_COMPLIANT", note: "Two notifications were late.", evidence: [] },
      { itemCode: "TSB-20", rating: "COMPLIANT", note: null, evidence: [] },
    ]);
    // The carried evidence keeps the owner's word from when it was first vouched for.
    const vouched = async (id: string) =>
      (await hub.boardDb.query(`SELECT item_code, vouched_at FROM compliance_evidence WHERE report_id = $1 ORDER BY item_code`, [id])) as { vouched_at: Date }[];
    expect((await vouched(second.id)).map((row) => row.vouched_at)).toEqual([(await vouched(first.id))[0]!.vouched_at]);
    // The first version is unchanged.
    const old = await hub.query(jpRegulator, ONE, { id: first.id });
    expect(old.body.data.complianceReport.assessments).toEqual(first.assessments);
  });

  it("numbers concurrent submissions of one country and milestone without collisions", async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () => hub.query(krRegulator, SUBMIT, { input: submission("M6", [{ itemCode: "TSB-30", rating: "NOT_APPLICABLE" }]) })),
    );
    for (const { body } of results) expect(body.errors).toBeUndefined();
    expect(results.map(({ body }) => body.data.submitComplianceReport.version).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  describe("validation", () => {
    const evidence = (country: string, id: string) => [{ kind: "SYSTEM", country, id }];
    it.each([
      ["no assessment", [], "assessments"],
      ["an item outside the baseline", [{ itemCode: "TSB-31", rating: "COMPLIANT" }], "assessments[0].itemCode"],
      ["an item twice", [{ itemCode: "TSB-01", rating: "COMPLIANT" }, { itemCode: "tsb-01", rating: "NON_COMPLIANT" }], "assessments[1].itemCode"],
      ["an oversized note", [{ itemCode: "TSB-01", rating: "COMPLIANT", note: "x".repeat(4001) }], "assessments[0].note"],
      ["another country's record as evidence", [{ itemCode: "TSB-01", rating: "COMPLIANT", evidence: evidence("US", INCIDENT) }], "assessments[0].evidence[0]"],
      ["a record id that is not a UUID", [{ itemCode: "TSB-01", rating: "COMPLIANT", evidence: evidence("JP", "INC-42") }], "assessments[0].evidence[0].id"],
      [
        "a bad entry after good ones",
        [{ itemCode: "TSB-01", rating: "COMPLIANT" }, { itemCode: "TSB-02", rating: "COMPLIANT", evidence: [...evidence("JP", INCIDENT), ...evidence("JP", INCIDENT)] }],
        "assessments[1].evidence[1].id",
      ],
    ])("refuses %s with BAD_USER_INPUT naming the field, writing nothing", async (_name, assessments, field) => {
      const before = await Promise.all(["compliance_report", "compliance_assessment", "compliance_evidence", "compliance_report_history"].map(rows));
      const { body } = await hub.query(jpRegulator, SUBMIT, { input: { milestone: "M6", assessments } });
      expect(body.data).toBeNull();
      expect(body.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(await Promise.all(["compliance_report", "compliance_assessment", "compliance_evidence", "compliance_report_history"].map(rows))).toEqual(before);
    });

    it.each([
      ["an unknown rating", { milestone: "M6", assessments: [{ itemCode: "TSB-01", rating: "MOSTLY" }] }],
      ["an unknown milestone", { milestone: "M24", assessments: [{ itemCode: "TSB-01", rating: "COMPLIANT" }] }],
      ["an unknown evidence kind", { milestone: "M6", assessments: [{ itemCode: "TSB-01", rating: "COMPLIANT", evidence: [{ kind: "MEMO", country: "JP", id: INCIDENT }] }] }],
    ])("refuses %s at the schema level", async (_name, input) => {
      const { body } = await hub.query(jpRegulator, SUBMIT, { input });
      expect(body.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    });

    it.each([
      ["not a UUID", "42"],
      ["no such report", randomUUID()],
    ])("refuses a review of a report id that is %s, naming reportId", async (_name, reportId) => {
      const { body } = await review(reportId, "UNDER_REVIEW");
      expect(body.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "reportId" });
    });
  });

  describe("rights", () => {
    it("refuses submission to the board, whatever roles its token claims, and to other national roles", async () => {
      const callers = [
        analyst,
        await hub.token("BOARD", { roles: ["regulator"] }),
        await hub.token("JP", { roles: ["negotiator"] }),
        await hub.token("JP", { roles: ["auditor"] }),
        await hub.token("JP", { roles: ["regulator"], scopes: ["records:read"] }),
      ];
      const before = await rows("compliance_report");
      for (const token of callers) {
        const { body } = await hub.query(token, SUBMIT, { input: submission() });
        expect(body.errors![0]!.extensions!.code).toBe("FORBIDDEN");
      }
      expect(await rows("compliance_report")).toBe(before);
    });

    it("refuses review to anyone but the board's analysts, even on the board subgraph directly", async () => {
      const report = await submit(jpRegulator, submission("M18"));
      for (const [token, url] of [
        [jpRegulator, undefined],
        [await hub.token("US", { roles: ["analyst"] }), undefined],
        [usRegulator, hub.boardUrl],
      ] as const) {
        const { body } = await hub.query(token, REVIEW, { input: { reportId: report.id, outcome: "UNDER_REVIEW" } }, url);
        expect(body.errors![0]!.extensions!.code).toBe("FORBIDDEN");
      }
      expect((await hub.query(analyst, ONE, { id: report.id })).body.data.complianceReport.status).toBe("SUBMITTED");
    });
  });

  describe("visibility", () => {
    let jpReport: string;
    let usReport: string;
    beforeAll(async () => {
      jpReport = (await submit(jpRegulator, submission("M6"))).id;
      usReport = (await submit(usRegulator, { milestone: "M6", assessments: [{ itemCode: "TSB-05", rating: "COMPLIANT" }] })).id;
    });

    it("shows the board's analysts every country's reports, filtered as asked", async () => {
      const all = await hub.query(analyst, LIST, {});
      expect(new Set(all.body.data.complianceReports.map((r: any) => r.country))).toEqual(new Set(["JP", "US", "KR"]));
      const usM6 = await hub.query(analyst, LIST, { country: "us", milestone: "M6" });
      expect(usM6.body.data.complianceReports.map((r: any) => r.id)).toEqual([usReport]);
      expect((await hub.query(analyst, ONE, { id: jpReport })).body.data.complianceReport.id).toBe(jpReport);
    });

    it("shows a regulator its own country's reports only; another country's do not exist for it", async () => {
      const own = await hub.query(jpRegulator, LIST, {});
      expect(own.body.data.complianceReports.length).toBeGreaterThan(0);
      expect(own.body.data.complianceReports.every((r: any) => r.country === "JP")).toBe(true);
      expect((await hub.query(jpRegulator, LIST, { country: "US" })).body.data.complianceReports).toEqual([]);
      const other = await hub.query(jpRegulator, ONE, { id: usReport });
      expect(other.body).toEqual({ data: { complianceReport: null } });
    });

    it("shows other roles nothing, without an error", async () => {
      for (const token of [await hub.token("JP", { roles: ["auditor"] }), await hub.token("JP", { roles: ["negotiator"] })]) {
        expect((await hub.query(token, LIST, {})).body).toEqual({ data: { complianceReports: [] } });
        expect((await hub.query(token, ONE, { id: jpReport })).body).toEqual({ data: { complianceReport: null } });
      }
      expect((await hub.query(analyst, ONE, { id: "not-a-uuid" })).body).toEqual({ data: { complianceReport: null } });
    });
  });

  it("keeps reports and their history append-only in the database itself", async () => {
    const db = hub.boardDb;
    const someColumn: Record<string, string> = {
      compliance_report_history: "comment",
      compliance_report: "version",
      compliance_assessment: "note",
      compliance_evidence: "record_id",
    };
    for (const [table, column] of Object.entries(someColumn)) {
      await expect(db.query(`UPDATE ${table} SET ${column} = ${column}`)).rejects.toThrow(/append-only: UPDATE refused/);
      await expect(db.query(`DELETE FROM ${table}`)).rejects.toThrow(/append-only: DELETE refused/);
      await expect(db.query(`TRUNCATE ${table} CASCADE`)).rejects.toThrow(/append-only: TRUNCATE refused/);
    }
    expect(await rows("compliance_report_history")).toBeGreaterThan(0);
  });
});
