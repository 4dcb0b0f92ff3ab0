import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../shared/auth/caller.js";
import { seedDemoRegister } from "../dev/seed/seed.js";
import { Grant } from "../subgraphs/national/grants/grant.js";
import { insertIncidents, oneOfEachClassification } from "./support/incidents.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/**
 * The README's role matrix, one test per cell, through the gateway. Callers are US officials (the
 * analyst is the board's); JP has granted the US access to its RESTRICTED incidents.
 */
type Check = (hub: TestHub, token: string) => Promise<boolean>;

const classesOf = async (hub: TestHub, token: string, code: string): Promise<Set<string>> => {
  const { body } = await hub.query(token, `query($c: ID!) { country(code: $c) { incidents(first: 500) { nodes { classification } } } }`, { c: code });
  return new Set(body.data.country.incidents.nodes.map((n: any) => n.classification));
};
const succeeds = (body: any) => !body.errors;
const forbidden = (body: any) => body.errors?.[0]?.extensions?.code === "FORBIDDEN";
const inAMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString();

const ACTIONS: Record<string, Check> = {
  "read PUBLIC records of another country": async (hub, token) => (await classesOf(hub, token, "KR")).has("PUBLIC"),
  "read SHARED records of another country": async (hub, token) => (await classesOf(hub, token, "KR")).has("SHARED"),
  "read its own country's RESTRICTED and NATIONAL_SECURITY records": async (hub, token) => {
    const own = await classesOf(hub, token, "US");
    return own.has("RESTRICTED") && own.has("NATIONAL_SECURITY");
  },
  "read another country's RESTRICTED records under a grant": async (hub, token) => (await classesOf(hub, token, "JP")).has("RESTRICTED"),
  "report an incident": async (hub, token) => {
    const { body } = await hub.query(
      token,
      `mutation { reportIncident(input: { title: "t", summary: "s", severity: HAZARD, classification: PUBLIC, occurredAt: "2026-11-01T00:00:00Z" }) { id } }`,
    );
    if (!succeeds(body)) expect(forbidden(body)).toBe(true);
    return succeeds(body);
  },
  "update an incident in its own country": async (hub, token) => {
    const id = (await hub.nations.get("US")!.db.query(`SELECT id FROM incident LIMIT 1`))[0].id;
    const { body } = await hub.query(token, `mutation($id: ID!) { updateIncident(id: $id, input: { summary: "Revised by the matrix test.", reason: "matrix" }) { id } }`, { id });
    if (!succeeds(body)) expect(forbidden(body)).toBe(true);
    return succeeds(body);
  },
  "issue and revoke its country's grants": async (hub, token) => {
    const { body } = await hub.query(
      token,
      `mutation($i: GrantInput!) { grantAccess(input: $i) { id } }`,
      { i: { grantee: "KR", recordKinds: ["INCIDENT"], maxClassification: "SHARED", purpose: "matrix", validUntil: inAMonth() } },
    );
    if (!succeeds(body)) {
      expect(forbidden(body)).toBe(true);
      return false;
    }
    const revoked = await hub.query(token, `mutation($id: ID!) { revokeGrant(id: $id) { active } }`, { id: body.data.grantAccess.id });
    return succeeds(revoked.body) && revoked.body.data.revokeGrant.active === false;
  },
  "list the grants naming its country": async (hub, token) => {
    const { body } = await hub.query(token, `{ country(code: "JP") { grants { grantee } } }`);
    return body.data.country.grants.some((g: any) => g.grantee === "US");
  },
  "submit its own country's compliance reports": async (hub, token) => {
    const { body } = await hub.query(
      token,
      `mutation { submitComplianceReport(input: { milestone: M6, assessments: [{ itemCode: "TSB-01", rating: COMPLIANT, note: "matrix", evidence: [] }] }) { id } }`,
    );
    if (!succeeds(body)) expect(forbidden(body)).toBe(true);
    return succeeds(body);
  },
  "record an audit in its own country": async (hub, token) => {
    const [system] = await hub.nations.get("US")!.db.query(`SELECT id FROM ai_system LIMIT 1`);
    const { body } = await hub.query(
      token,
      `mutation($s: ID!) { recordAudit(input: { systemId: $s, kind: RED_TEAM, status: IN_PROGRESS, classification: SHARED,
         scope: "matrix", methodology: "matrix", startedAt: "2026-11-01T00:00:00Z" }) { id } }`,
      { s: system.id },
    );
    if (!succeeds(body)) expect(forbidden(body)).toBe(true);
    return succeeds(body);
  },
  "read compliance reports": async (hub, token) => {
    const { body } = await hub.query(token, `{ complianceReports(country: "US") { id } }`);
    return (body.data?.complianceReports ?? []).length > 0;
  },
  "review compliance reports": async (hub, token) => {
    const [report] = (await hub.query(await hub.token("BOARD", { roles: ["analyst"] }), `{ complianceReports(country: "US") { id status } }`)).body.data
      .complianceReports;
    const { body }: { body: any } = await hub.query(token, `mutation($id: ID!) { reviewComplianceReport(input: { reportId: $id, outcome: UNDER_REVIEW }) { status } }`, {
      id: report.id,
    });
    if (!succeeds(body)) expect(forbidden(body) || body.errors[0].extensions.code === "BAD_USER_INPUT").toBe(true);
    return succeeds(body) || body.errors[0].extensions.code === "BAD_USER_INPUT";
  },
  "read its country's access log and check its integrity": async (hub, token) => {
    const { body } = await hub.query(token, `{ myCountry { accessLog { totalCount } accessLogIntegrity { valid } } }`);
    if (!succeeds(body)) expect(body.errors!.every((e: any) => e.extensions.code === "FORBIDDEN")).toBe(true);
    return succeeds(body);
  },
};

