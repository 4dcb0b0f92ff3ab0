import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoRegister } from "../dev/seed/seed.js";
import { Classification } from "../shared/policy/classification.js";
import { System } from "../subgraphs/national/systems/system-entities.js";
import { insertIncidents } from "./support/incidents.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

const SYSTEMS = `query($c: ID!) { country(code: $c) { systems { id name classification riskTier weights developer { name }
  deployments { setting highRisk deployedAt deployer { name } }
  provenance { trainingSources { name kind } releases { version releasedAt changes architectureChange } } } } }`;

describe("AI systems, their deployments and provenance labels", () => {
  let hub: TestHub;
  let jp: string;
  let us: string;
  let systems: System[];

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP", "US"] });
    await seedDemoRegister(hub.nations.get("JP")!.db, "JP");
    systems = await hub.nations.get("JP")!.db.getRepository(System).find();
    jp = await hub.token("JP", { roles: ["regulator"] });
    us = await hub.token("US", { roles: ["regulator"] });
  });
  afterAll(() => hub?.stop());

  const byClassification = (c: string) => systems.find((s) => s.classification === c)!;

  it("shows the owner every system with its deployments and provenance label", async () => {
    const { body } = await hub.query(jp, SYSTEMS, { c: "JP" });
    expect(body.errors).toBeUndefined();
    const list = body.data.country.systems;
    expect(list).toHaveLength(systems.length);
    const assistant = list.find((s: any) => s.name === "General-purpose assistant model");
    expect(assistant.provenance.releases.map((r: any) => r.version)).toEqual(["1.0", "2.0", "2.1"]);
    expect(assistant.provenance.releases[1].architectureChange).toBe(true);
    expect(assistant.deployments.some((d: any) => d.highRisk)).toBe(true);
    // A system without training sources or releases has no label at all.
    expect(list.find((s: any) => s.name === "Exam grading assistant").provenance).toBeNull();
  });

  it("applies the classification rules to systems, and to the system an incident names", async () => {
    const { body } = await hub.query(us, SYSTEMS, { c: "JP" });
    const seen = body.data.country.systems.map((s: any) => s.classification);
    expect(new Set(seen)).toEqual(new Set(["PUBLIC", "SHARED"]));
    expect(seen).toHaveLength(systems.filter((s) => ["PUBLIC", "SHARED"].includes(s.classification)).length);

    const restricted = byClassification("RESTRICTED").id;
    const [shared] = await insertIncidents(hub.nations.get("JP")!.db, "JP", [{ classification: Classification.SHARED, systemId: restricted }]);
    const asked = await hub.query(us, `query($id: ID!) { country(code: "JP") { incident(id: $id) { id system { id } } } }`, { id: shared!.id });
    expect(asked.body.data.country.incident).toEqual({ id: shared!.id, system: null });
    const own = await hub.query(jp, `query($id: ID!) { country(code: "JP") { incident(id: $id) { system { id } } } }`, { id: shared!.id });
    expect(own.body.data.country.incident.system).toEqual({ id: restricted });
    const direct = (id: string) =>
      hub.query(us, `query($r: [_Any!]!) { _entities(representations: $r) { ... on System { id name } } }`, { r: [{ __typename: "System", country: "JP", id }] }, hub.nations.get("JP")!.server.url);
    const secret = await direct(byClassification("NATIONAL_SECURITY").id);
    expect(secret.body).toEqual({ data: { _entities: [null] } });
    expect(await direct(randomUUID())).toEqual(secret);
  });

  it("logs foreign reads of non-public systems", async () => {
    await hub.query(us, SYSTEMS, { c: "JP" });
    const { body } = await hub.query(jp, `{ myCountry { accessLog(first: 500) { nodes { recordKind recordIds callerCountry } } } }`);
    const shared = systems.filter((s) => s.classification === "SHARED").map((s) => s.id);
    // One entry per list (per grant), carrying the ids of the records given.
    const logged = body.data.myCountry.accessLog.nodes.filter((e: any) => e.recordKind === "SYSTEM").flatMap((e: any) => e.recordIds);
    for (const id of shared) expect(logged).toContain(id);
    expect(logged).not.toContain(byClassification("PUBLIC").id);
  });

  it("links reported incidents to a system of the country's own register only", async () => {
    const REPORT = `mutation($i: ReportIncidentInput!) { reportIncident(input: $i) { id system { name } } }`;
    const base = { title: "Grading errors", summary: "Marks shifted.", severity: "INCIDENT", classification: "SHARED", occurredAt: "2026-10-01T00:00:00Z" };
    const grading = systems.find((s) => s.name === "Exam grading assistant")!;
    const ok = await hub.query(jp, REPORT, { i: { ...base, systemId: grading.id } });
    expect(ok.body.data.reportIncident.system).toEqual({ name: "Exam grading assistant" });
    for (const systemId of [randomUUID(), "not-an-id"]) {
      const bad = await hub.query(jp, REPORT, { i: { ...base, systemId } });
      expect(bad.body.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "systemId" });
    }
    const filtered = await hub.query(jp, `query($s: ID) { myCountry { incidents(first: 500, filter: { systemId: $s }) { nodes { system { id } } } } }`, { s: grading.id });
    const nodes = filtered.body.data.myCountry.incidents.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n: any) => n.system.id === grading.id)).toBe(true);
  });
});
