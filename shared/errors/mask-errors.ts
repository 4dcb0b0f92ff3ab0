import { randomUUID } from "node:crypto";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ErrorCode } from "./hub-errors.js";
import { inputPathOf } from "./input-path.js";
import type { Logger } from "../logging/logger.js";

/** Codes whose message was written for the client (ours, and Apollo's own request-level codes). */
const CLIENT_CODES = new Set<string>([
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.BAD_REQUEST,
  ErrorCode.NATION_UNAVAILABLE,
  ErrorCode.UNKNOWN_COUNTRY,
  ErrorCode.BOARD_UNAVAILABLE,
  // A subgraph's own refusals, passed on by the gateway.
  ErrorCode.RATE_LIMITED,
  ErrorCode.PAYLOAD_TOO_LARGE,
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/** Request errors about a value the caller sent: they say which input (`extensions.field`). */
const INPUT_CODES = new Set<string>([ErrorCode.BAD_USER_INPUT, "GRAPHQL_VALIDATION_FAILED"]);

export function internalErrorMessage(errorId: string): string {
  return `Internal server error. It has been logged as ${errorId}: quote this id to the hub's operators.`;
}

/**
 * Apollo Server `formatError`: errors a client can act on pass unchanged (with the input they are about,
 * when graphql-js only said it in prose); anything else (a database error, a bug) is logged in full under
 * a new error id and replaced by a generic message carrying that id, so that internals such as SQL,
 * table names or stack traces never reach a caller, and an operator can still find the log line.
 */
export function maskErrors(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === "string" && CLIENT_CODES.has(code)) {
      const { http: _http, stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      if (INPUT_CODES.has(code) && extensions.field === undefined && error instanceof GraphQLError) {
        const field = inputPathOf(error);
        if (field) extensions.field = field;
      }
      return { ...formatted, extensions };
    }
    const errorId = randomUUID();
    logger.error("internal error", { errorId, errorMessage: formatted.message, path: formatted.path, error: describe(error) });
    return {
      message: internalErrorMessage(errorId),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, errorId },
    };
  };
}

function describe(error: unknown): string {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  return original instanceof Error ? (original.stack ?? original.message) : String(original);
}
