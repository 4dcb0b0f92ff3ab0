/**
 * A sentence about the answer in the result pane, for the status line above it (read by screen
 * readers, and a stable hook for tests): whether data came back, and each error's code. A partial
 * answer (data and errors, e.g. a country that did not answer) is said to be partial.
 */
export type ResponseState = "empty" | "data" | "partial" | "errors" | "unreadable";

export interface ResponseSummary {
  state: ResponseState;
  text: string;
}

interface GraphQLErrorLike {
  message?: unknown;
  extensions?: { code?: unknown; country?: unknown };
}

export function describeResponse(response: string): ResponseSummary {
  if (!response.trim()) return { state: "empty", text: "No answer yet: run an operation." };
  let body: unknown;
  try {
    body = JSON.parse(response);
  } catch {
    // GraphiQL shows fetch failures (network, non-JSON answers) as plain text in the result pane.
    return { state: "unreadable", text: "The request failed; the result pane says why." };
  }
  if (!body || typeof body !== "object") return { state: "unreadable", text: "The hub's answer is not a GraphQL response." };
  const { data, errors } = body as { data?: unknown; errors?: unknown };
  const list = Array.isArray(errors) ? (errors as GraphQLErrorLike[]) : [];
  const hasData = data !== undefined && data !== null;
  if (!list.length) return hasData ? { state: "data", text: "The hub answered with data and no error." } : { state: "empty", text: "The hub answered with no data and no error." };
  const codes = errorCodes(list);
  const errorsText = `${list.length} error${list.length === 1 ? "" : "s"}${codes ? ` (${codes})` : ""}`;
  return hasData
    ? { state: "partial", text: `Partial answer: data, and ${errorsText}.` }
    : { state: "errors", text: `No data: ${errorsText}.` };
}

/** Distinct codes, each with the countries it came from when the error names one. */
function errorCodes(errors: GraphQLErrorLike[]): string {
  const byCode = new Map<string, Set<string>>();
  for (const error of errors) {
    const code = typeof error.extensions?.code === "string" ? error.extensions.code : "no code";
    const countries = byCode.get(code) ?? new Set<string>();
    if (typeof error.extensions?.country === "string") countries.add(error.extensions.country);
    byCode.set(code, countries);
  }
  return [...byCode].map(([code, countries]) => (countries.size ? `${code}: ${[...countries].join(", ")}` : code)).join("; ");
}
