import "reflect-metadata";
import { printSubgraphSchema } from "@apollo/subgraph";
import { getMetadataStorage } from "type-graphql";
import { describe, expect, it } from "vitest";
import { buildNationalSchema } from "../../subgraphs/national/schema.js";
import { sdlHash } from "./schema-hash.js";

describe("a subgraph schema built twice in one process", () => {
  it("lists arguments as declared, whether or not a resolver ran in between", async () => {
    const before = printSubgraphSchema(await buildNationalSchema());
    // What type-graphql does, in place, the first time it calls a resolver with arguments.
    for (const type of getMetadataStorage().objectTypes) for (const field of type.fields ?? []) field.params?.sort((a, b) => a.index - b.index);
    const after = printSubgraphSchema(await buildNationalSchema());

    expect(sdlHash(after)).toBe(sdlHash(before));
    expect(before).toContain("incidents(filter: IncidentFilter, first: Int! = 50, after: String): IncidentConnection");
  });
});
