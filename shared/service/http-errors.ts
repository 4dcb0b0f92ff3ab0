import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import type { GraphQLError } from "graphql";
import { ErrorCode } from "../errors/hub-errors.js";
import { internalErrorMessage } from "../errors/mask-errors.js";
import type { Logger } from "../logging/logger.js";

/** Codes the HTTP front answers with before GraphQL runs (all of shared/errors' list, so the gateway passes them on). */
export const HttpErrorCode = {
  BAD_REQUEST: ErrorCode.BAD_REQUEST,
  PAYLOAD_TOO_LARGE: ErrorCode.PAYLOAD_TOO_LARGE,
  RATE_LIMITED: ErrorCode.RATE_LIMITED,
  INTERNAL_SERVER_ERROR: ErrorCode.INTERNAL_SERVER_ERROR,
} as const;

declare module "fastify" {
  interface FastifyRequest {
    /** The code a request was refused with by the error handler below (for its metrics), else null. */
    refusal: string | null;
  }
}

/** A refusal of the HTTP layer, answered as a GraphQL error body so clients read one error shape. */
export class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function graphQLErrorBody(code: string, message: string, extra: Record<string, string> = {}): { errors: { message: string; extensions: Record<string, string> }[] } {
  return { errors: [{ message, extensions: { code, ...extra } }] };
}

/**
 * Every error before or around GraphQL becomes `{ errors: [{ message, extensions: { code } }] }`.
 * A request refused before its body was read gets `Connection: close`: otherwise Node would read and
 * discard the rest of the body to keep the connection, which is the very work the refusal saves.
 */
export function errorHandler(logger: Logger, bodyLimitBytes: number) {
  return (error: FastifyError | GraphQLError | HttpRefusal, request: FastifyRequest, reply: FastifyReply) => {
    const { status, code, message, headers } = describe(error, bodyLimitBytes);
    request.refusal = code;
    if (request.body === undefined && hasBody(request)) reply.header("connection", "close");
    const send = (body: ReturnType<typeof graphQLErrorBody>) => reply.code(status).headers(headers).type("application/json; charset=utf-8").send(body);
    if (status < 500) return send(graphQLErrorBody(code, message));
    const errorId = request.id;
    logger.error("request failed", { errorId, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    if (code !== HttpErrorCode.INTERNAL_SERVER_ERROR) return send(graphQLErrorBody(code, message));
    // Masked like an internal error inside GraphQL (shared/errors/mask-errors.ts): an id to quote, found in the log.
    return send(graphQLErrorBody(code, internalErrorMessage(errorId), { errorId }));
  };
}

function describe(error: FastifyError | GraphQLError | HttpRefusal, bodyLimitBytes: number): { status: number; code: string; message: string; headers: Record<string, string> } {
  if (error instanceof HttpRefusal) return error;
  const graphQLCode = (error as GraphQLError).extensions?.code;
  if (typeof graphQLCode === "string") {
    const status = ((error as GraphQLError).extensions.http as { status?: number } | undefined)?.status ?? 400;
    return { status, code: graphQLCode, message: error.message, headers: {} };
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
    return { status: 413, code: HttpErrorCode.PAYLOAD_TOO_LARGE, message: `Request body too large (limit ${bodyLimitBytes} bytes).`, headers: {} };
  }
  if (fastifyError.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
    return { status: 415, code: HttpErrorCode.BAD_REQUEST, message: "Unsupported content type: send application/json.", headers: {} };
  }
  const status = fastifyError.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const message = error instanceof SyntaxError || fastifyError.code === "FST_ERR_CTP_INVALID_JSON_BODY" ? "Request body is not valid JSON." : fastifyError.message;
    return { status, code: HttpErrorCode.BAD_REQUEST, message, headers: {} };
  }
  return { status: 500, code: HttpErrorCode.INTERNAL_SERVER_ERROR, message: "Internal server error.", headers: {} };
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers["content-length"];
  return (length !== undefined && length !== "0") || request.headers["transfer-encoding"] !== undefined;
}
