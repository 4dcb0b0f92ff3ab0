import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Incident } from "../subgraphs/national/incidents/incident.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

const REPORT = `mutation($input: ReportIncidentInput!) { reportIncident(input: $input) { id country title severity classification occurredAt detectedAt reportedAt demo } }`;

const input = (overrides: Record<string, unknown> = {}) => ({
  title: "Triage assistant recommended a tenfold dose",
  summary: "A hospital's triage chatbot advised a dose ten times the label maximum; a nurse caught it.",
  severity: "SERIOUS_HAZARD",
  classification: "RESTRICTED",
  occurredAt: "2026-11-20T10:00:00.000Z",
  detectedAt: "2026-11-20T14:30:00.000Z",
  ...overrides,
});

describe("reportIncident", () => {
  let hub: TestHub;
  let jpRegulator: string;
  let usRegulator: string;
  const count = (code: string) => hub.nations.get(code)!.db.getRepository(Incident).count();

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP", "US"] });
    jpRegulator = await hub.token("JP", { roles: ["regulator"], subject: "jp-officer-7" });
    usRegulator = await hub.token("US", { roles: ["regulator"] });
  });
  afterAll(() => hub?.stop());

  it("writes to the caller's own country only, where its own list then shows it", async () => {
    const { body } = await hub.query(jpRegulator, REPORT, { input: input() });
    expect(body.errors).toBeUndefined();
    const created = body.data.reportIncident;
    expect(created).toMatchObject({ country: "JP", classification: "RESTRICTED", detectedAt: "2026-11-20T14:30:00.000Z", demo: false });
    expect(await count("JP")).toBe(1);
    expect(await count("US")).toBe(0);
    const stored = await hub.nations.get("JP")!.db.getRepository(Incident).findOneByOrFail({ id: created.id });
    expect(stored.reportedBy).toBe("jp-officer-7");

    const list = await hub.query(jpRegulator, `{ myCountry { incidents { totalCount nodes { id } } } }`);
    expect(list.body.data.myCountry.incidents.nodes.map((n: any) => n.id)).toContain(created.id);
    // RESTRICTED: the US does not see it, by list or by id.
    const us = await hub.query(usRegulator, `query($id: ID!) { country(code: "JP") { incidents { totalCount } incident(id: $id) { id } } }`, { id: created.id });
    expect(us.body.data.country).toEqual({ incidents: { totalCount: 0 }, incident: null });
  });

  it("keeps the OECD framework's fields, and links to other countries' records as plain references", async () => {
    const related = { country: "US", id: "6290f63c-8086-4527-a556-3fd5f591bf55" };
    const { body } = await hub.query(
      jpRegulator,
      `mutation($input: ReportIncidentInput!) { reportIncident(input: $input) { harmTypes affectedStakeholders countriesAffected reporter relatedIncidents { country id } } }`,
      { input: input({ harmTypes: ["PHYSICAL", "HUMAN_RIGHTS"], affectedStakeholders: ["patients"], countriesAffected: ["jp", "US"], reporter: "hospital", relatedIncidents: [related] }) },
    );
    expect(body.data.reportIncident).toEqual({
      harmTypes: ["PHYSICAL", "HUMAN_RIGHTS"],
      affectedStakeholders: ["patients"],
      countriesAffected: ["JP", "US"],
      reporter: "hospital",
      relatedIncidents: [related],
    });
  });

  it.each([
    ["a non-participant among the countries affected", { countriesAffected: ["FR"] }, "countriesAffected"],
    ["a related record of its own country", { relatedIncidents: [{ country: "JP", id: "6290f63c-8086-4527-a556-3fd5f591bf55" }] }, "relatedIncidents"],
    ["a related record with a malformed id", { relatedIncidents: [{ country: "US", id: "x" }] }, "relatedIncidents"],
    ["an empty title", { title: "   " }, "title"],
    ["a title over 200 characters", { title: "x".repeat(201) }, "title"],
    ["an empty summary", { summary: "" }, "summary"],
    ["an occurrence in the future", { occurredAt: "2099-01-01T00:00:00Z", detectedAt: null }, "occurredAt"],
    ["a detection before the occurrence", { detectedAt: "2026-11-19T00:00:00Z" }, "detectedAt"],
  ])("refuses %s with BAD_USER_INPUT naming the field, writing nothing", async (_name, overrides, field) => {
    const before = await count("JP");
    const { body } = await hub.query(jpRegulator, REPORT, { input: input(overrides) });
    expect(body.data).toBeNull();
    expect(body.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(await count("JP")).toBe(before);
  });

  it("writes a retried report once when it carries the same idempotency key", async () => {
    const RETRY = `mutation($input: ReportIncidentInput!, $key: String) { reportIncident(input: $input, idempotencyKey: $key) { id } }`;
    const before = await count("JP");
    const body = { input: input({ title: "Retried report" }), key: "jp-retry-1" };
    const answers = await Promise.all([1, 2, 3].map(() => hub.query(jpRegulator, RETRY, body)));
    const ids = new Set(answers.map((a) => a.body.data.reportIncident.id));
    expect(ids.size).toBe(1);
    expect(await count("JP")).toBe(before + 1);
    const again = await hub.query(jpRegulator, RETRY, body);
    expect(again.body.data.reportIncident.id).toBe([...ids][0]);
    const misuse = await hub.query(jpRegulator, RETRY, { input: input({ title: "Something else" }), key: "jp-retry-1" });
    expect(misuse.body.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "idempotencyKey" });
    expect(await count("JP")).toBe(before + 1);
  });

  it("refuses values outside the schema's scales", async () => {
    const { body } = await hub.query(jpRegulator, REPORT, { input: input({ severity: "CATASTROPHE" }) });
    expect(body.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
  });

  it("is refused to roles other than regulator", async () => {
    const negotiator = await hub.token("JP", { roles: ["negotiator"] });
    const before = await count("JP");
    const { body } = await hub.query(negotiator, REPORT, { input: input() });
    expect(body.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    expect(await count("JP")).toBe(before);
  });

  it("cannot write into another country's register by calling its subgraph directly", async () => {
    const before = await count("JP");
    const { body } = await hub.query(usRegulator, REPORT, { input: input() }, hub.nations.get("JP")!.server.url);
    expect(body.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    expect(await count("JP")).toBe(before);
  });

  it("is refused to the review board, which has no register of its own", async () => {
    const analyst = await hub.token("BOARD", { roles: ["analyst"] });
    const { body } = await hub.query(analyst, REPORT, { input: input() });
    expect(body.errors![0]!.extensions!.code).toBe("FORBIDDEN");
  });

  describe("updateIncident", () => {
    const UPDATE = `mutation($id: ID!, $input: UpdateIncidentInput!) { updateIncident(id: $id, input: $input) { id classification severity updatedAt revisions { revisedBy reason previous } } }`;
    let id: string;

    beforeAll(async () => {
      const { body } = await hub.query(jpRegulator, REPORT, { input: input({ title: "To be revised" }) });
      id = body.data.reportIncident.id;
    });

    it("revises the owner's record and keeps what it replaced, for the owner's eyes only", async () => {
      const { body } = await hub.query(jpRegulator, UPDATE, { id, input: { classification: "SHARED", severity: "SERIOUS_INCIDENT", reason: "Declassified after review" } });
      expect(body.errors).toBeUndefined();
      expect(body.data.updateIncident).toMatchObject({ classification: "SHARED", severity: "SERIOUS_INCIDENT" });
      expect(body.data.updateIncident.updatedAt).not.toBeNull();
      expect(body.data.updateIncident.revisions).toEqual([
        { revisedBy: "jp-officer-7", reason: "Declassified after review", previous: { classification: "RESTRICTED", severity: "SERIOUS_HAZARD" } },
      ]);
      // Now SHARED, the US sees the record, but not that it used to be RESTRICTED.
      const us = await hub.query(usRegulator, `query($id: ID!) { country(code: "JP") { incident(id: $id) { classification revisions { reason } } } }`, { id });
      expect(us.body.data.country.incident).toEqual({ classification: "SHARED", revisions: null });
    });

    it.each([
      ["an empty reason", { title: "x", reason: " " }, "reason"],
      ["no change at all", { classification: "SHARED", reason: "again" }, "input"],
      ["a detection before the occurrence", { detectedAt: "2026-01-01T00:00:00Z", reason: "fix" }, "detectedAt"],
    ])("refuses %s with BAD_USER_INPUT", async (_name, changes, field) => {
      const { body } = await hub.query(jpRegulator, UPDATE, { id, input: changes });
      expect(body.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    });

    it("closes the record with a final report, which keeps its history and takes no further updates", async () => {
      const { body: created } = await hub.query(jpRegulator, REPORT, { input: input({ title: "To be closed" }) });
      const closeId = created.data.reportIncident.id;
      const FINAL = `mutation($id: ID!, $input: UpdateIncidentInput!) { updateIncident(id: $id, input: $input) { finalReportAt revisions { reason previous } } }`;
      const { body } = await hub.query(jpRegulator, FINAL, { id: closeId, input: { summary: "Root cause: a unit error in the dosage table.", final: true, reason: "Final report" } });
      expect(body.data.updateIncident.finalReportAt).not.toBeNull();
      expect(body.data.updateIncident.revisions).toHaveLength(1);
      expect(body.data.updateIncident.revisions[0].previous).toMatchObject({ finalReportAt: null });
      const again = await hub.query(jpRegulator, FINAL, { id: closeId, input: { title: "Reopened", reason: "x" } });
      expect(again.body.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
    });

    it("refuses an id that is not in its own register, naming the field", async () => {
      const unknown = await hub.query(jpRegulator, UPDATE, { id: "6290f63c-8086-4527-a556-3fd5f591bf55", input: { title: "x", reason: "r" } });
      expect(unknown.body.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
    });

    it("is refused to other roles and to other countries calling the owner's subgraph directly", async () => {
      const negotiator = await hub.token("JP", { roles: ["negotiator"] });
      for (const [token, url] of [[negotiator, undefined], [usRegulator, hub.nations.get("JP")!.server.url]] as const) {
        const { body } = await hub.query(token, UPDATE, { id, input: { title: "Hijacked", reason: "r" } }, url);
        expect(body.errors![0]!.extensions!.code).toBe("FORBIDDEN");
      }
      const stored = await hub.nations.get("JP")!.db.getRepository(Incident).findOneByOrFail({ id });
      expect(stored.title).toBe("To be revised");
      await expect(hub.nations.get("JP")!.db.query(`UPDATE incident_revision SET reason = 'x'`)).rejects.toThrow(/append-only/);
    });
  });
});
