import {
  type ASTVisitor,
  type DocumentNode,
  Kind,
  type SelectionSetNode,
  TokenKind,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { limitExceeded } from "./limit-error.js";
import type { OperationLimits } from "./operation-limits.js";

export interface OperationShape {
  depth: number;
  aliases: number;
  directives: number;
}

/**
 * Validation rule for what the document alone tells: tokens, depth, aliases and directives. It runs with
 * graphql's own rules, before any resolver; Apollo caches a validated document, so a query sent again
 * costs nothing here.
 */
export function operationShapeRule(limits: () => OperationLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    Document(document) {
      const { maxTokens } = limits();
      const tokens = countTokens(document);
      if (tokens > maxTokens) context.reportError(limitExceeded("tokens", tokens, maxTokens));
    },
    OperationDefinition(operation) {
      const { maxDepth, maxAliases, maxDirectives } = limits();
      const shape = measure(operation.selectionSet, (name) => context.getFragment(name)?.selectionSet);
      const directives = shape.directives + (operation.directives?.length ?? 0);
      if (shape.depth > maxDepth) context.reportError(limitExceeded("depth", shape.depth, maxDepth));
      if (shape.aliases > maxAliases) context.reportError(limitExceeded("aliases", shape.aliases, maxAliases));
      if (directives > maxDirectives) context.reportError(limitExceeded("directives", directives, maxDirectives));
    },
  });
}

/** Tokens as the lexer saw them (comments excluded): the parser kept them linked from the document's start. */
export function countTokens(document: DocumentNode): number {
  let count = 0;
  for (let token = document.loc?.startToken.next; token && token.kind !== TokenKind.EOF; token = token.next) {
    if (token.kind !== TokenKind.COMMENT) count++;
  }
  return count;
}

/**
 * Depth, aliases and directives of a selection, fragments expanded where they are spread (each fragment
 * measured once: a fragment spread many times cannot make the count itself expensive).
 * Introspection's `ofType { ofType { ... } }` does not deepen: it walks type wrappers one object at a
 * time, and the standard introspection query needs seven of them.
 */
export function measure(selectionSet: SelectionSetNode, fragment: (name: string) => SelectionSetNode | undefined): OperationShape {
  const memo = new Map<string, OperationShape>();
  const visit = (set: SelectionSetNode, visiting: Set<string>): OperationShape => {
    const shape: OperationShape = { depth: 0, aliases: 0, directives: 0 };
    const add = (inner: OperationShape, deeper: number) => {
      shape.depth = Math.max(shape.depth, inner.depth + deeper);
      shape.aliases += inner.aliases;
      shape.directives += inner.directives;
    };
    for (const selection of set.selections) {
      shape.directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) shape.aliases++;
        const inner = selection.selectionSet ? visit(selection.selectionSet, visiting) : { depth: 0, aliases: 0, directives: 0 };
        add(inner, selection.name.value === "ofType" ? 0 : 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        add(visit(selection.selectionSet, visiting), 0);
      } else {
        const name = selection.name.value;
        // A cycle is refused by graphql's own NoFragmentCycles rule; here it only must not loop.
        if (visiting.has(name)) continue;
        let inner = memo.get(name);
        if (!inner) {
          const body = fragment(name);
          if (!body) continue;
          inner = visit(body, new Set(visiting).add(name));
          memo.set(name, inner);
        }
        add(inner, 0);
      }
    }
    return shape;
  };
  return visit(selectionSet, new Set());
}
