import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoRegister } from "../dev/seed/seed.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

const SUBMIT = `mutation($input: SubmitComplianceReportInput!) { submitComplianceReport(input: $input) {
  id version assessments { itemCode evidence { kind country id } } } }`;
const TABLES = ["compliance_report", "compliance_assessment", "compliance_evidence", "compliance_report_history"];

/**
 * A submission's evidence is vouched for by its owner, through the gateway, under the submitting
 * regulator's own token: a record JP does not hold (made up, or another country's) and a JP record
 * that must never leave JP are refused, naming the citation, before anything is stored.
 */
describe("compliance evidence checked by its owner", () => {
  let hub: TestHub;
  let jpRegulator: string;
  let cnRegulator: string;
  let analyst: string;
  const record = async (country: string, table: string, classification: string): Promise<string> =>
    (await hub.nations.get(country)!.db.query(`SELECT id FROM ${table} WHERE classification = $1 ORDER BY id LIMIT 1`, [classification]))[0].id;
  const counts = () => Promise.all(TABLES.map(async (t) => Number((await hub.boardDb.query(`SELECT count(*) AS n FROM ${t}`))[0].n)));
  const withCitation = (citation: { kind: string; country: string; id: string }) => ({
    milestone: "M6",
    assessments: [
      { itemCode: "TSB-01", rating: "COMPLIANT" },
      { itemCode: "TSB-16", rating: "LARGELY_COMPLIANT", evidence: [citation] },
    ],
  });

  beforeAll(async () => {
    // CN is in the directory, routed to a port where nothing answers.
    hub = await startTestHub({ countries: ["JP", "KR"], externalEndpoints: { CN: "http://127.0.0.1:1/graphql" } });
    await seedDemoRegister(hub.nations.get("JP")!.db, "JP");
    await seedDemoRegister(hub.nations.get("KR")!.db, "KR");
    jpRegulator = await hub.token("JP", { roles: ["regulator"] });
    cnRegulator = await hub.token("CN", { roles: ["regulator"] });
    analyst = await hub.token("BOARD", { roles: ["analyst"] });
  });
  afterAll(() => hub?.stop());

  it("refuses a made-up record and another country's record in the same words, naming the citation, storing nothing", async () => {
    const before = await counts();
    const krIncident = await record("KR", "incident", "PUBLIC");
    const answers = [];
    for (const citation of [
      { kind: "INCIDENT", country: "JP", id: randomUUID() },
      { kind: "INCIDENT", country: "JP", id: krIncident },
      { kind: "INCIDENT", country: "KR", id: krIncident },
      { kind: "INCIDENT", country: "KR", id: randomUUID() },
    ]) {
      const { body } = await hub.query(jpRegulator, SUBMIT, { input: withCitation(citation) });
      expect(body.data).toBeNull();
      expect(body.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "assessments[1].evidence[0]" });
      answers.push(body.errors![0]!.message);
    }
    expect(new Set(answers).size).toBe(1);
    expect(answers[0]).not.toMatch(/KR/);
    expect(await counts()).toEqual(before);
  });

  it("refuses more distinct citations than one request to the owner may carry, saying how to file the rest", async () => {
    const evidence = Array.from({ length: 21 }, () => ({ kind: "INCIDENT", country: "JP", id: randomUUID() }));
    const { body } = await hub.query(jpRegulator, SUBMIT, {
      input: { milestone: "M6", assessments: [{ itemCode: "TSB-16", rating: "COMPLIANT", evidence: evidence.slice(0, 11) }, { itemCode: "TSB-01", rating: "COMPLIANT", evidence: evidence.slice(11) }] },
    });
    expect(body.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "assessments" });
    expect(body.errors![0]!.message).toMatch(/at most 20 distinct records .*amends the report/);

    // Twenty is within what the gateway accepts in one operation.
    const twenty = (await hub.nations.get("JP")!.db.query(`SELECT id FROM incident WHERE classification <> 'NATIONAL_SECURITY' ORDER BY id LIMIT 20`)) as { id: string }[];
    expect(twenty).toHaveLength(20);
    const accepted = await hub.query(jpRegulator, SUBMIT, {
      input: { milestone: "M18", assessments: [{ itemCode: "TSB-16", rating: "COMPLIANT", evidence: twenty.map(({ id }) => ({ kind: "INCIDENT", country: "JP", id })) }] },
    });
    expect(accepted.body.errors).toBeUndefined();
  });

  it.each([
    ["INCIDENT", "incident"],
    ["AUDIT", "audit"],
    ["SYSTEM", "ai_system"],
  ])("refuses a NATIONAL_SECURITY %s as evidence, naming the citation, storing nothing", async (kind, table) => {
    const before = await counts();
    const id = await record("JP", table, "NATIONAL_SECURITY");
    const { body } = await hub.query(jpRegulator, SUBMIT, { input: withCitation({ kind, country: "JP", id }) });
    expect(body.data).toBeNull();
    expect(body.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "assessments[1].evidence[0]" });
    expect(body.errors![0]!.message).toMatch(/NATIONAL_SECURITY/);
    expect(await counts()).toEqual(before);
    expect(JSON.stringify(await hub.boardDb.query(`SELECT record_id FROM compliance_evidence`))).not.toContain(id);
  });

  it("accepts the country's own PUBLIC, SHARED and RESTRICTED records of every kind; each resolves for the reader as far as its owner allows", async () => {
    const ids = {
      publicIncident: await record("JP", "incident", "PUBLIC"),
      restrictedIncident: await record("JP", "incident", "RESTRICTED"),
      sharedAudit: await record("JP", "audit", "SHARED"),
      publicSystem: await record("JP", "ai_system", "PUBLIC"),
    };
    const citations = [
      { kind: "INCIDENT", country: "JP", id: ids.publicIncident },
      { kind: "INCIDENT", country: "JP", id: ids.restrictedIncident },
      { kind: "AUDIT", country: "JP", id: ids.sharedAudit },
      { kind: "SYSTEM", country: "JP", id: ids.publicSystem },
    ];
    const before = Date.now();
    const { body } = await hub.query(jpRegulator, SUBMIT, {
      input: { milestone: "M12", assessments: [{ itemCode: "TSB-16", rating: "COMPLIANT", evidence: citations }] },
    });
    expect(body.errors).toBeUndefined();
    const report = body.data.submitComplianceReport;
    expect(report.assessments[0].evidence).toEqual(citations);

    const EVIDENCE = `query($id: ID!) { complianceReport(id: $id) { assessments { evidence { kind id vouchedAt record { __typename
      ... on Incident { country id title classification } ... on Audit { country id kind classification } ... on System { country id name classification } } } } } }`;
    const read = async (token: string) => {
      const { body } = await hub.query(token, EVIDENCE, { id: report.id });
      expect(body.errors).toBeUndefined();
      return body.data.complianceReport.assessments[0].evidence as any[];
    };
    const [ownerView, boardView] = [await read(jpRegulator), await read(analyst)];
    for (const piece of [...ownerView, ...boardView]) {
      expect(Date.parse(piece.vouchedAt)).toBeGreaterThanOrEqual(before - 1000);
      expect(Date.parse(piece.vouchedAt)).toBeLessThanOrEqual(Date.now());
    }
    // The owner's own regulator follows every citation; the board's analyst every one but the RESTRICTED.
    expect(ownerView.map((p) => [p.record?.__typename, p.record?.id, p.record?.classification])).toEqual([
      ["Incident", ids.publicIncident, "PUBLIC"],
      ["Incident", ids.restrictedIncident, "RESTRICTED"],
      ["Audit", ids.sharedAudit, "SHARED"],
      ["System", ids.publicSystem, "PUBLIC"],
    ]);
    expect(boardView.map((p) => [p.kind, p.id, p.record?.id ?? null, p.record?.classification ?? null])).toEqual([
      ["INCIDENT", ids.publicIncident, ids.publicIncident, "PUBLIC"],
      ["INCIDENT", ids.restrictedIncident, null, null],
      ["AUDIT", ids.sharedAudit, ids.sharedAudit, "SHARED"],
      ["SYSTEM", ids.publicSystem, ids.publicSystem, "PUBLIC"],
    ]);
    expect(boardView[0].record.title).toEqual(expect.any(String));
    expect(boardView[2].record.kind).toEqual(expect.any(String));
    expect(boardView[3].record.name).toEqual(expect.any(String));
    // The analyst's read of JP's SHARED audit is in JP's access log, as any foreign read is.
    const log = (await hub.query(jpRegulator, `{ myCountry { accessLog { nodes { recordId callerCountry } } } }`)).body.data.myCountry.accessLog.nodes;
    expect(log).toContainEqual({ recordId: ids.sharedAudit, callerCountry: "BOARD" });
    expect(log.map((entry: any) => entry.recordId)).not.toContain(ids.restrictedIncident);
  });

  it("records the country's own figures with each version, so the matrix shows them beside the reader's shared view", async () => {
    const FIGURES = "highRiskDeployments redTeamedBeforeDeployment redTeamedShare incidentsRequiringNotification notifiedWithin72h notifiedWithin72hShare systems systemsWithProvenance";
    const INDICATORS = `{ country(code: "JP") { indicators(milestone: M6) { basis ${FIGURES} } } }`;
    const indicators = async (token: string) => (await hub.query(token, INDICATORS)).body.data.country.indicators;
    const owner = await indicators(jpRegulator);
    expect(owner.basis).toBe("OWNER");
    for (const other of [analyst, await hub.token("KR", { roles: ["regulator"] }), await hub.token("JP", { roles: ["negotiator"] })]) {
      expect((await indicators(other)).basis).toBe("SHARED_VIEW");
    }

    const { body } = await hub.query(jpRegulator, `mutation { submitComplianceReport(input: { milestone: M6, assessments: [{ itemCode: "TSB-09", rating: COMPLIANT }] }) {
      id attestedIndicators { attestedAt asOf ${FIGURES} } } }`);
    expect(body.errors).toBeUndefined();
    const { attestedAt, asOf, ...attested } = body.data.submitComplianceReport.attestedIndicators;
    const { basis: _basis, ...ownFigures } = owner;
    expect(attested).toEqual(ownFigures);
    // Counted by JP as of M6's due date, or as of the submission when that came first.
    const due = Date.parse("2026-09-25T00:00:00Z");
    expect(Date.parse(asOf)).toBeLessThanOrEqual(Math.min(due, Date.parse(attestedAt)));
    expect(Date.parse(asOf)).toBeGreaterThanOrEqual(Math.min(due, Date.parse(attestedAt) - 5000));
    expect(Date.parse(attestedAt)).toBeLessThanOrEqual(Date.now());

    const matrix = (
      await hub.query(analyst, `{ complianceMatrix(milestone: M6) { rows { country { code indicators(milestone: M6) { basis ${FIGURES} } } attestedIndicators { ${FIGURES} } } } }`)
    ).body.data.complianceMatrix;
    const jp = matrix.rows.find((row: any) => row.country.code === "JP");
    expect(jp.attestedIndicators).toEqual(attested);
    expect(jp.country.indicators.basis).toBe("SHARED_VIEW");
    // JP holds high-risk incidents the board may not see: the difference is visible, not hidden.
    expect(jp.attestedIndicators.incidentsRequiringNotification).toBeGreaterThan(jp.country.indicators.incidentsRequiringNotification);
    expect(matrix.rows.find((row: any) => row.country.code === "KR").attestedIndicators).toBeNull();

    // Another participant's regulator sees the matrix, not the report: JP's own figures (which count records
    // only JP may see) are not given to it; JP's regulator sees its own.
    const MATRIX_FIGURES = `{ complianceMatrix(milestone: M6) { rows { country { code } attestedIndicators { incidentsRequiringNotification } } } }`;
    const jpRowFor = async (token: string) =>
      (await hub.query(token, MATRIX_FIGURES)).body.data.complianceMatrix.rows.find((row: any) => row.country.code === "JP");
    expect((await jpRowFor(await hub.token("KR", { roles: ["regulator"] }))).attestedIndicators).toBeNull();
    expect((await jpRowFor(jpRegulator)).attestedIndicators).toEqual({ incidentsRequiringNotification: attested.incidentsRequiringNotification });
  });

  it("refuses a token that cannot read all of the country's own records: its evidence could not be vouched for", async () => {
    const narrowed = await hub.token("JP", { roles: ["regulator"], scopes: ["reports:submit"] });
    const before = await counts();
    const { body } = await hub.query(narrowed, SUBMIT, { input: withCitation({ kind: "INCIDENT", country: "JP", id: await record("JP", "incident", "SHARED") }) });
    expect(body.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    expect(body.errors![0]!.message).toMatch(/records:read/);
    expect(await counts()).toEqual(before);
  });

  it("answers NATION_UNAVAILABLE and stores nothing when the country does not answer", async () => {
    const before = await counts();
    const { body } = await hub.query(cnRegulator, SUBMIT, { input: { milestone: "M6", assessments: [{ itemCode: "TSB-01", rating: "COMPLIANT" }] } });
    expect(body.data).toBeNull();
    expect(body.errors![0]!.extensions).toMatchObject({ code: "NATION_UNAVAILABLE", country: "CN", reason: "unreachable" });
    expect(body.errors![0]!.message).toMatch(/nothing was stored/);
    expect(await counts()).toEqual(before);
  });

  it("answers NATION_UNAVAILABLE and stores nothing when the board cannot reach the gateway; a retry of a stored submission still gets it", async () => {
    const RETRYABLE = `mutation($input: SubmitComplianceReportInput!, $key: String) { submitComplianceReport(input: $input, idempotencyKey: $key) { id } }`;
    const input = { milestone: "M18", assessments: [{ itemCode: "TSB-02", rating: "COMPLIANT" }] };
    const stored = (await hub.query(jpRegulator, RETRYABLE, { input, key: "retry-1" })).body.data.submitComplianceReport.id;
    const config = hub.membership.subgraphs.get();
    await hub.membership.subgraphs.update({ ...config, board: { ...config.board, gatewayUrl: "http://127.0.0.1:1/graphql" } });
    try {
      const before = await counts();
      const { body } = await hub.query(jpRegulator, SUBMIT, { input: { milestone: "M6", assessments: [{ itemCode: "TSB-01", rating: "COMPLIANT" }] } });
      expect(body.data).toBeNull();
      expect(body.errors![0]!.extensions).toMatchObject({ code: "NATION_UNAVAILABLE", country: "JP", reason: "gateway_unreachable" });
      expect(await counts()).toEqual(before);
      const retried = await hub.query(jpRegulator, RETRYABLE, { input, key: "retry-1" });
      expect(retried.body.errors).toBeUndefined();
      expect(retried.body.data.submitComplianceReport.id).toBe(stored);
      const fresh = await hub.query(jpRegulator, RETRYABLE, { input, key: "retry-2" });
      expect(fresh.body.errors![0]!.extensions!.code).toBe("NATION_UNAVAILABLE");
      expect(await counts()).toEqual(before);
    } finally {
      await hub.membership.subgraphs.update(config);
    }
  });
});
