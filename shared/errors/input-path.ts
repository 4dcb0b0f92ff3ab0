import { type ASTNode, type GraphQLError, Kind, parse, visit } from "graphql";

/**
 * The input a request error is about, as a dotted path from the argument or variable (`input.severity`,
 * `filter.occurredAfter`), so that a form can put the message beside the right field. graphql-js names
 * it only in prose (variables) or by AST node (literals); this recovers it from either.
 */
export function inputPathOf(error: GraphQLError): string | undefined {
  return variablePath(error.message) ?? literalPath(error);
}

function variablePath(message: string): string | undefined {
  const invalid = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" got invalid value [\s\S]*? at "([^"]+)"; /.exec(message);
  if (invalid) return invalid[2]!.replace(/\[(\d+)\]/g, ".$1");
  const whole = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" (?:got invalid value|of required type|of non-null type)/.exec(message);
  return whole?.[1];
}

/** Finds the value node the error points at in the document, and the argument and input fields around it. */
function literalPath(error: GraphQLError): string | undefined {
  const target = error.nodes?.[0];
  const source = error.source?.body;
  if (!target?.loc || !source) return undefined;
  let document;
  try {
    document = parse(source, { noLocation: false });
  } catch {
    return undefined;
  }
  const names: string[] = [];
  let found: string | undefined;
  const named = (node: ASTNode) => node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD;
  visit(document, {
    enter(node) {
      if (found !== undefined) return false;
      if (named(node)) names.push((node as { name: { value: string } }).name.value);
      if (node.kind === target.kind && node.loc?.start === target.loc!.start && names.length > 0) {
        found = names.join(".");
        return false;
      }
      return undefined;
    },
    leave(node) {
      if (named(node)) names.pop();
    },
  });
  return found;
}
