import { describe, expect, it } from "vitest";
import { csvCell } from "../ui/download";
import { CSV_COLUMNS, csvRows } from "./access-log-csv";
import { integrityText } from "./integrity-text";
import { dayStart, filterFieldOf, filterValuesOf, toAccessLogFilter } from "./log-filter";

describe("the access log's filter in the URL", () => {
  it("reads the URL and drops values the hub has no name for", () => {
    expect(filterValuesOf(new URLSearchParams("reader=us&kind=READ&record=NOPE&from=2026-12-01"))).toEqual({
      reader: "US",
      kind: "READ",
      record: "",
      grant: "",
      from: "2026-12-01",
      to: "",
    });
  });

  it("gives the hub a window of whole days in the person's zone", () => {
    const values = filterValuesOf(new URLSearchParams("reader=US&kind=COUNT&record=INCIDENT&grant=g-1&from=2026-12-01&to=2026-12-02"));
    expect(toAccessLogFilter(values)).toEqual({
      callerCountries: ["US"],
      entryKinds: ["COUNT"],
      recordKinds: ["INCIDENT"],
      grantId: "g-1",
      since: new Date(2026, 11, 1).toISOString(),
      before: new Date(2026, 11, 3).toISOString(),
    });
    expect(toAccessLogFilter(filterValuesOf(new URLSearchParams()))).toBeNull();
  });

  it("turns a day into its local start, across month ends, and leaves a non-day as typed", () => {
    expect(dayStart("2026-12-31", 1)).toBe(new Date(2027, 0, 1).toISOString());
    expect(dayStart("1980-01-01")).toBe(new Date(1980, 0, 1).toISOString());
    expect(dayStart("soon")).toBe("soon");
  });

  it("puts the hub's errors beside the form's fields", () => {
    expect(filterFieldOf("filter.before")).toBe("to");
    expect(filterFieldOf("filter.since")).toBe("from");
    expect(filterFieldOf("first")).toBeUndefined();
  });
});

describe("integrityText", () => {
  it("says Valid, and over what", () => {
    expect(integrityText({ valid: true, entries: 12, head: "h", brokenAt: null, from: 0 })).toEqual({
      headline: "Valid",
      detail: "The hash chain holds over all 12 entries from the first.",
    });
    expect(integrityText({ valid: true, entries: 120, head: "h", brokenAt: null, from: 100 }).detail).toBe(
      "The hash chain holds from the last verified checkpoint, entry 100, to the last entry, 120.",
    );
    expect(integrityText({ valid: true, entries: 0, head: "", brokenAt: null, from: 0 }).headline).toBe("Valid");
  });

  it("says Broken at entry N", () => {
    const text = integrityText({ valid: false, entries: 12, head: "h", brokenAt: 2, from: 0 });
    expect(text.headline).toBe("Broken at entry 2");
    expect(text.detail).toMatch(/^Entry 2 does not match the hash chain/);
    expect(integrityText({ valid: false, entries: 12, head: "h", brokenAt: null, from: 0 }).headline).toBe("Broken");
  });
});

describe("csvRows", () => {
  it("writes one row per entry in the columns' order", () => {
    const entry = {
      seq: "7",
      at: "2026-12-02T04:00:00.000Z",
      callerCountry: "US",
      callerSubject: "us-reg-1",
      callerRole: "regulator",
      entryKind: "READ",
      recordKind: "INCIDENT",
      recordIds: ["a", "b"],
      grantIds: [],
      counted: null,
      filterHash: null,
      operationHash: "o",
      hash: "h",
    };
    const [row] = csvRows([entry]);
    expect(row).toHaveLength(CSV_COLUMNS.length);
    expect(row!.map(csvCell).join(",")).toBe("7,2026-12-02T04:00:00.000Z,US,us-reg-1,regulator,READ,INCIDENT,a; b,,,,o,h");
  });
});
