import { type FragmentDefinitionNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";

/**
 * The names of the fields asked under `child` of the field being resolved (`nodes` of a connection, say),
 * over every alias of `child` and through fragments, whatever their type condition or directives: a
 * superset of what will be read from the rows. Null when a fragment it names is unknown.
 */
export function fieldsSelectedUnder(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">, child: string): Set<string> | null {
  const names = new Set<string>();
  for (const fieldNode of info.fieldNodes) {
    if (!fieldNode.selectionSet) continue;
    const complete = eachField(fieldNode.selectionSet, info.fragments, (field) => {
      if (field.name.value !== child) return true;
      return !field.selectionSet || eachField(field.selectionSet, info.fragments, (asked) => names.add(asked.name.value) && true);
    });
    if (!complete) return null;
  }
  return names;
}

function eachField(
  set: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  visit: (field: import("graphql").FieldNode) => boolean,
  spread = new Set<string>(),
): boolean {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!visit(selection)) return false;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (!eachField(selection.selectionSet, fragments, visit, spread)) return false;
    } else {
      const name = selection.name.value;
      if (spread.has(name)) continue;
      spread.add(name);
      const fragment = fragments[name];
      if (!fragment || !eachField(fragment.selectionSet, fragments, visit, spread)) return false;
    }
  }
  return true;
}
