/** Request errors: the document does not parse, does not validate, or its variables do not coerce. */
const REQUEST_ERROR_CODES = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT"]);

/**
 * GraphQL over HTTP: under `application/json` (the legacy media type) a well-formed request whose
 * document fails to parse, validate or coerce its variables SHOULD answer 200 with the errors; Apollo
 * answers 400. Under `application/graphql-response+json` the 4xx is right and is kept, and so is every
 * 400 that is not a request error (a missing query, a refused CSRF check, a batch).
 */
export function statusFor(status: number, contentType: string, body: string): number {
  if (status !== 400 || !contentType.startsWith("application/json")) return status;
  let result: { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };
  try {
    result = JSON.parse(body);
  } catch {
    return status;
  }
  const isRequestError =
    !("data" in result) &&
    Array.isArray(result.errors) &&
    result.errors.length > 0 &&
    result.errors.every((error) => REQUEST_ERROR_CODES.has(String(error.extensions?.code)));
  return isRequestError ? 200 : status;
}
