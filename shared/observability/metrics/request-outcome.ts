import type { GraphQLOutcome } from "../../service/graphql-outcome.js";

/** The `operation_type` and `outcome` labels of one /graphql request. */
export interface RequestLabels {
  operationType: string;
  outcome: string;
}

const OPERATION_TYPES = new Set(["query", "mutation", "subscription"]);

/**
 * What a /graphql request was and how it ended. Once GraphQL has run, its own outcome (graphql-outcome.ts).
 * A request refused before (401 token, 413 body, 429 budget, 400 unreadable body) has operation type
 * `none` and the refusal's code; `refusal` is the code the HTTP error handler answered with. A request
 * Apollo turned away itself without running an operation (no query in a GET, CSRF prevention) has
 * neither, and is named by its status.
 */
export function requestLabels(graphql: GraphQLOutcome | null, refusal: string | null, status: number): RequestLabels {
  if (graphql) {
    const type = graphql.operationType && OPERATION_TYPES.has(graphql.operationType) ? graphql.operationType : "none";
    return { operationType: type, outcome: graphql.outcome };
  }
  return { operationType: "none", outcome: refusal ?? codeOfStatus(status) };
}

function codeOfStatus(status: number): string {
  if (status < 400) return "ok";
  if (status === 401) return "UNAUTHENTICATED";
  if (status === 413) return "PAYLOAD_TOO_LARGE";
  if (status === 429) return "RATE_LIMITED";
  if (status >= 500) return "INTERNAL_SERVER_ERROR";
  return "BAD_REQUEST";
}
