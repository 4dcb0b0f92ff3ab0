import { describe, expect, it } from "vitest";
import { csvCell } from "../ui/download";
import { readSearch } from "./incident-filters";
import { CSV_COLUMNS, csvRows, exportFileName, jsonExport } from "./incident-export";
import type { CountryResult } from "./incident-rows";
import { row } from "./test-rows";

const jp = row({
  id: "a",
  country: "JP",
  title: 'Chatbot said "=1+1"',
  harmTypes: ["PHYSICAL", "ECONOMIC_PROPERTY"],
  countriesAffected: ["JP", "KR"],
  highRisk: true,
  system: { id: "s1", name: "Triage model" },
});

describe("incident export", () => {
  it("has one CSV cell per column, lists joined, the system by id and name", () => {
    const [line] = csvRows([jp]);
    expect(line).toHaveLength(CSV_COLUMNS.length);
    const cell = (column: (typeof CSV_COLUMNS)[number]) => line![CSV_COLUMNS.indexOf(column)];
    expect(cell("harmTypes")).toEqual(["PHYSICAL", "ECONOMIC_PROPERTY"]);
    expect(csvCell(cell("harmTypes"))).toBe("PHYSICAL; ECONOMIC_PROPERTY");
    expect(csvCell(cell("title"))).toBe('"Chatbot said ""=1+1"""');
    expect([cell("systemId"), cell("systemName"), cell("highRisk"), cell("notifiedAt")]).toEqual(["s1", "Triage model", true, null]);
    expect(csvRows([row({ id: "b", country: "US" })])[0]![CSV_COLUMNS.indexOf("systemId")]).toBeUndefined();
  });

  it("says in the JSON what was asked, what each country counted, what was loaded and who did not answer", () => {
    const results: CountryResult[] = [
      { code: "JP", name: "Japan", answered: true, totalCount: 3, rows: [jp], nextCursor: "c" },
      { code: "KR", name: "Korea", answered: false, totalCount: undefined, rows: [], nextCursor: undefined },
    ];
    const errors = [{ message: "KR did not answer", extensions: { code: "NATION_UNAVAILABLE", country: "KR", reason: "timeout" } }];
    const exported = jsonExport(readSearch(new URLSearchParams("country=JP&country=KR&classification=RESTRICTED")), results, [jp], errors, new Date("2026-12-02T09:30:00Z"));
    expect(exported).toEqual({
      exportedAt: "2026-12-02T09:30:00.000Z",
      search: { description: "countries JP, KR; classification RESTRICTED", countries: ["JP", "KR"], filter: { classifications: ["RESTRICTED"] } },
      complete: false,
      countries: [
        { code: "JP", name: "Japan", answered: true, totalCount: 3, loaded: 1 },
        { code: "KR", name: "Korea", answered: false, totalCount: null, loaded: 0 },
      ],
      unavailable: [{ country: "KR", reason: "timeout", message: "KR did not answer" }],
      incidents: [jp],
    });
  });

  it("names the file by the time of export", () => {
    expect(exportFileName("csv", new Date("2026-12-02T09:30:12Z"))).toBe("incidents-2026-12-02T0930Z.csv");
  });
});
