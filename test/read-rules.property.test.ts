import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Grant } from "../subgraphs/national/grants/grant.js";
import { Incident } from "../subgraphs/national/incidents/incident.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/**
 * Random registers in three countries (AI systems, incidents about them, audits of them), random grants
 * (active, expired, not yet valid, revoked, narrowed by severities and by systems) and random callers;
 * every read path is checked against the rules as the README states them, written here again without
 * the product's policy code, and so is what each request adds to the owner's access log.
 */
const COUNTRIES = ["JP", "US", "KR"] as const;
const CLASSIFICATIONS = ["PUBLIC", "SHARED", "RESTRICTED", "NATIONAL_SECURITY"] as const;
const SEVERITIES = ["HAZARD", "SERIOUS_HAZARD", "INCIDENT", "SERIOUS_INCIDENT", "DISASTER"] as const;
const KINDS = ["INCIDENT", "AUDIT", "SYSTEM"] as const;
const ROLES = ["regulator", "analyst", "negotiator", "auditor"] as const;
const HUB_SCOPES = ["records:read", "grants:use", "incidents:report", "grants:manage", "grants:read", "accesslog:read", "reports:read", "reports:submit", "reports:review"] as const;
const DAY = 86_400_000;
const RUNS = Number(process.env.HUB_PROPERTY_RUNS ?? 300);

