import { describe, expect, it } from "vitest";
import { categoriesOf, defaultMilestone, readFilters, withParams } from "./matrix-filters";

const MILESTONES = [
  { code: "M6" as const, dueDate: "2026-09-25T00:00:00.000Z" },
  { code: "M12" as const, dueDate: "2027-03-25T00:00:00.000Z" },
  { code: "M18" as const, dueDate: "2027-09-25T00:00:00.000Z" },
];
const CATALOGUE = { milestones: MILESTONES, categories: ["TESTING", "REPORTING"] };

describe("matrix filters", () => {
  it("default to the latest milestone already due, or the first before any is", () => {
    expect(defaultMilestone(MILESTONES, new Date("2026-12-02T00:00:00Z"))).toBe("M6");
    expect(defaultMilestone(MILESTONES, new Date("2027-03-25T00:00:00Z"))).toBe("M12");
    expect(defaultMilestone(MILESTONES, new Date("2030-01-01T00:00:00Z"))).toBe("M18");
    expect(defaultMilestone(MILESTONES, new Date("2026-01-01T00:00:00Z"))).toBe("M6");
    expect(defaultMilestone([], new Date())).toBeUndefined();
  });

  it("read the URL, falling back to defaults for values the hub does not know", () => {
    const now = new Date("2026-12-02T00:00:00Z");
    expect(readFilters(new URLSearchParams("milestone=M12&category=TESTING&binding=false&report=abc&item=TSB-01"), CATALOGUE, now)).toEqual({
      milestone: "M12",
      category: "TESTING",
      binding: false,
      report: "abc",
      item: "TSB-01",
    });
    expect(readFilters(new URLSearchParams("milestone=M99&category=POETRY&binding=maybe"), CATALOGUE, now)).toEqual({
      milestone: "M6",
      category: undefined,
      binding: undefined,
      report: undefined,
      item: undefined,
    });
    expect(readFilters(new URLSearchParams("milestone=M12"), undefined, now).milestone).toBeUndefined();
  });

  it("change parameters without losing the others, and drop emptied ones", () => {
    const next = withParams(new URLSearchParams("milestone=M6&category=TESTING"), { binding: true, category: undefined, report: "" });
    expect(next.toString()).toBe("milestone=M6&binding=true");
  });

  it("list the catalogue's categories once each, in order", () => {
    expect(categoriesOf([{ category: "TESTING" }, { category: "REPORTING" }, { category: "TESTING" }])).toEqual(["TESTING", "REPORTING"]);
  });
});
