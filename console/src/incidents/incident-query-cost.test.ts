import { readFileSync } from "node:fs";
import { buildSchema, Kind, parse, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { DEFAULT_OPERATION_LIMITS } from "../../../shared/limits/operation-limits";
import { operationCost } from "../../../shared/limits/operation-cost";
import { IncidentDetailDocument, IncidentFirstPagesDocument, IncidentNextPageDocument } from "./incident-documents";
import { PAGE_SIZES } from "./incident-filters";

const schema = buildSchema(readFileSync(new URL("../../schema.graphql", import.meta.url), "utf8"));

/** The hub's own cost function, as the gateway applies it with `countries` fanned out to `members`. */
function cost(document: { toString(): string }, variables: Record<string, unknown>, members: number): number {
  const parsed = parse(document.toString());
  const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return operationCost(schema, parsed, operation, variables, {
    defaultListSize: DEFAULT_OPERATION_LIMITS.defaultListSize,
    listWidths: { "Query.countries": (args) => (Array.isArray(args.codes) ? args.codes.length : members) },
  });
}

describe("the incidents view's queries stay within the hub's default cost limit", () => {
  it.each(PAGE_SIZES)("every page size (%i) for all 50 countries of the widest demo hub", (first) => {
    expect(cost(IncidentFirstPagesDocument, { codes: null, first }, 50)).toBeLessThanOrEqual(DEFAULT_OPERATION_LIMITS.maxCost);
    expect(cost(IncidentNextPageDocument, { code: "JP", after: "x", first }, 50)).toBeLessThanOrEqual(DEFAULT_OPERATION_LIMITS.maxCost);
  });

  it("an incident with its system, provenance and related records", () => {
    expect(cost(IncidentDetailDocument, { code: "JP", id: "x" }, 50)).toBeLessThanOrEqual(DEFAULT_OPERATION_LIMITS.maxCost);
  });
});
