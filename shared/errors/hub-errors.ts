import { GraphQLError } from "graphql";

/**
 * Error codes a client can act on. Anything else that reaches a response is masked (see mask-errors.ts).
 */
export const ErrorCode = {
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  BAD_USER_INPUT: "BAD_USER_INPUT",
  BAD_REQUEST: "BAD_REQUEST",
  NATION_UNAVAILABLE: "NATION_UNAVAILABLE",
  UNKNOWN_COUNTRY: "UNKNOWN_COUNTRY",
  BOARD_UNAVAILABLE: "BOARD_UNAVAILABLE",
  /** Too many requests from this caller or its country (HTTP 429 with Retry-After). */
  RATE_LIMITED: "RATE_LIMITED",
  /** A request body over the configured limit (HTTP 413). */
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;

/**
 * Every authentication failure gets this same message and code, whatever the reason, so that a caller
 * probing the verifier learns nothing about which check failed.
 */
export const UNAUTHENTICATED_MESSAGE =
  "Authentication required: present a valid bearer token issued by your participant's identity provider.";

export function unauthenticated(): GraphQLError {
  return new GraphQLError(UNAUTHENTICATED_MESSAGE, {
    extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
  });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

export function badUserInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field } : {}) },
  });
}
