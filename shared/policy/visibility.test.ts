import { describe, expect, it } from "vitest";
import type { Caller } from "../auth/caller.js";
import { ALL_CLASSIFICATIONS, Classification } from "./classification.js";
import { mayRead } from "./visibility.js";

const caller = (country: string, roles: Caller["roles"] = ["regulator"]): Caller => ({ country, subject: "s", roles, scopes: [] });

/** The rules as the design states them, written independently of the implementation. */
function expected(callerCountry: string, owner: string, classification: Classification): boolean {
  if (callerCountry === owner) return true;
  return classification === Classification.PUBLIC || classification === Classification.SHARED;
}

describe("visibility of a country's records", () => {
  const callers = ["JP", "US", "BOARD"];
  for (const who of callers) {
    for (const classification of ALL_CLASSIFICATIONS) {
      it(`${who} reading JP's ${classification} record: ${expected(who, "JP", classification) ? "visible" : "absent"}`, () => {
        expect(mayRead(caller(who), "JP", classification)).toBe(expected(who, "JP", classification));
      });
    }
  }

  it("never lets NATIONAL_SECURITY leave its owner, whatever the roles", () => {
    for (const who of ["US", "KR", "BOARD"]) {
      expect(mayRead(caller(who, ["regulator", "analyst", "negotiator", "auditor"]), "JP", Classification.NATIONAL_SECURITY)).toBe(false);
    }
  });
});
