import { readFileSync } from "node:fs";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { defaultQueryFor } from "./default-query";

// The examples must stay runnable as the API changes: each is validated against the console's schema.
const schema = buildSchema(readFileSync(new URL("../../schema.graphql", import.meta.url), "utf8"));

describe("defaultQueryFor", () => {
  const cases = [
    { roles: ["regulator"], country: "JP", operation: "SeriousIncidentsAcrossBorders" },
    { roles: ["analyst"], country: "BOARD", operation: "ComplianceReportsAtM6" },
    { roles: ["negotiator"], country: "US", operation: "MyCountrysGrants" },
    { roles: ["auditor"], country: "KR", operation: "MyCountrysAccessLog" },
    { roles: [], country: "JP", operation: "WhoAmI" },
    { roles: ["auditor", "regulator"], country: "JP", operation: "SeriousIncidentsAcrossBorders" },
  ];

  for (const { roles, country, operation } of cases) {
    it(`gives ${roles.join("+") || "no role"} the ${operation} example, valid against the schema`, () => {
      const query = defaultQueryFor({ country, subject: "someone", roles });
      expect(query).toContain(`query ${operation}`);
      expect(validate(schema, parse(query))).toEqual([]);
    });
  }

  it("says who is signed in", () => {
    expect(defaultQueryFor({ country: "EU", subject: "eu-negotiator", roles: ["negotiator"] })).toMatch(/^# Signed in as eu-negotiator \(EU, negotiator\)/);
  });
});
