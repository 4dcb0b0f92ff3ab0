import { describe, expect, it } from "vitest";
import { BASELINE, checkCatalogue, filterBaseline, parseCategory, type BaselineCatalogue } from "./baseline-catalogue.js";

describe("baseline catalogue", () => {
  it("holds 30 items, TSB-01..TSB-30 in order, in the four categories", () => {
    expect(BASELINE.items.map((item) => item.code)).toEqual(Array.from({ length: 30 }, (_, i) => `TSB-${String(i + 1).padStart(2, "0")}`));
    expect(new Set(BASELINE.items.map((item) => item.category))).toEqual(new Set(["TESTING", "TRANSPARENCY", "REPORTING", "COOPERATION"]));
  });

  it("carries text for the three publicly known items only; every other item is a marked placeholder", () => {
    const named = BASELINE.items.filter((item) => item.source === "AGREEMENT_TEXT");
    expect(named.map((item) => [item.code, item.category, item.binding])).toEqual([
      ["TSB-01", "TESTING", true],
      ["TSB-09", "TRANSPARENCY", true],
      ["TSB-16", "REPORTING", true],
    ]);
    expect(named[0]!.title).toMatch(/red-team.*high-risk/);
    expect(named[1]!.title).toMatch(/provenance labels.*training sources.*architecture.*release history/);
    expect(named[2]!.title).toMatch(/72 hours/);
    for (const item of BASELINE.items.filter((i) => i.source === "DEMO_PLACEHOLDER")) expect(item.title).toMatch(/^Demo placeholder:/);
  });

  it("refuses a catalogue with the wrong size, a duplicate code or an unmarked placeholder", () => {
    const items = BASELINE.items;
    const bad = (changed: BaselineCatalogue["items"]) => () => checkCatalogue({ version: "test", items: changed });
    expect(bad(items.slice(1))).toThrow(/29 items/);
    expect(bad([...items.slice(0, 29), { ...items[0]! }])).toThrow(/duplicate code/);
    expect(bad(items.map((item, i) => (i === 1 ? { ...item, title: "Looks official" } : item)))).toThrow(/TSB-02: title and source disagree/);
  });

  it("filters by category and binding", () => {
    expect(filterBaseline({}).length).toBe(30);
    expect(filterBaseline({ category: "REPORTING" }).every((item) => item.category === "REPORTING")).toBe(true);
    expect(filterBaseline({ binding: true }).every((item) => item.binding)).toBe(true);
    expect(parseCategory(" testing ")).toBe("TESTING");
    expect(parseCategory("SAFETY")).toBeUndefined();
  });
});
