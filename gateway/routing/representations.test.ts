import { describe, expect, it } from "vitest";
import { countryOf, reassemble, splitByCountry } from "./representations.js";

describe("splitting an entity fetch by country", () => {
  const reps = [
    { __typename: "Incident", country: "US", id: "1" },
    { __typename: "Country", code: "JP" },
    { __typename: "Incident", country: "JP", id: "2" },
    { __typename: "Incident", country: "US", id: "3" },
    { __typename: "Incident", id: "4" },
  ];

  it("reads the country from `code` for Country and from `country` for everything else", () => {
    expect(reps.map(countryOf)).toEqual(["US", "JP", "JP", "US", undefined]);
  });

  it("groups representations per country and remembers their original positions", () => {
    const shards = splitByCountry(reps);
    expect(shards.map((s) => [s.country, s.indexes])).toEqual([
      ["US", [0, 3]],
      ["JP", [1, 2]],
      [undefined, [4]],
    ]);
    expect(shards[0]!.representations.map((r) => r.id)).toEqual(["1", "3"]);
  });

  it("puts answers back in the original order, with null where a shard gave nothing", () => {
    const entities = reassemble(5, [
      { indexes: [0, 3], entities: ["us-1", "us-3"] },
      { indexes: [1, 2], entities: null },
      { indexes: [4], entities: ["x"] },
    ]);
    expect(entities).toEqual(["us-1", null, null, "us-3", "x"]);
  });
});
