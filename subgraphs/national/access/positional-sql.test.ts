import { describe, expect, it } from "vitest";
import { positional } from "./positional-sql.js";

describe("positional", () => {
  it("numbers each named parameter once, in order of first use, and sends a list as one array", () => {
    expect(
      positional("(a.x IN (:...xs) OR (a.y = :y AND b.z = :y)) AND a.t::text <> :t", { xs: ["P", "Q"], y: 3, t: "w", unused: 1 }),
    ).toEqual({ text: "(a.x = ANY($1) OR (a.y = $2 AND b.z = $2)) AND a.t::text <> $3", values: [["P", "Q"], 3, "w"] });
  });

  it("gives one text whatever a list's length", () => {
    expect(positional("x IN (:...v)", { v: [1] }).text).toBe(positional("x IN (:...v)", { v: [1, 2, 3] }).text);
  });

  it("refuses a parameter without a value, a list given a scalar, and a list outside IN (...)", () => {
    expect(() => positional("x = :missing", {})).toThrow(/:missing/);
    expect(() => positional("x IN (:...v)", { v: 1 })).toThrow(/must be a list/);
    expect(() => positional("x = :v", { v: [1] })).toThrow(/must not be a list/);
    expect(() => positional("x = ANY(ARRAY[:...v])", { v: [1] })).toThrow(/IN \(:\.\.\.v\)/);
  });
});