// true: allowed; false: refused (FORBIDDEN for actions, absent for records).
const MATRIX: Record<string, Record<Role, boolean>> = {
  "read PUBLIC records of another country": { regulator: true, analyst: true, negotiator: true, auditor: true },
  "read SHARED records of another country": { regulator: true, analyst: true, negotiator: false, auditor: true },
  "read its own country's RESTRICTED and NATIONAL_SECURITY records": { regulator: true, analyst: false, negotiator: false, auditor: true },
  "read another country's RESTRICTED records under a grant": { regulator: true, analyst: false, negotiator: false, auditor: true },
  "report an incident": { regulator: true, analyst: false, negotiator: false, auditor: false },
  "update an incident in its own country": { regulator: true, analyst: false, negotiator: false, auditor: false },
  "issue and revoke its country's grants": { regulator: false, analyst: false, negotiator: true, auditor: false },
  "list the grants naming its country": { regulator: true, analyst: false, negotiator: true, auditor: false },
  "read its country's access log and check its integrity": { regulator: true, analyst: false, negotiator: false, auditor: true },
  "record an audit in its own country": { regulator: false, analyst: false, negotiator: false, auditor: true },
  "submit its own country's compliance reports": { regulator: true, analyst: false, negotiator: false, auditor: false },
  "read compliance reports": { regulator: true, analyst: true, negotiator: false, auditor: false },
  "review compliance reports": { regulator: false, analyst: true, negotiator: false, auditor: false },
};

describe("roles: every cell of the README's matrix", () => {
  let hub: TestHub;
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP", "US", "KR"] });
    // US also gets a demo register: its auditors need a system to audit.
    await seedDemoRegister(hub.nations.get("US")!.db, "US");
    for (const code of ["JP", "US", "KR"]) await insertIncidents(hub.nations.get(code)!.db, code, oneOfEachClassification(code));
    await hub.nations.get("JP")!.db.getRepository(Grant).insert({
      id: randomUUID(), grantor: "JP", grantee: "US", recordKinds: ["INCIDENT"], maxClassification: "RESTRICTED" as any, purpose: "matrix",
      validFrom: new Date(Date.now() - 86_400_000), validUntil: new Date(Date.now() + 86_400_000), severities: null, systemIds: null,
      issuedBy: "jp-negotiator", issuedAt: new Date(), revokedAt: null, revokedBy: null,
    });
    for (const role of ["regulator", "negotiator", "auditor"] as Role[]) tokens[role] = await hub.token("US", { roles: [role] });
    tokens.analyst = await hub.token("BOARD", { roles: ["analyst"] });
  });
  afterAll(() => hub?.stop());

  for (const [action, byRole] of Object.entries(MATRIX)) {
    for (const [role, allowed] of Object.entries(byRole) as [Role, boolean][]) {
      it(`${role} ${allowed ? "may" : "may not"} ${action}`, async () => {
        expect(await ACTIONS[action]!(hub, tokens[role])).toBe(allowed);
      });
    }
  }

  it("narrows a role to the hub scopes its token names", async () => {
    const narrowed = await hub.token("US", { roles: ["regulator"], scopes: ["records:read"] });
    expect(await ACTIONS["read SHARED records of another country"]!(hub, narrowed)).toBe(true);
    expect(await ACTIONS["read another country's RESTRICTED records under a grant"]!(hub, narrowed)).toBe(false);
    expect(await ACTIONS["report an incident"]!(hub, narrowed)).toBe(false);
    // Scopes from other systems do not narrow anything.
    const unrelated = await hub.token("US", { roles: ["regulator"], scopes: ["calendar:read"] });
    expect(await ACTIONS["report an incident"]!(hub, unrelated)).toBe(true);
  });

  it("narrows alike whether the token writes its scopes as a string or as a JSON array", async () => {
    const asArray = await hub.token("US", { roles: ["regulator"], claims: { scope: ["records:read"] } });
    expect(await ACTIONS["read SHARED records of another country"]!(hub, asArray)).toBe(true);
    expect(await ACTIONS["read another country's RESTRICTED records under a grant"]!(hub, asArray)).toBe(false);
    expect(await ACTIONS["report an incident"]!(hub, asArray)).toBe(false);
    const me = await hub.query(asArray, "{ me { scopes } }");
    expect(me.body.data.me.scopes).toEqual(["records:read"]);
  });
});
