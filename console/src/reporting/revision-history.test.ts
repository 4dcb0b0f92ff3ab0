import { describe, expect, it } from "vitest";
import { formatDateTime } from "../ui/format";
import { replacedValues } from "./revision-history";

describe("replacedValues", () => {
  it("labels each replaced field and writes its old value in words", () => {
    expect(
      replacedValues({
        classification: "RESTRICTED",
        occurredAt: "2026-09-25T00:40:10.589Z",
        notifiedAt: null,
        highRisk: false,
        harmTypes: ["PHYSICAL", "HUMAN_RIGHTS"],
        countriesAffected: [],
        relatedIncidents: [{ country: "US", id: "abc" }],
        systemId: "sys-1",
      }),
    ).toEqual([
      { field: "classification", label: "Classification", value: "Restricted" },
      { field: "occurredAt", label: "Occurred at", value: formatDateTime("2026-09-25T00:40:10.589Z") },
      { field: "notifiedAt", label: "Notified at", value: "(empty)" },
      { field: "highRisk", label: "High-risk deployment", value: "No" },
      { field: "harmTypes", label: "Harm types", value: "Physical, Human rights" },
      { field: "countriesAffected", label: "Countries affected", value: "(none)" },
      { field: "relatedIncidents", label: "Related incidents", value: "US abc" },
      { field: "systemId", label: "AI system", value: "sys-1" },
    ]);
  });

  it("names a field the form does not know by its own name, and reads nothing from a non-object", () => {
    expect(replacedValues({ finalReportAt: null, other: 3 })).toEqual([
      { field: "finalReportAt", label: "Final report", value: "(empty)" },
      { field: "other", label: "other", value: "3" },
    ]);
    expect(replacedValues(null)).toEqual([]);
  });
});
