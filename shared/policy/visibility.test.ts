import { describe, expect, it } from "vitest";
import type { Caller, Role } from "../auth/caller.js";
import { Severity } from "../incidents/severity.js";
import { ALL_CLASSIFICATIONS, Classification } from "./classification.js";
import type { GrantTerms } from "./grant-terms.js";
import { admits, readRule } from "./visibility.js";

const NOW = new Date("2026-11-24T00:00:00Z");
const caller = (country: string, roles: Role[], scopes: string[] = []): Caller => ({ country, subject: "s", roles, scopes });
const grant = (overrides: Partial<GrantTerms> = {}): GrantTerms => ({
  id: "g1",
  grantor: "JP",
  grantee: "US",
  recordKinds: ["INCIDENT"],
  maxClassification: Classification.RESTRICTED,
  validFrom: new Date("2026-11-01T00:00:00Z"),
  validUntil: new Date("2026-12-01T00:00:00Z"),
  revokedAt: null,
  severities: null,
  systemIds: null,
  ...overrides,
});
const sees = (who: Caller, classification: Classification, grants: GrantTerms[] = [], severity = Severity.INCIDENT) =>
  admits(readRule(who, "JP", "INCIDENT", grants, NOW), { kind: "INCIDENT", classification, severity }).visible;
const visibleSet = (who: Caller, grants: GrantTerms[] = []) => ALL_CLASSIFICATIONS.filter((c) => sees(who, c, grants));

describe("who reads Japan's incidents", () => {
  it.each([
    ["JP regulator", caller("JP", ["regulator"]), ["PUBLIC", "SHARED", "RESTRICTED", "NATIONAL_SECURITY"]],
    ["JP auditor", caller("JP", ["auditor"]), ["PUBLIC", "SHARED", "RESTRICTED", "NATIONAL_SECURITY"]],
    ["JP negotiator", caller("JP", ["negotiator"]), ["PUBLIC"]],
    ["US regulator", caller("US", ["regulator"]), ["PUBLIC", "SHARED"]],
    ["US auditor", caller("US", ["auditor"]), ["PUBLIC", "SHARED"]],
    ["US negotiator", caller("US", ["negotiator"]), ["PUBLIC"]],
    ["board analyst", caller("BOARD", ["analyst"]), ["PUBLIC", "SHARED"]],
    ["an analyst role claimed by a country", caller("US", ["analyst"]), ["PUBLIC"]],
    ["a regulator role claimed by the board", caller("BOARD", ["regulator"]), ["PUBLIC"]],
    ["a US regulator narrowed to grants:manage", caller("US", ["regulator"], ["grants:manage"]), ["PUBLIC"]],
  ])("%s sees %j", (_name, who, expected) => {
    expect(visibleSet(who)).toEqual(expected);
  });

  it("opens RESTRICTED to the grantee's regulators and auditors through an active grant, never NATIONAL_SECURITY", () => {
    for (const who of [caller("US", ["regulator"]), caller("US", ["auditor"])]) {
      expect(visibleSet(who, [grant()])).toEqual(["PUBLIC", "SHARED", "RESTRICTED"]);
    }
    expect(visibleSet(caller("US", ["negotiator"]), [grant()])).toEqual(["PUBLIC"]);
    expect(visibleSet(caller("KR", ["regulator"]), [grant()])).toEqual(["PUBLIC", "SHARED"]);
    expect(visibleSet(caller("BOARD", ["analyst"]), [grant({ grantee: "BOARD" })])).toEqual(["PUBLIC", "SHARED"]);
  });

  it.each([
    ["revoked", grant({ revokedAt: new Date("2026-11-20T00:00:00Z") })],
    ["expired", grant({ validUntil: NOW })],
    ["not yet valid", grant({ validFrom: new Date("2026-11-25T00:00:00Z") })],
    ["for another kind", grant({ recordKinds: ["AUDIT"] })],
    ["capped at SHARED", grant({ maxClassification: Classification.SHARED })],
    ["issued by another country", grant({ grantor: "KR" })],
  ])("a grant %s opens nothing", (_name, terms) => {
    expect(sees(caller("US", ["regulator"]), Classification.RESTRICTED, [terms])).toBe(false);
  });

  it("a grant narrowed to severities opens only those", () => {
    const narrowed = [grant({ severities: [Severity.DISASTER] })];
    expect(sees(caller("US", ["regulator"]), Classification.RESTRICTED, narrowed, Severity.DISASTER)).toBe(true);
    expect(sees(caller("US", ["regulator"]), Classification.RESTRICTED, narrowed, Severity.HAZARD)).toBe(false);
  });

  it("reports which grant opened a record", () => {
    const rule = readRule(caller("US", ["regulator"]), "JP", "INCIDENT", [grant({ id: "g7" })], NOW);
    expect(admits(rule, { kind: "INCIDENT", classification: Classification.RESTRICTED })).toEqual({ visible: true, grantId: "g7" });
    expect(admits(rule, { kind: "INCIDENT", classification: Classification.SHARED })).toEqual({ visible: true, grantId: null });
  });
});
