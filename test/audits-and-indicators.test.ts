import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoRegister } from "../dev/seed/seed.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

const AUDITS = `{ country(code: "JP") { audits { kind status auditorCountry classification publishedSummary findings { severity title } system { name } } } }`;
const INDICATORS = `query($m: MilestoneCode!) { country(code: "JP") { indicators(milestone: $m) {
  milestone asOf highRiskDeployments redTeamedBeforeDeployment redTeamedShare incidentsRequiringNotification notifiedWithin72h notifiedWithin72hShare systems systemsWithProvenance } } }`;

describe("audits, red-team flags and indicators", () => {
  let hub: TestHub;
  let jp: string;
  let us: string;

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP", "US"] });
    await seedDemoRegister(hub.nations.get("JP")!.db, "JP");
    jp = await hub.token("JP", { roles: ["regulator"] });
    us = await hub.token("US", { roles: ["regulator"] });
  });
  afterAll(() => hub?.stop());

  it("lists audits under the classification rules, and keeps a verification lab's internals home", async () => {
    const own = (await hub.query(jp, AUDITS)).body.data.country.audits;
    expect(own.map((a: any) => a.kind)).toEqual(expect.arrayContaining(["RED_TEAM", "VERIFICATION_LAB", "CROSS_BORDER_PILOT", "PROVENANCE_CHECK"]));
    expect(own.find((a: any) => a.kind === "CROSS_BORDER_PILOT").auditorCountry).toBe("US");
    expect(own.some((a: any) => a.classification === "NATIONAL_SECURITY")).toBe(true);
    const lab = own.find((a: any) => a.kind === "VERIFICATION_LAB");
    expect(lab.findings).toHaveLength(1);

    const foreign = (await hub.query(us, AUDITS)).body.data.country.audits;
    expect(foreign.some((a: any) => a.classification === "NATIONAL_SECURITY")).toBe(false);
    expect(foreign.length).toBe(own.filter((a: any) => a.classification !== "NATIONAL_SECURITY").length);
    const foreignLab = foreign.find((a: any) => a.kind === "VERIFICATION_LAB");
    expect(foreignLab.publishedSummary).toMatch(/summary/);
    expect(foreignLab.findings).toBeNull();
  });

  it("flags a high-risk deployment that no completed red-team exercise preceded", async () => {
    const { body } = await hub.query(jp, `{ country(code: "JP") { systems { name deployments { setting highRisk redTeamedBeforeDeployment missingRedTeam } } } }`);
    const flags = Object.fromEntries(
      body.data.country.systems.flatMap((s: any) => s.deployments.map((d: any) => [`${s.name} / ${d.setting}`, d.missingRedTeam])),
    );
    expect(flags["Recruitment screening system / Staffing agency candidate screening"]).toBe(true);
    expect(flags["General-purpose assistant model / Hospital triage assistant (pilot)"]).toBe(false);
    expect(flags["General-purpose assistant model / Public chat service"]).toBe(false);
  });

  it("counts indicators over what the caller may see, never a carve-out record", async () => {
    const own = (await hub.query(jp, INDICATORS, { m: "M12" })).body.data.country.indicators;
    expect(own).toMatchObject({ milestone: "M12", highRiskDeployments: 6, redTeamedBeforeDeployment: 5, systems: 8, systemsWithProvenance: 7 });
    const foreign = (await hub.query(us, INDICATORS, { m: "M12" })).body.data.country.indicators;
    expect(foreign).toMatchObject({ highRiskDeployments: 4, redTeamedBeforeDeployment: 3, redTeamedShare: 0.75, systems: 6, systemsWithProvenance: 5 });

    // Incident counts against an independent count in the owner's database.
    const db = hub.nations.get("JP")!.db;
    const count = async (classes: string[], onTime: boolean) =>
      Number(
        (
          await db.query(
            `SELECT count(*) AS n FROM incident WHERE high_risk AND detected_at <= $1 AND classification = ANY($2::classification[])
             ${onTime ? "AND notified_at <= detected_at + interval '72 hours'" : ""}`,
            [own.asOf, classes],
          )
        )[0].n,
      );
    const all = ["PUBLIC", "SHARED", "RESTRICTED", "NATIONAL_SECURITY"];
    expect(own.incidentsRequiringNotification).toBe(await count(all, false));
    expect(own.notifiedWithin72h).toBe(await count(all, true));
    expect(foreign.incidentsRequiringNotification).toBe(await count(["PUBLIC", "SHARED"], false));
    expect(foreign.notifiedWithin72h).toBe(await count(["PUBLIC", "SHARED"], true));
    expect(own.incidentsRequiringNotification).toBeGreaterThan(foreign.incidentsRequiringNotification);
  });

  it("counts as of the milestone: M6 does not see a deployment made after its due date", async () => {
    const db = hub.nations.get("JP")!.db;
    const [system] = await db.query(`SELECT id, developer_id FROM ai_system WHERE name = 'Credit scoring model'`);
    await db.query(
      `INSERT INTO deployment (id, system_id, deployer_id, setting, deployed_at, high_risk) VALUES (gen_random_uuid(), $1, $2, 'Mortgage lending', '2026-10-15T00:00:00Z', true)`,
      [system.id, system.developer_id],
    );
    const m6 = (await hub.query(jp, INDICATORS, { m: "M6" })).body.data.country.indicators;
    const m12 = (await hub.query(jp, INDICATORS, { m: "M12" })).body.data.country.indicators;
    expect(m6.asOf).toBe("2026-09-25T00:00:00.000Z");
    expect(m6.highRiskDeployments).toBe(6);
    expect(m12.highRiskDeployments).toBe(7);
  });

  describe("recordAudit", () => {
    const RECORD = `mutation($i: RecordAuditInput!) { recordAudit(input: $i) { id kind status auditorCountry completedAt findings { severity title } system { name } } }`;
    let auditor: string;
    let systemId: string;
    const input = (overrides: Record<string, unknown> = {}) => ({
      systemId, kind: "RED_TEAM", status: "COMPLETED", classification: "SHARED", scope: "Jailbreak resistance", methodology: "Scripted attacks",
      startedAt: "2026-11-01T00:00:00Z", completedAt: "2026-11-10T00:00:00Z", findings: [{ severity: "HIGH", title: "Bypass", description: "Role-play" }], ...overrides,
    });

    beforeAll(async () => {
      auditor = await hub.token("JP", { roles: ["auditor"] });
      [{ id: systemId }] = await hub.nations.get("JP")!.db.query(`SELECT id FROM ai_system WHERE name = 'Recruitment screening system'`);
    });

    it("records an audit with its findings, and a completed red-team exercise clears the flag of later deployments", async () => {
      const before = (await hub.query(jp, INDICATORS, { m: "M12" })).body.data.country.indicators.redTeamedBeforeDeployment;
      const { body } = await hub.query(auditor, RECORD, { i: input({ completedAt: "2026-04-01T00:00:00Z", startedAt: "2026-03-30T00:00:00Z" }) });
      expect(body.errors).toBeUndefined();
      expect(body.data.recordAudit).toMatchObject({ kind: "RED_TEAM", status: "COMPLETED", auditorCountry: "JP", findings: [{ severity: "HIGH", title: "Bypass" }], system: { name: "Recruitment screening system" } });
      const after = (await hub.query(jp, INDICATORS, { m: "M12" })).body.data.country.indicators.redTeamedBeforeDeployment;
      expect(after).toBe(before + 1);
    });

    it.each([
      ["a completed audit without completedAt", { completedAt: null }, "completedAt"],
      ["a planned audit with completedAt", { status: "PLANNED" }, "completedAt"],
      ["completion before the start", { completedAt: "2026-10-01T00:00:00Z" }, "completedAt"],
      ["a cross-border pilot by the country's own auditors", { kind: "CROSS_BORDER_PILOT" }, "auditorCountry"],
      ["a red-team exercise credited to another country", { auditorCountry: "US" }, "auditorCountry"],
      ["a system of another register", { systemId: "6290f63c-8086-4527-a556-3fd5f591bf55" }, "systemId"],
      ["an empty scope", { scope: " " }, "scope"],
    ])("refuses %s, writing nothing", async (_name, overrides, field) => {
      const [{ n: before }] = await hub.nations.get("JP")!.db.query(`SELECT count(*)::int AS n FROM audit`);
      const { body } = await hub.query(auditor, RECORD, { i: input(overrides) });
      expect(body.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      const [{ n: after }] = await hub.nations.get("JP")!.db.query(`SELECT count(*)::int AS n FROM audit`);
      expect(after).toBe(before);
    });
  });
});