type Classification = (typeof CLASSIFICATIONS)[number];
type Severity = (typeof SEVERITIES)[number];
type Kind = (typeof KINDS)[number];
interface SystemSpec { id: string; owner: string; classification: Classification }
interface IncidentSpec { id: string; owner: string; classification: Classification; severity: Severity; at: number; systemId: string | null }
interface AuditSpec { id: string; owner: string; classification: Classification; at: number; systemId: string }
type AnyRecord = { id: string; owner: string; classification: Classification; severity?: Severity; systemId?: string | null };
interface GrantSpec {
  id: string; grantor: string; grantee: string; kinds: Kind[]; ceiling: "SHARED" | "RESTRICTED";
  state: "active" | "expired" | "future" | "revoked"; severities: Severity[] | null; systemIds: string[] | null;
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
/** A grant opens RESTRICTED records of its kinds; narrowed by severities, incidents of those only; by systems, records about those systems. */
function opens(g: GrantSpec, caller: CallerSpec, kind: Kind, record: AnyRecord): boolean {
  const about = kind === "SYSTEM" ? record.id : record.systemId;
  return (
    g.grantor === record.owner &&
    g.grantee === caller.country &&
    g.state === "active" &&
    g.kinds.includes(kind) &&
    g.ceiling === "RESTRICTED" &&
    (g.severities === null || (kind === "INCIDENT" && g.severities.includes(record.severity!))) &&
    (g.systemIds === null || (about != null && g.systemIds.includes(about)))
  );
}
function sees(caller: CallerSpec, kind: Kind, record: AnyRecord, grants: GrantSpec[]): boolean {
  if (record.classification === "PUBLIC") return true;
  if (!allowed(caller, "records:read")) return false;
  if (caller.country === record.owner) return true;
  if (record.classification === "SHARED") return true;
  if (record.classification === "NATIONAL_SECURITY") return false;
  if (!allowed(caller, "grants:use")) return false;
  return grants.some((g) => opens(g, caller, kind, record));
}
/** The owner's log records what a foreign caller is given that is not PUBLIC, and every count over what is not. */
const loggedRead = (caller: CallerSpec, record: AnyRecord) => caller.country !== record.owner && record.classification !== "PUBLIC";
const loggedCounts = (caller: CallerSpec, owner: string) => caller.country !== owner && allowed(caller, "records:read");

// ---- generators ------------------------------------------------------------------------------
// Biased towards the interesting cases: RESTRICTED records, active grants naming the caller's country.
const weighted = <T>(...choices: [T, number][]) => fc.oneof(...choices.map(([value, weight]) => ({ arbitrary: fc.constant(value), weight })));
const classificationArb = weighted<Classification>(["PUBLIC", 1], ["SHARED", 1], ["RESTRICTED", 3], ["NATIONAL_SECURITY", 2]);
const systemArb = fc.record({ id: fc.uuid({ version: 4 }), owner: fc.constantFrom(...COUNTRIES), classification: classificationArb });
// References to systems are indexes, resolved against the generated systems of the same owner.
const incidentArb = fc.record({
  id: fc.uuid({ version: 4 }),
  owner: fc.constantFrom(...COUNTRIES),
  classification: classificationArb,
  severity: fc.constantFrom(...SEVERITIES),
  at: fc.integer({ min: 0, max: 200 }),
  systemRef: fc.option(fc.nat(99), { nil: null }),
});
const auditArb = fc.record({
  id: fc.uuid({ version: 4 }),
  owner: fc.constantFrom(...COUNTRIES),
  classification: classificationArb,
  at: fc.integer({ min: 0, max: 200 }),
  systemRef: fc.nat(99),
});
const grantArb = (callerCountry: string) =>
  fc
    .record({
      id: fc.uuid({ version: 4 }),
      grantor: fc.constantFrom(...COUNTRIES),
      grantee: fc.oneof({ arbitrary: fc.constant(callerCountry), weight: 3 }, { arbitrary: fc.constantFrom<string>(...COUNTRIES), weight: 1 }),
      kinds: fc.subarray([...KINDS], { minLength: 1 }),
      ceiling: weighted<"SHARED" | "RESTRICTED">(["SHARED", 1], ["RESTRICTED", 3]),
      state: weighted<GrantSpec["state"]>(["active", 4], ["expired", 1], ["future", 1], ["revoked", 1]),
      severities: fc.option(fc.subarray([...SEVERITIES], { minLength: 1 }), { nil: null, freq: 3 }),
      systemRefs: fc.option(fc.uniqueArray(fc.nat(99), { minLength: 1, maxLength: 3 }), { nil: null, freq: 2 }),
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
      systems: fc.uniqueArray(systemArb, { maxLength: 8, selector: (s) => s.id }),
      incidents: fc.uniqueArray(incidentArb, { maxLength: 18, selector: (r) => r.id }),
      audits: fc.uniqueArray(auditArb, { maxLength: 8, selector: (a) => a.id }),
      grants: fc.uniqueArray(grantArb(caller.country), { maxLength: 6, selector: (g) => g.id }),
      filter: filterArb,
      pageSize: fc.integer({ min: 1, max: 5 }),
      strangerId: fc.uuid({ version: 4 }),
      systemPick: fc.nat(99),
    }),
  )
  .map((c) => {
    // Resolve the references: an incident's system and an audit's are of the same owner.
    const systemsOf = (owner: string) => c.systems.filter((s) => s.owner === owner);
    const pick = <T>(list: T[], ref: number) => (list.length ? list[ref % list.length]! : null);
    const incidents: IncidentSpec[] = c.incidents.map(({ systemRef, ...r }) => ({
      ...r,
      systemId: systemRef === null ? null : (pick(systemsOf(r.owner), systemRef)?.id ?? null),
    }));
    const audits: AuditSpec[] = c.audits.flatMap(({ systemRef, ...a }) => {
      const system = pick(systemsOf(a.owner), systemRef);
      return system ? [{ ...a, systemId: system.id }] : [];
    });
    const grants: GrantSpec[] = c.grants.map(({ systemRefs, ...g }) => ({
      ...g,
      systemIds: systemRefs === null ? null : [...new Set(systemRefs.map((ref) => pick(c.systems, ref)?.id ?? c.strangerId))],
    }));
    return { ...c, incidents, audits, grants };
  })
  .filter((c) => {
    // Ids are unique across every kind of record, and the stranger's is nobody's.
    const ids = [...c.systems, ...c.incidents, ...c.audits].map((r) => r.id);
    return new Set(ids).size === ids.length && !ids.includes(c.strangerId);
  });

interface LogEntry { entryKind: "READ" | "COUNT"; recordKind: Kind; recordIds: string[] | null; grantId: string | null; counted: number | null }

