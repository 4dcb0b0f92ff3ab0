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

  it.each([
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
});
