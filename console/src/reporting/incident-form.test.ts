import { describe, expect, it } from "vitest";
import { codesOf, emptyIncidentForm, formValuesOf, type IncidentFormValues, type IncidentRecord, isoToLocal, linesOf, localToIso, toReportInput, toUpdateInput } from "./incident-form";

const filled = (overrides: Partial<IncidentFormValues> = {}): IncidentFormValues => ({
  ...emptyIncidentForm(),
  title: "Triage assistant recommended a tenfold dose",
  summary: "A nurse caught it.",
  severity: "SERIOUS_HAZARD",
  classification: "RESTRICTED",
  occurredAt: "2026-11-20T10:00",
  ...overrides,
});

describe("dates between the form and the hub", () => {
  it("reads a datetime-local value in the browser's zone and shows an instant back in it", () => {
    expect(localToIso("2026-11-20T10:00")).toBe(new Date(2026, 10, 20, 10, 0).toISOString());
    expect(isoToLocal(new Date(2026, 10, 20, 10, 0).toISOString())).toBe("2026-11-20T10:00");
    expect(isoToLocal(localToIso("1980-01-02T03:04")!)).toBe("1980-01-02T03:04");
  });

  it("sends nothing for an empty date and an unreadable one as typed, for the hub to name", () => {
    expect(localToIso("")).toBeNull();
    expect(localToIso("  ")).toBeNull();
    expect(localToIso("not a date")).toBe("not a date");
    expect(isoToLocal(null)).toBe("");
  });
});

describe("toReportInput", () => {
  it("keeps a required field left empty in the form, saying which", () => {
    expect(toReportInput(emptyIncidentForm()).errors).toEqual({
      title: "Enter a title.",
      summary: "Enter a summary of what happened.",
      severity: "Choose a severity.",
      classification: "Choose a classification.",
      occurredAt: "Enter when the incident occurred.",
    });
  });

  it("sends a bad date order or a date out of range to the hub, which is the judge", () => {
    const { input } = toReportInput(filled({ occurredAt: "1980-01-01T10:00", detectedAt: "1979-11-19T10:00" }));
    expect(input).toMatchObject({ occurredAt: localToIso("1980-01-01T10:00"), detectedAt: localToIso("1979-11-19T10:00") });
  });

  it("gives the minimal input for the required fields", () => {
    expect(toReportInput(filled()).input).toEqual({
      title: "Triage assistant recommended a tenfold dose",
      summary: "A nurse caught it.",
      severity: "SERIOUS_HAZARD",
      classification: "RESTRICTED",
      occurredAt: localToIso("2026-11-20T10:00"),
      highRisk: false,
    });
  });

  it("shapes the OECD fields: stakeholders by line, countries as codes, harm types in schema order, related rows", () => {
    const { input } = toReportInput(
      filled({
        highRisk: true,
        detectedAt: "2026-11-20T14:30",
        notifiedAt: "2026-11-21T09:00",
        systemId: "sys-1",
        harmTypes: ["HUMAN_RIGHTS", "PHYSICAL"],
        affectedStakeholders: " patients \n\nnurses, on night shift\n",
        countriesAffected: "jp, us  KR;us",
        reporter: "  Hospital deployer ",
        relatedIncidents: [
          { country: "us", id: " 7A701FD6-4708-48DF-AA23-942F557DA68F " },
          { country: "", id: "" },
        ],
      }),
    );
    expect(input).toMatchObject({
      highRisk: true,
      detectedAt: localToIso("2026-11-20T14:30"),
      notifiedAt: localToIso("2026-11-21T09:00"),
      systemId: "sys-1",
      harmTypes: ["PHYSICAL", "HUMAN_RIGHTS"],
      affectedStakeholders: ["patients", "nurses, on night shift"],
      countriesAffected: ["JP", "US", "KR"],
      reporter: "Hospital deployer",
      relatedIncidents: [{ country: "US", id: "7A701FD6-4708-48DF-AA23-942F557DA68F" }],
    });
  });

  it("gives the same input for the same values (a retry carries the same request)", () => {
    expect(JSON.stringify(toReportInput(filled({ harmTypes: ["ECONOMIC_PROPERTY"] })).input)).toBe(
      JSON.stringify(toReportInput(filled({ harmTypes: ["ECONOMIC_PROPERTY"] })).input),
    );
  });
});

describe("toUpdateInput", () => {
  const record: IncidentRecord = {
    title: "Old title",
    summary: "Old summary",
    severity: "INCIDENT",
    classification: "RESTRICTED",
    occurredAt: "2026-09-25T00:40:10.589Z",
    detectedAt: "2026-09-25T03:00:00.000Z",
    highRisk: true,
    notifiedAt: null,
    system: { id: "sys-1" },
    harmTypes: ["PSYCHOLOGICAL", "PHYSICAL"],
    affectedStakeholders: ["patients"],
    countriesAffected: ["JP"],
    reporter: "Deployer",
    relatedIncidents: [{ country: "US", id: "7a701fd6-4708-48df-aa23-942f557da68f" }],
  };
  const original = formValuesOf(record);

  it("sends only the reason when nothing changed, even with seconds the form does not show", () => {
    expect(toUpdateInput(original, { ...original }, "Checked", false).input).toEqual({ reason: "Checked" });
    // Harm types arrive in the hub's order and are held in the schema's: not a change.
    expect(original.harmTypes).toEqual(["PHYSICAL", "PSYCHOLOGICAL"]);
  });

  it("sends each changed field, and clears optional ones emptied", () => {
    const values = { ...original, title: "New title", notifiedAt: "2026-09-26T09:00", systemId: "", reporter: " ", classification: "SHARED" as const };
    expect(toUpdateInput(original, values, "Declassified", true).input).toEqual({
      reason: "Declassified",
      title: "New title",
      classification: "SHARED",
      notifiedAt: localToIso("2026-09-26T09:00"),
      systemId: null,
      reporter: null,
      final: true,
    });
  });

  it("compares lists as the hub keeps them", () => {
    const same = { ...original, countriesAffected: "jp", relatedIncidents: [{ country: "us", id: "7A701FD6-4708-48DF-AA23-942F557DA68F" }] };
    expect(toUpdateInput(original, same, "r", false).input).toEqual({ reason: "r" });
    const changed = { ...original, harmTypes: [], affectedStakeholders: "patients\nworkers" };
    expect(toUpdateInput(original, changed, "r", false).input).toEqual({ reason: "r", harmTypes: [], affectedStakeholders: ["patients", "workers"] });
  });

  it("refuses to send an occurrence time emptied", () => {
    expect(toUpdateInput(original, { ...original, occurredAt: "" }, "r", false).errors).toEqual({ occurredAt: "Enter when the incident occurred." });
  });
});

describe("list fields", () => {
  it("splits lines and codes", () => {
    expect(linesOf("a\r\n b \n\n")).toEqual(["a", "b"]);
    expect(codesOf(" eu,,cn us eu ")).toEqual(["EU", "CN", "US"]);
  });
});
