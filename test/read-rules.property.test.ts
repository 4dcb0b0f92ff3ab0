import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Grant } from "../subgraphs/national/grants/grant.js";
import { Incident } from "../subgraphs/national/incidents/incident.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/**
 * Random registers in three countries, random grants (active, expired, not yet valid, revoked,
 * narrowed) and random callers; every read path is checked against the rules as the README states
 * them, written here again without the product's policy code.
 */
const COUNTRIES = ["JP", "US", "KR"] as const;
const CLASSIFICATIONS = ["PUBLIC", "SHARED", "RESTRICTED", "NATIONAL_SECURITY"] as const;
const SEVERITIES = ["HAZARD", "SERIOUS_HAZARD", "INCIDENT", "SERIOUS_INCIDENT", "DISASTER"] as const;
const ROLES = ["regulator", "analyst", "negotiator", "auditor"] as const;
const HUB_SCOPES = ["records:read", "grants:use", "incidents:report", "grants:manage", "grants:read", "accesslog:read", "reports:read", "reports:submit", "reports:review"] as const;
const DAY = 86_400_000;
const RUNS = Number(process.env.HUB_PROPERTY_RUNS ?? 500);

type Classification = (typeof CLASSIFICATIONS)[number];
type Severity = (typeof SEVERITIES)[number];
interface RecordSpec { id: string; owner: string; classification: Classification; severity: Severity; at: number }
interface GrantSpec {
  id: string; grantor: string; grantee: string; kinds: ("INCIDENT" | "AUDIT")[]; ceiling: "SHARED" | "RESTRICTED";
  state: "active" | "expired" | "future" | "revoked"; severities: Severity[] | null;
}
interface CallerSpec { country: string; roles: (typeof ROLES)[number][]; scopes: string[] }

// ---- the rules, stated independently ---------------------------------------------------------
const RIGHTS_OF: Record<string, string[]> = {
  regulator: ["records:read", "grants:use", "incidents:report", "grants:read", "accesslog:read"],
  analyst: ["records:read"],
  negotiator: ["grants:manage", "grants:read"],
  auditor: ["records:read", "grants:use", "accesslog:read"],
};
function allowed(caller: CallerSpec, right: string): boolean {
  const roles = caller.roles.filter((r) => (caller.country === "BOARD" ? r === "analyst" : r !== "analyst"));
  if (!roles.some((r) => RIGHTS_OF[r]!.includes(right))) return false;
  const narrowing = caller.scopes.filter((s) => (HUB_SCOPES as readonly string[]).includes(s));
  return narrowing.length === 0 || narrowing.includes(right);
}
function sees(caller: CallerSpec, record: RecordSpec, grants: GrantSpec[]): boolean {
  if (record.classification === "PUBLIC") return true;
  if (!allowed(caller, "records:read")) return false;
  if (caller.country === record.owner) return true;
  if (record.classification === "SHARED") return true;
  if (record.classification === "NATIONAL_SECURITY") return false;
  if (!allowed(caller, "grants:use")) return false;
  return grants.some(
    (g) =>
      g.grantor === record.owner &&
      g.grantee === caller.country &&
      g.state === "active" &&
      g.kinds.includes("INCIDENT") &&
      g.ceiling === "RESTRICTED" &&
      (g.severities === null || g.severities.includes(record.severity)),
  );
}

// ---- generators ------------------------------------------------------------------------------
// Biased towards the interesting cases: RESTRICTED records, active grants naming the caller's country.
const weighted = <T>(...choices: [T, number][]) => fc.oneof(...choices.map(([value, weight]) => ({ arbitrary: fc.constant(value), weight })));
const recordArb = fc.record({
  id: fc.uuid({ version: 4 }),
  owner: fc.constantFrom(...COUNTRIES),
  classification: weighted<Classification>(["PUBLIC", 1], ["SHARED", 1], ["RESTRICTED", 3], ["NATIONAL_SECURITY", 2]),
  severity: fc.constantFrom(...SEVERITIES),
  at: fc.integer({ min: 0, max: 200 }),
});
const grantArb = (callerCountry: string) =>
  fc
    .record({
      id: fc.uuid({ version: 4 }),
      grantor: fc.constantFrom(...COUNTRIES),
      grantee: fc.oneof({ arbitrary: fc.constant(callerCountry), weight: 3 }, { arbitrary: fc.constantFrom<string>(...COUNTRIES), weight: 1 }),
      kinds: fc.subarray(["INCIDENT", "AUDIT"] as ("INCIDENT" | "AUDIT")[], { minLength: 1 }),
      ceiling: weighted<"SHARED" | "RESTRICTED">(["SHARED", 1], ["RESTRICTED", 3]),
      state: weighted<GrantSpec["state"]>(["active", 4], ["expired", 1], ["future", 1], ["revoked", 1]),
      severities: fc.option(fc.subarray([...SEVERITIES], { minLength: 1 }), { nil: null }),
    })
    .filter((g) => g.grantor !== g.grantee);
