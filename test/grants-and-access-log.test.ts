import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Severity } from "../shared/incidents/severity.js";
import { Classification } from "../shared/policy/classification.js";
import { insertIncidents } from "./support/incidents.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

const GRANT = `mutation($input: GrantInput!) { grantAccess(input: $input) { id grantor grantee recordKinds maxClassification purpose validFrom validUntil revokedAt active } }`;
const JP_LIST = `{ country(code: "JP") { incidents(first: 500) { totalCount nodes { id classification } } } }`;
const LOG = `{ myCountry { accessLog(first: 500) { totalCount nodes { seq entryKind callerCountry callerSubject callerRole recordKind recordId recordIds grantId grantIds counted filterHash operationHash hash } } accessLogIntegrity { valid entries head brokenAt } } }`;
const inAMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString();

describe("bilateral grants and the owner's access log", () => {
  let hub: TestHub;
  const t: Record<string, string> = {};
  const ids: Record<string, string[]> = {};

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP", "US", "KR"] });
    const rows = await insertIncidents(
      hub.nations.get("JP")!.db,
      "JP",
      Object.values(Classification).flatMap((classification) => [
        { classification, severity: Severity.DISASTER },
        { classification, severity: Severity.HAZARD },
      ]),
    );
    for (const row of rows) (ids[row.classification] ??= []).push(row.id);
    t.jpNegotiator = await hub.token("JP", { roles: ["negotiator"], subject: "jp-talks" });
    t.jpRegulator = await hub.token("JP", { roles: ["regulator"] });
    t.jpAuditor = await hub.token("JP", { roles: ["auditor"] });
    t.usRegulator = await hub.token("US", { roles: ["regulator"], subject: "us-reg-1" });
    t.usNegotiator = await hub.token("US", { roles: ["negotiator"] });
    t.krRegulator = await hub.token("KR", { roles: ["regulator"] });
    t.analyst = await hub.token("BOARD", { roles: ["analyst"] });
  });
  afterAll(() => hub?.stop());

  const classesSeenBy = async (token: string) => {
    const { body } = await hub.query(token, JP_LIST);
    expect(body.errors).toBeUndefined();
    return body.data.country.incidents;
  };

  it.each([
    ["NATIONAL_SECURITY as ceiling", { maxClassification: "NATIONAL_SECURITY" }, "maxClassification"],
    ["PUBLIC as ceiling", { maxClassification: "PUBLIC" }, "maxClassification"],
    ["no record kinds", { recordKinds: [] }, "recordKinds"],
    ["the grantor itself", { grantee: "JP" }, "grantee"],
    ["the review board", { grantee: "BOARD" }, "grantee"],
    ["a non-participant", { grantee: "FR" }, "grantee"],
    ["an empty purpose", { purpose: " " }, "purpose"],
    ["an end before the start", { validFrom: "2026-12-01T00:00:00Z", validUntil: "2026-11-30T00:00:00Z" }, "validUntil"],
    ["an end in the past", { validUntil: "2026-01-01T00:00:00Z" }, "validUntil"],
  ])("refuses a grant with %s", async (_name, overrides, field) => {
    const input = { grantee: "US", recordKinds: ["INCIDENT"], maxClassification: "RESTRICTED", purpose: "Joint review", validUntil: inAMonth(), ...overrides };
    const { body } = await hub.query(t.jpNegotiator!, GRANT, { input });
    expect(body.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  it("lets only the owner's negotiators issue and revoke its grants", async () => {
    const input = { grantee: "US", recordKinds: ["INCIDENT"], maxClassification: "RESTRICTED", purpose: "x", validUntil: inAMonth() };
    for (const token of [t.jpRegulator!, t.jpAuditor!, t.analyst!]) {
      const { body } = await hub.query(token, GRANT, { input });
      expect(body.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    }
    // A US negotiator calling Japan's subgraph directly cannot issue Japan's grants.
    const direct = await hub.query(t.usNegotiator!, GRANT, { input: { ...input, grantee: "KR" } }, hub.nations.get("JP")!.server.url);
    expect(direct.body.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    const grants = await hub.query(t.jpNegotiator!, `{ myCountry { grants { id } } }`);
    expect(grants.body.data.myCountry.grants).toEqual([]);
  });

  it("opens exactly what a grant names, until it is revoked, and logs every foreign read", async () => {
    const before = await classesSeenBy(t.usRegulator!);
    expect(new Set(before.nodes.map((n: any) => n.classification))).toEqual(new Set(["PUBLIC", "SHARED"]));

    const { body } = await hub.query(t.jpNegotiator!, GRANT, {
      input: { grantee: "US", recordKinds: ["INCIDENT"], maxClassification: "RESTRICTED", purpose: "Bilateral review of chatbot harms", validUntil: inAMonth() },
    });
    expect(body.errors).toBeUndefined();
    const grant = body.data.grantAccess;
    expect(grant).toMatchObject({ grantor: "JP", grantee: "US", active: true, revokedAt: null });

    const granted = await classesSeenBy(t.usRegulator!);
    expect(granted.totalCount).toBe(6);
    expect(granted.nodes.filter((n: any) => n.classification === "RESTRICTED")).toHaveLength(2);
    expect(granted.nodes.some((n: any) => n.classification === "NATIONAL_SECURITY")).toBe(false);
    // Not KR, not the board, not the US negotiator.
    expect((await classesSeenBy(t.krRegulator!)).totalCount).toBe(4);
    expect((await classesSeenBy(t.analyst!)).totalCount).toBe(4);

    // Grants are listed to the owner and to the grantee only.
    const listed = async (token: string) => (await hub.query(token, `{ country(code: "JP") { grants { id grantee } } }`)).body.data.country.grants;
    expect(await listed(t.jpRegulator!)).toHaveLength(1);
    expect(await listed(t.usRegulator!)).toEqual([{ id: grant.id, grantee: "US" }]);
    expect(await listed(t.krRegulator!)).toEqual([]);
    expect(await listed(t.analyst!)).toEqual([]);

    const revoked = await hub.query(t.jpNegotiator!, `mutation($id: ID!) { revokeGrant(id: $id) { revokedAt active } }`, { id: grant.id });
    expect(revoked.body.data.revokeGrant.active).toBe(false);
    expect((await classesSeenBy(t.usRegulator!)).totalCount).toBe(4);
    const restrictedById = await hub.query(t.usRegulator!, `query($id: ID!) { country(code: "JP") { incident(id: $id) { id } } }`, { id: ids.RESTRICTED![0] });
    expect(restrictedById.body).toEqual({ data: { country: { incident: null } } });

    // JP's log: the US reads of SHARED (no grant) and RESTRICTED (under the grant); never PUBLIC.
    const log = await hub.query(t.jpRegulator!, LOG);
    expect(log.body.errors).toBeUndefined();
    // A list's records are grouped in one READ entry per grant; its totalCount is one COUNT entry.
    const logged = log.body.data.myCountry.accessLog.nodes;
    const entries = logged.filter((e: any) => e.entryKind === "READ").flatMap((e: any) => e.recordIds.map((recordId: string) => ({ ...e, recordId })));
    const usEntries = entries.filter((e: any) => e.callerCountry === "US");
    const restrictedReads = usEntries.filter((e: any) => ids.RESTRICTED!.includes(e.recordId));
    expect(restrictedReads).toHaveLength(2);
    expect(restrictedReads.every((e: any) => e.grantId === grant.id && e.callerSubject === "us-reg-1" && e.callerRole === "regulator")).toBe(true);
    expect(usEntries.filter((e: any) => ids.SHARED!.includes(e.recordId)).every((e: any) => e.grantId === null)).toBe(true);
    expect(entries.some((e: any) => ids.PUBLIC!.includes(e.recordId))).toBe(false);
    expect(entries.some((e: any) => ids.NATIONAL_SECURITY!.includes(e.recordId))).toBe(false);
    expect(logged.every((e: any) => /^[0-9a-f]{64}$/.test(e.operationHash) && /^[0-9a-f]{64}$/.test(e.hash))).toBe(true);
    // The US regulator's three lists each counted what it could see: 4, then 6 (with the grant), then 4.
    const counts = logged.filter((e: any) => e.entryKind === "COUNT" && e.callerCountry === "US" && e.callerSubject === "us-reg-1");
    expect(counts.map((e: any) => [e.counted, e.grantIds]).reverse()).toEqual([[4, []], [6, [grant.id]], [4, []]]);
    expect(log.body.data.myCountry.accessLogIntegrity).toMatchObject({ valid: true, entries: logged.length, brokenAt: null });
  });

  it("keeps the log to the owner's regulators and auditors", async () => {
    expect((await hub.query(t.jpAuditor!, LOG)).body.errors).toBeUndefined();
    for (const token of [t.usRegulator!, t.analyst!, t.krRegulator!]) {
      const { body } = await hub.query(token, `{ country(code: "JP") { accessLog { totalCount } accessLogIntegrity { valid } } }`);
      expect(body.data.country).toEqual({ accessLog: null, accessLogIntegrity: null });
      expect(body.errors!.every((e) => e.extensions!.code === "FORBIDDEN")).toBe(true);
    }
    const negotiator = await hub.query(t.jpNegotiator!, LOG);
    expect(negotiator.body.errors![0]!.extensions!.code).toBe("FORBIDDEN");
  });

  it("refuses changes to the log in the database, and detects an edit made behind the application's back", async () => {
    const db = hub.nations.get("JP")!.db;
    await expect(db.query(`UPDATE access_log SET caller_country = 'KR' WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM access_log WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(db.query(`TRUNCATE access_log`)).rejects.toThrow(/append-only/);

    // An administrator disables the trigger and rewrites who read a record.
    await db.transaction(async (m) => {
      await m.query(`ALTER TABLE access_log DISABLE TRIGGER access_log_no_update_delete`);
      await m.query(`UPDATE access_log SET caller_subject = 'someone-else' WHERE seq = 2`);
      await m.query(`ALTER TABLE access_log ENABLE TRIGGER access_log_no_update_delete`);
    });
    // The entry lies before the last verified checkpoint: the incremental check vouches only for what
    // came after it, and the full check (from the first entry) finds the edit.
    const { body } = await hub.query(t.jpRegulator!, `{ myCountry { accessLogIntegrity(full: true) { valid brokenAt from } } }`);
    expect(body.data.myCountry.accessLogIntegrity).toEqual({ valid: false, brokenAt: 2, from: 0 });
  });
});

describe("previewGrant", () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP", "US"] });
    await insertIncidents(hub.nations.get("JP")!.db, "JP", [
      ...Object.values(Classification).map((classification) => ({ classification, severity: Severity.DISASTER })),
      { classification: Classification.RESTRICTED, severity: Severity.HAZARD },
    ]);
  });
  afterAll(() => hub?.stop());

  const PREVIEW = `query($i: GrantInput!) { previewGrant(input: $i) { total counts { kind classification count } } }`;
  const input = (overrides: Record<string, unknown> = {}) => ({
    grantee: "US", recordKinds: ["INCIDENT"], maxClassification: "RESTRICTED", purpose: "preview", validUntil: new Date(Date.now() + 86_400_000).toISOString(), ...overrides,
  });

  it("counts what the grant would open, by kind and classification, never NATIONAL_SECURITY", async () => {
    const negotiator = await hub.token("JP", { roles: ["negotiator"] });
    const all = await hub.query(negotiator, PREVIEW, { i: input() });
    expect(all.body.data.previewGrant).toEqual({
      total: 3,
      counts: [
        { kind: "INCIDENT", classification: "SHARED", count: 1 },
        { kind: "INCIDENT", classification: "RESTRICTED", count: 2 },
      ],
    });
    const narrowed = await hub.query(negotiator, PREVIEW, { i: input({ severities: ["DISASTER"], maxClassification: "SHARED" }) });
    expect(narrowed.body.data.previewGrant.total).toBe(1);
    // Previewing issues nothing.
    expect((await hub.query(negotiator, `{ myCountry { grants { id } } }`)).body.data.myCountry.grants).toEqual([]);
  });

  it("is for the owner's negotiators only, and validates like grantAccess", async () => {
    for (const token of [await hub.token("JP", { roles: ["regulator"] }), await hub.token("US", { roles: ["negotiator"] })]) {
      const { body } = await hub.query(token, PREVIEW, { i: input({ grantee: "JP" }) }, hub.nations.get("JP")!.server.url);
      expect(body.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    }
    const bad = await hub.query(await hub.token("JP", { roles: ["negotiator"] }), PREVIEW, { i: input({ maxClassification: "NATIONAL_SECURITY" }) });
    expect(bad.body.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "maxClassification" });
  });
});
