import { describe, expect, it } from "vitest";
import type { Caller, Role } from "../auth/caller.js";
import { Classification } from "./classification.js";
import { countsAreLogged, grantsListedTo, isLoggedRead, mayReadAccessLog, mayReadLabFindings, mayReadRevisions } from "./owner-only.js";

const caller = (country: string, roles: Role[], scopes: string[] = []): Caller => ({ country, subject: "s", roles, scopes });

describe("what stays with the owning country", () => {
  it("keeps a verification lab's findings home, and no other kind's", () => {
    expect(mayReadLabFindings(caller("JP", ["auditor"]), "JP", "VERIFICATION_LAB")).toBe(true);
    expect(mayReadLabFindings(caller("US", ["auditor"]), "JP", "VERIFICATION_LAB")).toBe(false);
    expect(mayReadLabFindings(caller("BOARD", ["analyst"]), "JP", "VERIFICATION_LAB")).toBe(false);
    expect(mayReadLabFindings(caller("US", ["regulator"]), "JP", "RED_TEAM")).toBe(true);
  });

  it.each([
    ["JP regulator", caller("JP", ["regulator"]), true],
    ["JP auditor", caller("JP", ["auditor"]), true],
    ["JP negotiator", caller("JP", ["negotiator"]), false],
    ["JP regulator narrowed to grants:read", caller("JP", ["regulator"], ["grants:read"]), false],
    ["US regulator", caller("US", ["regulator"]), false],
    ["board analyst", caller("BOARD", ["analyst"]), false],
  ])("revisions: %s -> %s", (_name, who, expected) => {
    expect(mayReadRevisions(who, "JP")).toBe(expected);
  });

  it.each([
    ["JP regulator", caller("JP", ["regulator"]), "ALL"],
    ["JP negotiator", caller("JP", ["negotiator"]), "ALL"],
    ["JP auditor", caller("JP", ["auditor"]), "NONE"],
    ["US regulator", caller("US", ["regulator"]), "NAMING_CALLER"],
    ["US negotiator", caller("US", ["negotiator"]), "NAMING_CALLER"],
    ["US regulator narrowed to records:read", caller("US", ["regulator"], ["records:read"]), "NONE"],
    ["board analyst", caller("BOARD", ["analyst"]), "NONE"],
  ])("grants: %s lists %s", (_name, who, expected) => {
    expect(grantsListedTo(who, "JP")).toBe(expected);
  });

  it.each([
    ["JP regulator", caller("JP", ["regulator"]), true],
    ["JP auditor", caller("JP", ["auditor"]), true],
    ["JP negotiator", caller("JP", ["negotiator"]), false],
    ["JP auditor narrowed to records:read", caller("JP", ["auditor"], ["records:read"]), false],
    ["US regulator", caller("US", ["regulator"]), false],
    ["board analyst", caller("BOARD", ["analyst"]), false],
  ])("access log: %s -> %s", (_name, who, expected) => {
    expect(mayReadAccessLog(who, "JP")).toBe(expected);
  });

  it("logs foreign reads of non-public records only", () => {
    expect(isLoggedRead(caller("US", ["regulator"]), "JP", Classification.SHARED)).toBe(true);
    expect(isLoggedRead(caller("US", ["regulator"]), "JP", Classification.PUBLIC)).toBe(false);
    expect(isLoggedRead(caller("JP", ["regulator"]), "JP", Classification.RESTRICTED)).toBe(false);
    expect(countsAreLogged(caller("US", ["negotiator"]), "JP", [Classification.PUBLIC])).toBe(false);
    expect(countsAreLogged(caller("BOARD", ["analyst"]), "JP", [Classification.PUBLIC, Classification.SHARED])).toBe(true);
    expect(countsAreLogged(caller("JP", ["regulator"]), "JP", [Classification.PUBLIC, Classification.SHARED])).toBe(false);
  });
});
