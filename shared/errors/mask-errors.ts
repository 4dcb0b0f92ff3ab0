import type { GraphQLFormattedError } from "graphql";
import { ErrorCode } from "./hub-errors.js";
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
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

export const INTERNAL_ERROR_MESSAGE = "Internal server error. The incident has been logged.";

/**
 * Apollo Server `formatError`: errors a client can act on pass unchanged; anything else (a database
 * error, a bug) is logged in full and replaced by a generic message, so that internals such as SQL,
 * table names or stack traces never reach a caller.
 */
export function maskErrors(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === "string" && CLIENT_CODES.has(code)) {
      const { http: _http, stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error("internal error", { message: formatted.message, path: formatted.path, error: describe(error) });
    return {
      message: INTERNAL_ERROR_MESSAGE,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

function describe(error: unknown): string {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  return original instanceof Error ? (original.stack ?? original.message) : String(original);
}