describe("every read path obeys the rules, and the log records exactly what was given, for random registers, grants and callers", () => {
  let hub: TestHub;
  beforeAll(async () => {
    // Thousands of requests from a handful of callers: the rate limits are not what this test is about.
    const unlimited = { max: 1_000_000, windowMs: 60_000 };
    hub = await startTestHub({ countries: [...COUNTRIES], rateLimit: { perCaller: unlimited, perCountry: unlimited } });
    for (const code of COUNTRIES) {
      await hub.nations.get(code)!.db.query(`INSERT INTO organisation (id, country, name) VALUES ($1, $2, 'Property developer')`, [ORG[code], code]);
    }
  });
  afterAll(() => hub?.stop());

  const ORG: Record<string, string> = { JP: "00000000-0000-4000-8000-000000000001", US: "00000000-0000-4000-8000-000000000002", KR: "00000000-0000-4000-8000-000000000003" };
  const base = Date.parse("2026-06-01T00:00:00Z");

  async function load(systems: SystemSpec[], incidents: IncidentSpec[], audits: AuditSpec[], grants: GrantSpec[]): Promise<void> {
    const now = Date.now();
    await Promise.all(
      COUNTRIES.map(async (code) => {
        const db = hub.nations.get(code)!.db;
        await db.query("DELETE FROM audit");
        await db.query("DELETE FROM incident");
        await db.query("DELETE FROM ai_system");
        await db.query("DELETE FROM access_grant");
        const ownSystems = systems.filter((s) => s.owner === code);
        if (ownSystems.length) {
          await db.query(
            `INSERT INTO ai_system (id, country, name, description, developer_id, weights, risk_tier, classification)
             SELECT id, $1, 'sys', 'd', $2, 'CLOSED', 'HIGH_RISK', c::classification FROM unnest($3::uuid[], $4::text[]) AS t(id, c)`,
            [code, ORG[code], ownSystems.map((s) => s.id), ownSystems.map((s) => s.classification)],
          );
        }
        const own = incidents.filter((r) => r.owner === code);
        if (own.length) {
          await db.getRepository(Incident).insert(
            own.map((r) => ({
              id: r.id, country: code, title: `t ${r.id}`, summary: "s", severity: r.severity as any, classification: r.classification as any,
              occurredAt: new Date(base + r.at * 3_600_000), detectedAt: null, reportedAt: new Date(base), reportedBy: "prop", demo: false, systemId: r.systemId,
            })),
          );
        }
        const ownAudits = audits.filter((a) => a.owner === code);
        if (ownAudits.length) {
          await db.query(
            `INSERT INTO audit (id, country, system_id, kind, status, classification, scope, methodology, auditor_country, started_at)
             SELECT id, $1, system_id, 'RED_TEAM', 'PLANNED', c::classification, 'scope', 'm', $1, at
             FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::timestamptz[]) AS t(id, system_id, c, at)`,
            [code, ownAudits.map((a) => a.id), ownAudits.map((a) => a.systemId), ownAudits.map((a) => a.classification), ownAudits.map((a) => new Date(base + a.at * 3_600_000))],
          );
        }
        const issued = grants.filter((g) => g.grantor === code);
        if (issued.length) {
          await db.getRepository(Grant).insert(
            issued.map((g, i) => {
              const window = { active: [-1, 1], revoked: [-1, 1], expired: [-3, -1], future: [1, 3] }[g.state];
              return {
                id: g.id, grantor: g.grantor, grantee: g.grantee, recordKinds: g.kinds, maxClassification: g.ceiling as any, purpose: "p",
                validFrom: new Date(now + window[0]! * DAY), validUntil: new Date(now + window[1]! * DAY), severities: g.severities as any,
                systemIds: g.systemIds, issuedBy: "prop", issuedAt: new Date(now - 4 * DAY + i),
                revokedAt: g.state === "revoked" ? new Date(now - DAY / 2) : null, revokedBy: g.state === "revoked" ? "prop" : null,
              };
            }),
          );
        }
      }),
    );
  }

  /** The last entry of each country's log seen so far: requests are sent one at a time. */
  const heads = new Map<string, number>();

  /** Sends one request and returns its answer with the entries it added to `owner`'s access log. */
  async function ask(owner: string, token: string, query: string, variables: Record<string, unknown>): Promise<{ body: any; entries: LogEntry[] }> {
    const db = hub.nations.get(owner)!.db;
    if (!heads.has(owner)) heads.set(owner, Number((await db.query(`SELECT coalesce(max(seq), 0) AS n FROM access_log`))[0].n));
    const { body } = await hub.query(token, query, variables);
    expect(body.errors).toBeUndefined();
    const rows = await db.query(
      `SELECT seq, entry_kind AS "entryKind", record_kind AS "recordKind", record_ids AS "recordIds", grant_id AS "grantId", counted
       FROM access_log WHERE seq > $1 ORDER BY seq`,
      [heads.get(owner)],
    );
    if (rows.length) heads.set(owner, Number(rows.at(-1).seq));
    return { body, entries: rows };
  }

  it(`holds for ${RUNS} generated cases`, async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ systems, incidents, audits, grants, caller, filter, pageSize, strangerId, systemPick }) => {
        await load(systems, incidents, audits, grants);
        const token = await hub.token(caller.country, { roles: caller.roles, scopes: caller.scopes });
        const byId = new Map<string, AnyRecord & { kind: Kind }>([
          ...systems.map((s) => [s.id, { ...s, kind: "SYSTEM" as Kind }] as const),
          ...incidents.map((r) => [r.id, { ...r, kind: "INCIDENT" as Kind }] as const),
          ...audits.map((a) => [a.id, { ...a, kind: "AUDIT" as Kind }] as const),
        ]);
        const visible = (kind: Kind, r: AnyRecord) => sees(caller, kind, r, grants);

        /**
         * The logging rule: READ entries carry exactly the non-public records given to a foreign caller,
         * each once, under a grant that opens it (or none for what is open outright); one COUNT per count
         * over non-public records, saying the number; one empty READ per filtered list that gave none.
         */
        const expectLogged = (owner: string, entries: LogEntry[], given: string[], counts: number[], emptyFilteredLists = 0) => {
          const reads = entries.filter((e) => e.entryKind === "READ");
          const ids = reads.flatMap((e) => e.recordIds!);
          expect(new Set(ids).size).toBe(ids.length);
          const expected = [...new Set(given)].filter((id) => loggedRead(caller, byId.get(id)!));
          expect([...ids].sort()).toEqual(expected.sort());
          for (const entry of reads) {
            for (const id of entry.recordIds!) {
              const record = byId.get(id)!;
              expect(entry.recordKind).toBe(record.kind);
              if (record.classification === "SHARED") expect(entry.grantId).toBeNull();
              else expect(opens(grants.find((g) => g.id === entry.grantId)!, caller, record.kind, record)).toBe(true);
            }
          }
          expect(reads.filter((e) => e.recordIds!.length === 0)).toHaveLength(loggedCounts(caller, owner) ? emptyFilteredLists : 0);
          const countEntries = entries.filter((e) => e.entryKind === "COUNT");
          expect(countEntries.map((e) => e.counted).sort()).toEqual(loggedCounts(caller, owner) ? [...counts].sort() : []);
        };

        for (const owner of COUNTRIES) {
          const ownSystems = systems.filter((s) => s.owner === owner);
          const seenSystems = ownSystems.filter((s) => visible("SYSTEM", s));
          const seenIncidents = incidents.filter((r) => r.owner === owner && visible("INCIDENT", r));
          const seenAudits = audits.filter((a) => a.owner === owner && visible("AUDIT", a));
          const systemLink = (systemId: string | null) => (systemId && seenSystems.some((s) => s.id === systemId) ? { id: systemId } : null);
          const matching = seenIncidents.filter(
            (r) => (!filter.severities || filter.severities.includes(r.severity)) && (!filter.classifications || filter.classifications.includes(r.classification)),
          );
          const filtered = filter.severities !== null || filter.classifications !== null;

          // Incidents: lists, totalCount and pagination.
          const seen: string[] = [];
          let after: string | null = null;
          for (let page = 0; page < 40; page++) {
            const { body, entries }: any = await ask(
              owner,
              token,
              `query($c: ID!, $f: IncidentFilter, $n: Int!, $a: String) { country(code: $c) { incidents(filter: $f, first: $n, after: $a) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } } }`,
              { c: owner, f: filter, n: pageSize, a: after },
            );
            const connection = body.data.country.incidents;
            expect(connection.totalCount).toBe(matching.length);
            const given = connection.nodes.map((n: any) => n.id);
            seen.push(...given);
            const gaveNonPublic = given.some((id: string) => loggedRead(caller, byId.get(id)!));
            expectLogged(owner, entries, given, [matching.length], filtered && !gaveNonPublic ? 1 : 0);
            if (!connection.pageInfo.hasNextPage) break;
            after = connection.pageInfo.endCursor;
          }
          expect(seen.sort()).toEqual(matching.map((r) => r.id).sort());

          // By id: every record of the owner, plus one that never existed.
          const asked = [...incidents.filter((r) => r.owner === owner).map((r) => r.id), strangerId];
          const byIdQuery = `query($c: ID!) { country(code: $c) { ${asked.map((id, i) => `i${i}: incident(id: "${id}") { id }`).join(" ")} } }`;
          const lookup = await ask(owner, token, byIdQuery, { c: owner });
          const found = asked.filter((_, i) => lookup.body.data.country[`i${i}`] !== null);
          expect(found.sort()).toEqual(seenIncidents.map((r) => r.id).sort());
          expectLogged(owner, lookup.entries, found, []);

          // Incidents narrowed by a system (visible, hidden or made-up), with their system links.
          const picked = [...ownSystems.map((s) => s.id), strangerId][systemPick % (ownSystems.length + 1)]!;
          const ofSystem = await ask(
            owner,
            token,
            `query($c: ID!, $s: ID) { country(code: $c) { incidents(first: 500, filter: { systemId: $s }) { totalCount nodes { id system { id } } } } }`,
            { c: owner, s: picked },
          );
          const expectedOfSystem = systemLink(picked) ? seenIncidents.filter((r) => r.systemId === picked) : [];
          const nodes = ofSystem.body.data.country.incidents.nodes;
          expect(nodes.map((n: any) => n.id).sort()).toEqual(expectedOfSystem.map((r) => r.id).sort());
          for (const n of nodes) expect(n.system).toEqual(systemLink(picked));
          const gaveNonPublicIncident = nodes.some((n: any) => loggedRead(caller, byId.get(n.id)!));
          expectLogged(
            owner,
            ofSystem.entries,
            [...nodes.map((n: any) => n.id), ...nodes.flatMap((n: any) => (n.system ? [n.system.id] : []))],
            [expectedOfSystem.length],
            gaveNonPublicIncident ? 0 : 1,
          );

          // Systems, audits and their links, and audits narrowed by a system (a hidden one answers like a made-up one).
          const listed = await ask(
            owner,
            token,
            `query($c: ID!, $s: ID) { country(code: $c) { systems { id } audits { id system { id } } auditsOf: audits(systemId: $s) { id } } }`,
            { c: owner, s: picked },
          );
          expect(listed.body.data.country.systems.map((s: any) => s.id).sort()).toEqual(seenSystems.map((s) => s.id).sort());
          const listedAudits = listed.body.data.country.audits;
          expect(listedAudits.map((a: any) => a.id).sort()).toEqual(seenAudits.map((a) => a.id).sort());
          for (const a of listedAudits) expect(a.system).toEqual(systemLink(byId.get(a.id)!.systemId!));
          const expectedAudits = systemLink(picked) ? seenAudits.filter((a) => a.systemId === picked) : [];
          const givenAudits = listed.body.data.country.auditsOf.map((a: any) => a.id);
          expect([...givenAudits].sort()).toEqual(expectedAudits.map((a) => a.id).sort());
          expectLogged(
            owner,
            listed.entries,
            [
              ...listed.body.data.country.systems.map((s: any) => s.id),
              ...listedAudits.flatMap((a: any) => [a.id, ...(a.system ? [a.system.id] : [])]),
              ...givenAudits,
            ],
            [],
            givenAudits.some((id: string) => loggedRead(caller, byId.get(id)!)) ? 0 : 1,
          );
        }
      }),
      { numRuns: RUNS },
    );
  }, 900_000);
});
