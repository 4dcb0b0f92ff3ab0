import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoRegister } from "../dev/seed/seed.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/**
 * Every mutation takes an idempotency key: retries (even racing ones) write once and return the first
 * result; the same key for a different request is refused.
 */
describe("idempotent retries of every mutation", () => {
  let hub: TestHub;
  const t: Record<string, string> = {};
  const count = async (code: string, sql: string) => Number((await (code === "BOARD" ? hub.boardDb : hub.nations.get(code)!.db).query(sql))[0].n);
  const retried = async (token: string, query: string, variables: Record<string, unknown>) => {
    const answers = await Promise.all([1, 2, 3].map(() => hub.query(token, query, variables)));
    for (const answer of answers) expect(answer.body.errors).toBeUndefined();
    return answers.map((a) => a.body.data);
  };

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP", "US"] });
    await seedDemoRegister(hub.nations.get("JP")!.db, "JP");
    t.negotiator = await hub.token("JP", { roles: ["negotiator"] });
    t.regulator = await hub.token("JP", { roles: ["regulator"] });
    t.auditor = await hub.token("JP", { roles: ["auditor"] });
    t.analyst = await hub.token("BOARD", { roles: ["analyst"] });
  });
  afterAll(() => hub?.stop());

  it("grantAccess", async () => {
    const query = `mutation($i: GrantInput!, $k: String) { grantAccess(input: $i, idempotencyKey: $k) { id } }`;
    const input = { grantee: "US", recordKinds: ["INCIDENT"], maxClassification: "SHARED", purpose: "retry", validUntil: "2027-06-01T00:00:00Z" };
    const answers = await retried(t.negotiator!, query, { i: input, k: "grant-1" });
    expect(new Set(answers.map((a) => a.grantAccess.id)).size).toBe(1);
    expect(await count("JP", "SELECT count(*) AS n FROM access_grant")).toBe(1);
    const misuse = await hub.query(t.negotiator!, query, { i: { ...input, purpose: "other" }, k: "grant-1" });
    expect(misuse.body.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "idempotencyKey" });
  });

  it("updateIncident", async () => {
    const [{ id }] = await hub.nations.get("JP")!.db.query(`SELECT id FROM incident LIMIT 1`);
    const query = `mutation($id: ID!, $k: String) { updateIncident(id: $id, input: { reporter: "retry test", reason: "retry" }, idempotencyKey: $k) { reporter } }`;
    const answers = await retried(t.regulator!, query, { id, k: "update-1" });
    expect(answers.every((a) => a.updateIncident.reporter === "retry test")).toBe(true);
    expect(await count("JP", `SELECT count(*) AS n FROM incident_revision WHERE reason = 'retry'`)).toBe(1);
  });

  it("recordAudit", async () => {
    const [{ id }] = await hub.nations.get("JP")!.db.query(`SELECT id FROM ai_system LIMIT 1`);
    const before = await count("JP", "SELECT count(*) AS n FROM audit");
    const query = `mutation($s: ID!, $k: String) { recordAudit(input: { systemId: $s, kind: PROVENANCE_CHECK, status: PLANNED, classification: SHARED,
      scope: "retry", methodology: "retry", startedAt: "2026-11-01T00:00:00Z" }, idempotencyKey: $k) { id } }`;
    const answers = await retried(t.auditor!, query, { s: id, k: "audit-1" });
    expect(new Set(answers.map((a) => a.recordAudit.id)).size).toBe(1);
    expect(await count("JP", "SELECT count(*) AS n FROM audit")).toBe(before + 1);
  });

  it("submitComplianceReport and reviewComplianceReport", async () => {
    const submit = `mutation($k: String) { submitComplianceReport(input: { milestone: M6, assessments: [{ itemCode: "TSB-01", rating: COMPLIANT, note: "retry", evidence: [] }] }, idempotencyKey: $k) { id version } }`;
    const submitted = await retried(t.regulator!, submit, { k: "report-1" });
    expect(new Set(submitted.map((a) => a.submitComplianceReport.id)).size).toBe(1);
    expect(await count("BOARD", "SELECT count(*) AS n FROM compliance_report")).toBe(1);
    const review = `mutation($id: ID!, $k: String) { reviewComplianceReport(input: { reportId: $id, outcome: UNDER_REVIEW }, idempotencyKey: $k) { status } }`;
    const reviewed = await retried(t.analyst!, review, { id: submitted[0].submitComplianceReport.id, k: "review-1" });
    expect(reviewed.every((a) => a.reviewComplianceReport.status === "UNDER_REVIEW")).toBe(true);
    expect(await count("BOARD", "SELECT count(*) AS n FROM compliance_report_history")).toBe(2);
  });
});
