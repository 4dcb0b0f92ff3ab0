import { type FieldNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { fieldsSelectedUnder } from "./selected-fields.js";

/** The info of the `incidents` field of `query`'s first selection, as graphql-js gives it to a resolver. */
function infoOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const incidents = operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === "incidents");
  return { fieldNodes: incidents, fragments };
}

describe("fieldsSelectedUnder", () => {
  it("gathers every alias of the child and follows inline and named fragments", () => {
    const info = infoOf(`{
      incidents { totalCount a: nodes { id title } b: nodes { ...More } ... on IncidentConnection { nodes { severity @skip(if: true) } } }
      incidents { nodes { occurredAt } }
    }
    fragment More on Incident { summary ... on Incident { system { id } } }`);
    expect(fieldsSelectedUnder(info, "nodes")).toEqual(new Set(["id", "title", "summary", "system", "severity", "occurredAt"]));
  });

  it("gives an empty set when the child is not asked, and null when a fragment is unknown", () => {
    expect(fieldsSelectedUnder(infoOf("{ incidents { totalCount } }"), "nodes")).toEqual(new Set());
    expect(fieldsSelectedUnder(infoOf("{ incidents { nodes { ...Missing } } }"), "nodes")).toBeNull();
  });
});