const callerArb = fc.record({
  country: fc.constantFrom<string>(...COUNTRIES, "BOARD"),
  roles: fc.subarray([...ROLES], { minLength: 1 }),
  scopes: fc.oneof(
    { arbitrary: fc.constant([] as string[]), weight: 3 },
    { arbitrary: fc.subarray([...HUB_SCOPES, "unrelated:scope"], { minLength: 1 }), weight: 1 },
  ),
});
const filterArb = fc.record({
  severities: fc.option(fc.subarray([...SEVERITIES]), { nil: null }),
  classifications: fc.option(fc.subarray([...CLASSIFICATIONS]), { nil: null }),
});
const caseArb = callerArb
  .chain((caller) =>
    fc.record({
      caller: fc.constant(caller),
      records: fc.uniqueArray(recordArb, { maxLength: 18, selector: (r) => r.id }),
      grants: fc.uniqueArray(grantArb(caller.country), { maxLength: 6, selector: (g) => g.id }),
      filter: filterArb,
      pageSize: fc.integer({ min: 1, max: 5 }),
      strangerId: fc.uuid({ version: 4 }),
    }),
  )
  .filter((c) => !c.records.some((r) => r.id === c.strangerId));

describe("every read path obeys the rules, for random registers, grants and callers", () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ countries: [...COUNTRIES] });
  });
  afterAll(() => hub?.stop());

  async function load(records: RecordSpec[], grants: GrantSpec[]): Promise<void> {
    const base = Date.parse("2026-06-01T00:00:00Z");
    const now = Date.now();
    await Promise.all(
      COUNTRIES.map(async (code) => {
        const db = hub.nations.get(code)!.db;
        await db.query("DELETE FROM incident");
        await db.query("DELETE FROM access_grant");
        const own = records.filter((r) => r.owner === code);
        if (own.length) {
          await db.getRepository(Incident).insert(
            own.map((r) => ({
              id: r.id, country: code, title: `t ${r.id}`, summary: "s", severity: r.severity as any, classification: r.classification as any,
              occurredAt: new Date(base + r.at * 3_600_000), detectedAt: null, reportedAt: new Date(base), reportedBy: "prop", demo: false,
            })),
          );
        }
        const issued = grants.filter((g) => g.grantor === code);
        if (issued.length) {
          await db.getRepository(Grant).insert(
            issued.map((g) => {
              const window = { active: [-1, 1], revoked: [-1, 1], expired: [-3, -1], future: [1, 3] }[g.state];
              return {
                id: g.id, grantor: g.grantor, grantee: g.grantee, recordKinds: g.kinds, maxClassification: g.ceiling as any, purpose: "p",
                validFrom: new Date(now + window[0]! * DAY), validUntil: new Date(now + window[1]! * DAY), severities: g.severities as any,
                systemIds: null, issuedBy: "prop", issuedAt: new Date(now - 4 * DAY),
                revokedAt: g.state === "revoked" ? new Date(now - DAY / 2) : null, revokedBy: g.state === "revoked" ? "prop" : null,
              };
            }),
          );
        }
      }),
    );
  }

  it(`holds for ${RUNS} generated cases`, async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ records, grants, caller, filter, pageSize, strangerId }) => {
        await load(records, grants);
        const token = await hub.token(caller.country, { roles: caller.roles, scopes: caller.scopes });
        for (const owner of COUNTRIES) {
          const visible = records.filter((r) => r.owner === owner && sees(caller, r, grants));
          const matching = visible.filter(
            (r) => (!filter.severities || filter.severities.includes(r.severity)) && (!filter.classifications || filter.classifications.includes(r.classification)),
          );
          // Lists, totalCount and pagination.
          const seen: string[] = [];
          let after: string | null = null;
          for (let page = 0; page < 40; page++) {
            const { body }: any = await hub.query(
              token,
              `query($c: ID!, $f: IncidentFilter, $n: Int!, $a: String) { country(code: $c) { incidents(filter: $f, first: $n, after: $a) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } } }`,
              { c: owner, f: filter, n: pageSize, a: after },
            );
            expect(body.errors).toBeUndefined();
            const connection = body.data.country.incidents;
            expect(connection.totalCount).toBe(matching.length);
            seen.push(...connection.nodes.map((n: any) => n.id));
            if (!connection.pageInfo.hasNextPage) break;
            after = connection.pageInfo.endCursor;
          }
          expect(seen.sort()).toEqual(matching.map((r) => r.id).sort());
          // By id: every record of the owner, plus one that never existed.
          const asked = [...records.filter((r) => r.owner === owner).map((r) => r.id), strangerId];
          const query = `query($c: ID!) { country(code: $c) { ${asked.map((id, i) => `i${i}: incident(id: "${id}") { id }`).join(" ")} } }`;
          const { body }: any = await hub.query(token, query, { c: owner });
          expect(body.errors).toBeUndefined();
          const found = asked.filter((_, i) => body.data.country[`i${i}`] !== null);
          expect(found.sort()).toEqual(visible.map((r) => r.id).sort());
        }
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});
