import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Severity } from "../shared/incidents/severity.js";
import { Classification } from "../shared/policy/classification.js";
import { Grant } from "../subgraphs/national/grants/grant.js";
import { insertIncidents, oneOfEachClassification } from "./support/incidents.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/**
 * Threat model, one named test per rule not already tried elsewhere (authentication.test.ts,
 * carve-out.test.ts, grants-and-access-log.test.ts, role-matrix.test.ts, the property test). Each tries
 * the attack and asserts that nothing leaks: not the record, not its count, not a distinct error.
 */
const grantRow = (overrides: Partial<Grant>): Grant =>
  Object.assign(new Grant(), {
    id: randomUUID(), grantor: "JP", grantee: "US", recordKinds: ["INCIDENT"], maxClassification: Classification.RESTRICTED,
    purpose: "test", validFrom: new Date(Date.now() - 60_000), validUntil: new Date(Date.now() + 86_400_000), severities: null,
    systemIds: null, issuedBy: "jp-negotiator", issuedAt: new Date(), revokedAt: null, revokedBy: null, ...overrides,
  });
const LIST = `query($c: ID!) { country(code: $c) { incidents(first: 500) { totalCount nodes { id classification } } } }`;

describe("security: attacks on grants, the carve-out and the access log", () => {
  let hub: TestHub;
  let ids: Record<string, Record<string, string>>;
  let us: string;
  let analyst: string;

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP", "US", "KR"] });
    ids = {};
    for (const code of ["JP", "KR"]) {
      const rows = await insertIncidents(hub.nations.get(code)!.db, code, oneOfEachClassification(code));
      ids[code] = Object.fromEntries(rows.map((r) => [r.classification, r.id]));
    }
    us = await hub.token("US", { roles: ["regulator", "auditor"] });
    analyst = await hub.token("BOARD", { roles: ["analyst"] });
  });
  afterAll(() => hub?.stop());

  const grants = () => hub.nations.get("JP")!.db.getRepository(Grant);
  const seen = async (token: string, code: string, url?: string) => {
    const { body } = await hub.query(token, LIST, { c: code }, url);
    if (url) {
      // Direct subgraph: ask through the entity the gateway would send.
      const direct = await hub.query(
        token,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Country { incidents(first: 500) { totalCount nodes { id classification } } } } }`,
        { r: [{ __typename: "Country", code }] },
        url,
      );
      return direct.body.data._entities[0].incidents;
    }
    return body.data.country.incidents;
  };

  it("carve-out: the database refuses a grant naming NATIONAL_SECURITY, even one written by hand", async () => {
    await expect(grants().insert(grantRow({ maxClassification: Classification.NATIONAL_SECURITY }))).rejects.toThrow(/check constraint/);
  });

  it("carve-out: a RESTRICTED grant never opens NATIONAL_SECURITY, by list, count or id, via the gateway or directly", async () => {
    const grant = grantRow({});
    await grants().insert(grant);
    try {
      for (const url of [undefined, hub.nations.get("JP")!.server.url]) {
        const incidents = await seen(us, "JP", url);
        expect(incidents.totalCount).toBe(3);
        expect(incidents.nodes.map((n: any) => n.classification).sort()).toEqual(["PUBLIC", "RESTRICTED", "SHARED"]);
      }
      const byId = await hub.query(us, `query($id: ID!) { country(code: "JP") { incident(id: $id) { id } } }`, { id: ids.JP!.NATIONAL_SECURITY });
      const missing = await hub.query(us, `query($id: ID!) { country(code: "JP") { incident(id: $id) { id } } }`, { id: randomUUID() });
      expect(byId).toEqual(missing);
    } finally {
      await grants().update({ id: grant.id }, { revokedAt: new Date(), revokedBy: "test" });
    }
  });

  it("grants: a grant naming the board opens nothing to its analysts", async () => {
    const grant = grantRow({ grantee: "BOARD" });
    await grants().insert(grant);
    const incidents = await seen(analyst, "JP");
    expect(incidents.totalCount).toBe(2);
    expect(incidents.nodes.every((n: any) => ["PUBLIC", "SHARED"].includes(n.classification))).toBe(true);
  });

  it("grants: a grant stored in another country's database cannot open this country's records", async () => {
    // KR's database holds a row claiming to be JP's grant to the US, and one of KR naming itself grantor for JP.
    await hub.nations.get("KR")!.db.getRepository(Grant).insert(grantRow({ grantor: "JP", grantee: "US" }));
    const incidents = await seen(us, "KR");
    expect(incidents.nodes.map((n: any) => n.classification).sort()).toEqual(["PUBLIC", "SHARED"]);
  });

  it("grants: an expired grant opens nothing on the very next request", async () => {
    const grant = grantRow({ validUntil: new Date(Date.now() + 400) });
    await grants().insert(grant);
    expect((await seen(us, "JP")).totalCount).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await seen(us, "JP")).totalCount).toBe(2);
  });

  it("grants: a narrowed grant opens only the severities it names", async () => {
    const rows = await insertIncidents(hub.nations.get("JP")!.db, "JP", [
      { classification: Classification.RESTRICTED, severity: Severity.DISASTER, title: "JP disaster" },
    ]);
    const grant = grantRow({ severities: [Severity.DISASTER] });
    await grants().insert(grant);
    try {
      const incidents = await seen(us, "JP");
      expect(incidents.nodes.filter((n: any) => n.classification === "RESTRICTED").map((n: any) => n.id)).toEqual([rows[0]!.id]);
    } finally {
      await grants().update({ id: grant.id }, { revokedAt: new Date(), revokedBy: "test" });
    }
  });

  it("grants: a foreign negotiator cannot revoke or list the owner's grants by calling its subgraph directly", async () => {
    const grant = grantRow({ grantee: "KR" });
    await grants().insert(grant);
    const usNegotiator = await hub.token("US", { roles: ["negotiator"] });
    const jpSubgraph = hub.nations.get("JP")!.server.url;
    const revoke = await hub.query(usNegotiator, `mutation($id: ID!) { revokeGrant(id: $id) { id } }`, { id: grant.id }, jpSubgraph);
    const revokeMissing = await hub.query(usNegotiator, `mutation($id: ID!) { revokeGrant(id: $id) { id } }`, { id: randomUUID() }, jpSubgraph);
    expect(revoke.body.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    // Whether the grant exists does not change the answer.
    expect(revoke.body).toEqual(revokeMissing.body);
    expect((await grants().findOneByOrFail({ id: grant.id })).revokedAt).toBeNull();
    const listed = await hub.query(
      usNegotiator,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Country { grants { grantee } } } }`,
      { r: [{ __typename: "Country", code: "JP" }] },
      jpSubgraph,
    );
    expect(listed.body.data._entities[0].grants.every((g: any) => g.grantee === "US")).toBe(true);
    await grants().update({ id: grant.id }, { revokedAt: new Date(), revokedBy: "test" });
  });

  it("access log: a refused read leaves no trace, and NATIONAL_SECURITY never appears", async () => {
    const jp = await hub.token("JP", { roles: ["regulator"] });
    const logged = async () =>
      (await hub.query(jp, `{ myCountry { accessLog(first: 500) { nodes { recordId } } } }`)).body.data.myCountry.accessLog.nodes.map((n: any) => n.recordId);
    const kr = await hub.token("KR", { roles: ["regulator"] });
    await hub.query(kr, `query($id: ID!) { country(code: "JP") { incident(id: $id) { id } } }`, { id: ids.JP!.RESTRICTED });
    await hub.query(kr, `query($id: ID!) { country(code: "JP") { incident(id: $id) { id } } }`, { id: ids.JP!.NATIONAL_SECURITY });
    const entries = await logged();
    const krEntries = (await hub.query(jp, `{ myCountry { accessLog(first: 500) { nodes { recordId callerCountry } } } }`)).body.data.myCountry.accessLog.nodes.filter(
      (n: any) => n.callerCountry === "KR",
    );
    expect(krEntries).toEqual([]);
    expect(entries).not.toContain(ids.JP!.NATIONAL_SECURITY);
  });
});
