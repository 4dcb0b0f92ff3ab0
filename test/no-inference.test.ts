import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoRegister } from "../dev/seed/seed.js";
import { Classification } from "../shared/policy/classification.js";
import { Audit, AuditKind, AuditStatus } from "../subgraphs/national/audits/audit.js";
import { System } from "../subgraphs/national/systems/system-entities.js";
import { insertIncidents } from "./support/incidents.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/**
 * No inference of hidden records, tried as a foreign regulator through the gateway: a filter on the id
 * of a record the caller may not see answers exactly like one on a made-up id, and a link to such a
 * record is indistinguishable from no link. Full response bodies are compared.
 */
describe("hidden records cannot be inferred from filters or links", () => {
  let hub: TestHub;
  let us: string;
  let hidden: { restricted: string; secret: string };
  let visibleSystem: string;
  let incidents: Record<string, string>;

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP", "US", "KR"] });
    const db = hub.nations.get("JP")!.db;
    await seedDemoRegister(db, "JP");
    const systems = await db.getRepository(System).find();
    const of = (c: Classification) => systems.find((s) => s.classification === c)!.id;
    hidden = { restricted: of(Classification.RESTRICTED), secret: of(Classification.NATIONAL_SECURITY) };
    visibleSystem = of(Classification.SHARED);
    // SHARED records about hidden systems: visible themselves, their link is not.
    const rows = await insertIncidents(db, "JP", [
      { classification: Classification.SHARED, title: "About a restricted system", systemId: hidden.restricted },
      { classification: Classification.SHARED, title: "About a secret system", systemId: hidden.secret },
      { classification: Classification.SHARED, title: "About no system", systemId: null },
      { classification: Classification.SHARED, title: "About a visible system", systemId: visibleSystem },
    ]);
    incidents = { restricted: rows[0]!.id, secret: rows[1]!.id, none: rows[2]!.id, visible: rows[3]!.id };
    await db.getRepository(Audit).insert(
      [hidden.restricted, hidden.secret].map((systemId) =>
        Object.assign(new Audit(), {
          id: randomUUID(), country: "JP", systemId, kind: AuditKind.PROVENANCE_CHECK, status: AuditStatus.IN_PROGRESS,
          classification: Classification.SHARED, scope: "Shared audit of a hidden system", methodology: "m", auditorCountry: "JP",
          startedAt: new Date("2026-06-01T00:00:00Z"), completedAt: null, publishedSummary: null, demo: false,
        }),
      ),
    );
    us = await hub.token("US", { roles: ["regulator", "auditor"] });
  });
  afterAll(() => hub?.stop());

  const INCIDENTS_OF_SYSTEM = `query($s: ID) { country(code: "JP") { incidents(first: 50, filter: { systemId: $s }) {
    totalCount nodes { id title } pageInfo { hasNextPage endCursor } } } }`;
  const AUDITS_OF_SYSTEM = `query($s: ID) { country(code: "JP") { audits(systemId: $s) { id kind classification system { id } } } }`;

  it("answers a filter on a hidden system's id exactly like one on a made-up id", async () => {
    for (const query of [INCIDENTS_OF_SYSTEM, AUDITS_OF_SYSTEM]) {
      const madeUp = await hub.query(us, query, { s: randomUUID() });
      expect(madeUp.body.errors).toBeUndefined();
      for (const id of [hidden.restricted, hidden.secret, hidden.secret.toUpperCase(), "not-an-id"]) {
        expect(await hub.query(us, query, { s: id })).toEqual(madeUp);
      }
      // The filter does work on a system the caller may see.
      const visible = await hub.query(us, query, { s: visibleSystem });
      expect(visible).not.toEqual(madeUp);
    }
    const shared = await hub.query(us, INCIDENTS_OF_SYSTEM, { s: visibleSystem });
    expect(shared.body.data.country.incidents.nodes.map((n: any) => n.id)).toContain(incidents.visible);
  });

  it("answers a lookup of a hidden system or audit by id exactly like one of a made-up id", async () => {
    const db = hub.nations.get("JP")!.db;
    const audits = await db.getRepository(Audit).find();
    const open: string[] = [Classification.PUBLIC, Classification.SHARED];
    const hiddenAudits = audits.filter((a) => !open.includes(a.classification)).map((a) => a.id);
    expect(audits.filter((a) => !open.includes(a.classification)).map((a) => a.classification)).toContain(Classification.NATIONAL_SECURITY);
    const visibleAudit = audits.find((a) => open.includes(a.classification))!.id;
    for (const [field, hiddenIds, visibleId] of [
      ["system", [hidden.restricted, hidden.secret], visibleSystem],
      ["audit", hiddenAudits, visibleAudit],
    ] as const) {
      const lookup = (id: string) => hub.query(us, `query($id: ID!) { country(code: "JP") { ${field}(id: $id) { id classification } } }`, { id });
      const madeUp = await lookup(randomUUID());
      expect(madeUp.body).toEqual({ data: { country: { [field]: null } } });
      for (const id of [...hiddenIds, "not-an-id"]) expect(await lookup(id)).toEqual(madeUp);
      expect((await lookup(visibleId)).body.data.country[field].id).toBe(visibleId);
    }
  });

  it("answers a link to a hidden system exactly like no link", async () => {
    const link = (id: string) => hub.query(us, `query($id: ID!) { country(code: "JP") { incident(id: $id) { system { id name } } } }`, { id });
    const none = await link(incidents.none!);
    expect(none.body).toEqual({ data: { country: { incident: { system: null } } } });
    expect(await link(incidents.restricted!)).toEqual(none);
    expect(await link(incidents.secret!)).toEqual(none);
    expect((await link(incidents.visible!)).body.data.country.incident.system.id).toBe(visibleSystem);
  });

  it("gives an audit of a hidden system no system, and never the system through an audit's link", async () => {
    const { body } = await hub.query(us, `{ country(code: "JP") { audits { scope system { id } } } }`);
    expect(body.errors).toBeUndefined();
    const aboutHidden = body.data.country.audits.filter((a: any) => a.scope === "Shared audit of a hidden system");
    expect(aboutHidden).toEqual([{ scope: "Shared audit of a hidden system", system: null }, { scope: "Shared audit of a hidden system", system: null }]);
    const seen = body.data.country.audits.map((a: any) => a.system?.id).filter(Boolean);
    expect(seen).not.toContain(hidden.restricted);
    expect(seen).not.toContain(hidden.secret);
  });

  it("answers a link to another country's hidden incident exactly like a link to a made-up one", async () => {
    const [usSecret] = await insertIncidents(hub.nations.get("US")!.db, "US", [{ classification: Classification.NATIONAL_SECURITY, title: "US secret" }]);
    const madeUp = randomUUID();
    const jp = await hub.token("JP", { roles: ["regulator"] });
    const linkingTo = async (id: string) => {
      const report = await hub.query(jp, `mutation($i: ReportIncidentInput!) { reportIncident(input: $i) { id } }`, {
        i: {
          title: "Linked", summary: "Links another country's record.", severity: "INCIDENT", classification: "SHARED",
          occurredAt: "2026-11-01T00:00:00Z", relatedIncidents: [{ country: "US", id }],
        },
      });
      return report.body.data.reportIncident.id as string;
    };
    const [toSecret, toMadeUp] = [await linkingTo(usSecret!.id), await linkingTo(madeUp)];
    const kr = await hub.token("KR", { roles: ["regulator"] });
    const follow = (id: string) =>
      hub.query(kr, `query($id: ID!) { country(code: "JP") { incident(id: $id) { relatedIncidents { country incident { title } } } } }`, { id });
    const secret = await follow(toSecret);
    expect(secret.body.data).toEqual({ country: { incident: { relatedIncidents: [{ country: "US", incident: null }] } } });
    // The owner (the US) answers both alike: the whole response, extensions included, is the same.
    expect(await follow(toMadeUp)).toEqual(secret);
  });
});
