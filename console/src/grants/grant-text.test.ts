import { describe, expect, it } from "vitest";
import { countryLabel, termsSummary } from "./grant-text";

describe("termsSummary", () => {
  it("says what a grant opens in words", () => {
    expect(
      termsSummary({
        recordKinds: ["INCIDENT", "AUDIT"],
        maxClassification: "RESTRICTED",
        severities: null,
        systemIds: null,
      }),
    ).toBe("Incidents, Audits · up to Restricted · any severity · any AI system");
    expect(
      termsSummary({
        recordKinds: ["SYSTEM"],
        maxClassification: "SHARED",
        severities: ["SERIOUS_INCIDENT", "DISASTER"],
        systemIds: ["a"],
      }),
    ).toBe("AI systems · up to Shared · Serious incident, Disaster only · 1 AI system only");
  });
});

describe("countryLabel", () => {
  it("names a country the directory knows, and shows the code of one it does not", () => {
    const names = new Map([["US", "United States"]]);
    expect(countryLabel("US", names)).toBe("United States (US)");
    expect(countryLabel("XX", names)).toBe("XX");
  });
});
