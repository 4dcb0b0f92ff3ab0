import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "./csv.js";

describe("csv", () => {
  it("leaves plain fields alone and quotes those with separators, quotes or line breaks", () => {
    expect(csvField("COMPLIANT/ACCEPTED")).toBe("COMPLIANT/ACCEPTED");
    expect(csvField("")).toBe("");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
  });

  it("defuses fields a spreadsheet would evaluate", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("-1,2")).toBe(`"'-1,2"`);
  });

  it("ends every line with CRLF", () => {
    expect(toCsv([["country", "TSB-01"], ["JP", "a,b"]])).toBe('country,TSB-01\r\nJP,"a,b"\r\n');
  });
});
