import { describe, expect, it } from "vitest";
import { dayToInstant, draftToGrantInput, emptyDraft, type GrantDraft, previewInput, splitSystemIds } from "./grant-draft";

const NOW = new Date("2026-07-01T09:30:00Z");

function draft(overrides: Partial<GrantDraft> = {}): GrantDraft {
  return {
    ...emptyDraft(NOW),
    grantee: "US",
    recordKinds: ["INCIDENT"],
    maxClassification: "RESTRICTED",
    purpose: "Joint review",
    validUntil: "2027-03-31",
    ...overrides,
  };
}

describe("emptyDraft", () => {
  it("chooses nothing but a 90-day validity", () => {
    expect(emptyDraft(NOW)).toEqual({
      grantee: "",
      recordKinds: [],
      maxClassification: "SHARED",
      severities: [],
      purpose: "",
      validFrom: "",
      validUntil: "2026-09-29",
      systemIds: "",
    });
  });
});

describe("dayToInstant", () => {
  it("reads a calendar day as its start in UTC", () => {
    expect(dayToInstant("2027-03-31")).toBe("2027-03-31T00:00:00.000Z");
  });
  it("refuses a day that does not exist rather than rolling it over", () => {
    expect(dayToInstant("2027-02-31")).toBeUndefined();
    expect(dayToInstant("2027-13-01")).toBeUndefined();
  });
  it("refuses anything that is not yyyy-mm-dd", () => {
    expect(dayToInstant("")).toBeUndefined();
    expect(dayToInstant("31/03/2027")).toBeUndefined();
  });
});

describe("draftToGrantInput", () => {
  it("sends the terms as the hub's GrantInput, leaving out the narrowings not chosen", () => {
    expect(draftToGrantInput(draft())).toEqual({
      input: {
        grantee: "US",
        recordKinds: ["INCIDENT"],
        maxClassification: "RESTRICTED",
        purpose: "Joint review",
        validUntil: "2027-03-31T00:00:00.000Z",
      },
    });
  });

  it("sends severities, systems and a start day when chosen", () => {
    const result = draftToGrantInput(
      draft({
        severities: ["SERIOUS_INCIDENT", "DISASTER"],
        systemIds: " 3caf9b30-727c-452b-a460-38cd33e4b8d0,\nfd7e4295-8561-457e-ae0a-7bf0dabde669 ",
        validFrom: "2026-08-01",
      }),
    );
    expect(result.input).toMatchObject({
      severities: ["SERIOUS_INCIDENT", "DISASTER"],
      systemIds: ["3caf9b30-727c-452b-a460-38cd33e4b8d0", "fd7e4295-8561-457e-ae0a-7bf0dabde669"],
      validFrom: "2026-08-01T00:00:00.000Z",
    });
  });

  it("leaves the hub to judge what GraphQL can carry (an empty grantee, no kinds, a blank purpose)", () => {
    expect(draftToGrantInput(draft({ grantee: "", recordKinds: [], purpose: " " })).input).toMatchObject({ grantee: "", recordKinds: [], purpose: " " });
  });

  it("names the date fields it cannot send", () => {
    expect(draftToGrantInput(draft({ validUntil: "" }))).toEqual({
      errors: { validUntil: "Choose the day the grant ends." },
    });
    expect(draftToGrantInput(draft({ validUntil: "2027-02-30", validFrom: "nope" }))).toEqual({
      errors: {
        validUntil: "Valid until must be a calendar day.",
        validFrom: "Valid from must be a calendar day, or empty for now.",
      },
    });
  });
});

describe("splitSystemIds", () => {
  it("accepts spaces, commas, semicolons and lines between ids", () => {
    expect(splitSystemIds("a, b;c\nd  e")).toEqual(["a", "b", "c", "d", "e"]);
    expect(splitSystemIds("  ")).toEqual([]);
  });
});

describe("previewInput", () => {
  it("waits for a grantee and at least one kind", () => {
    expect(previewInput(draft({ grantee: "" }), NOW)).toBeUndefined();
    expect(previewInput(draft({ recordKinds: [] }), NOW)).toBeUndefined();
  });

  it("previews the terms as written", () => {
    expect(previewInput(draft(), NOW)).toEqual(draftToGrantInput(draft()).input);
  });

  it("fills in a purpose and end day not written yet, which do not change the counts", () => {
    const input = previewInput(draft({ purpose: "", validUntil: "" }), NOW);
    expect(input?.purpose).toBeTruthy();
    expect(input?.validUntil).toBe("2026-07-03T00:00:00.000Z");
    expect(input).toMatchObject({
      grantee: "US",
      recordKinds: ["INCIDENT"],
      maxClassification: "RESTRICTED",
    });
  });

  it("sends a written end day even when it is past, so the hub's error shows beside the field", () => {
    expect(previewInput(draft({ validUntil: "2020-01-01" }), NOW)?.validUntil).toBe("2020-01-01T00:00:00.000Z");
  });
});
