import { z } from "zod";

/**
 * How big an operation the gateway and every subgraph accept. Each deployment applies them itself: a
 * national subgraph must not count on the gateway to have refused what would hurt it.
 *
 * The defaults leave room above every query in the README, the tests and the benchmark (the widest is a
 * 50-country fan-out; the costliest is 500 incidents with a dozen fields from each of five countries,
 * cost 32,525) while refusing the abuse the hub has seen: ten aliases of that query (cost over 300,000),
 * a 13-level `system { audits { system ... } } }` loop, 5000 aliases of `me`.
 */
export const operationLimitsSchema = z.strictObject({
  /** Fields nested inside each other (introspection's `ofType` chain does not count). */
  maxDepth: z.int().min(1).default(10),
  /** Aliases in one operation, fragments included. */
  maxAliases: z.int().min(0).default(20),
  /** Directive uses in one operation (`@include`, `@skip`, ...). */
  maxDirectives: z.int().min(0).default(10),
  /** Lexical tokens in the document. */
  maxTokens: z.int().min(1).default(2000),
  /**
   * Values the answer may hold: every field counts 1, times the size of each list it sits in (`first`,
   * the countries fanned out, the entities asked for, or `defaultListSize` for a list with no page).
   */
  maxCost: z.int().min(1).default(100_000),
  /** Size assumed for a list the schema does not page (a system's audits, a label's releases). */
  defaultListSize: z.int().min(1).default(10),
  /** "Did you mean ...?" in error messages: a map of the schema for anyone probing it. On only in dev. */
  fieldSuggestions: z.boolean().default(false),
  /**
   * PostgreSQL `statement_timeout` of the subgraphs' database sessions, so a statement stops once the
   * gateway has given up on it. Unset: `nationTimeoutMs` + 500 ms.
   */
  statementTimeoutMs: z.int().min(1).optional(),
});

export type OperationLimits = z.output<typeof operationLimitsSchema>;
export type OperationLimitsInput = z.input<typeof operationLimitsSchema>;

export const DEFAULT_OPERATION_LIMITS: OperationLimits = operationLimitsSchema.parse({});

/** How long a subgraph's statements may run, given the gateway's per-country budget. */
export function statementTimeoutMs(limits: OperationLimits | undefined, nationTimeoutMs: number): number {
  return limits?.statementTimeoutMs ?? nationTimeoutMs + 500;
}
