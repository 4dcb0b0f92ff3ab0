import { describe, expect, it } from "vitest";
import { describeResponse } from "./describe-response";

describe("describeResponse", () => {
  it("says when nothing has been run", () => {
    expect(describeResponse("")).toEqual({ state: "empty", text: "No answer yet: run an operation." });
  });

  it("says data came back without error", () => {
    expect(describeResponse(JSON.stringify({ data: { me: { country: "JP" } } })).state).toBe("data");
  });

  it("names the codes of an answer with no data", () => {
    const response = JSON.stringify({ errors: [{ message: "Only JP's negotiators", extensions: { code: "FORBIDDEN", country: "JP" } }], data: null });
    expect(describeResponse(response)).toEqual({ state: "errors", text: "No data: 1 error (FORBIDDEN: JP)." });
  });

  it("calls data with errors a partial answer and groups the countries by code", () => {
    const response = JSON.stringify({
      data: { countries: [] },
      errors: [
        { message: "KR did not answer", extensions: { code: "NATION_UNAVAILABLE", country: "KR" } },
        { message: "US did not answer", extensions: { code: "NATION_UNAVAILABLE", country: "US" } },
        { message: "odd" },
      ],
    });
    expect(describeResponse(response)).toEqual({ state: "partial", text: "Partial answer: data, and 3 errors (NATION_UNAVAILABLE: KR, US; no code)." });
  });

  it("treats a failed fetch (plain text in the pane) as unreadable", () => {
    expect(describeResponse("TypeError: Failed to fetch").state).toBe("unreadable");
  });
});
