/** One error of a GraphQL answer, as the hub formats it (a stable `extensions.code`, a readable message). */
export interface HubError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; country?: string; reason?: string; errorId?: string; [key: string]: unknown };
}

/** What the console tells a person each code means, beside the hub's own message. */
const CODE_MEANING: Record<string, string> = {
  UNAUTHENTICATED: "The hub did not accept your sign-in (expired, revoked or from an identity provider it does not trust).",
  FORBIDDEN: "Your role or country may not do this.",
  BAD_USER_INPUT: "Something in the request needs correcting.",
  NATION_UNAVAILABLE: "A country's deployment did not answer; its part is missing.",
  UNKNOWN_COUNTRY: "That country is not a participant of this hub.",
  RATE_LIMITED: "Too many requests: wait a moment and try again.",
  NOT_FOUND: "It does not exist, or you may not see it.",
  CONFLICT: "It changed or was used for something else in the meantime.",
  INTERNAL_SERVER_ERROR: "The hub failed to answer; operators can trace it by its error id.",
  NETWORK_ERROR: "The hub could not be reached.",
};

export function codeOf(error: HubError): string {
  return error.extensions?.code ?? "INTERNAL_SERVER_ERROR";
}

export function meaningOf(code: string): string | undefined {
  return CODE_MEANING[code];
}

/** A request that produced no GraphQL answer at all (refused token, rate limit, network, masked failure). */
export class HubRequestError extends Error {
  constructor(
    readonly errors: HubError[],
    readonly status: number,
  ) {
    super(errors.map((e) => e.message).join("; "));
  }

  get code(): string {
    return codeOf(this.errors[0] ?? { message: "" });
  }
}

/** The countries an answer is missing, with the hub's reason for each. */
export function unavailableCountries(errors: readonly HubError[] | undefined): { country: string; reason: string; message: string }[] {
  const seen = new Map<string, { country: string; reason: string; message: string }>();
  for (const error of errors ?? []) {
    const country = error.extensions?.country;
    if (codeOf(error) === "NATION_UNAVAILABLE" && country && !seen.has(country)) {
      seen.set(country, { country, reason: error.extensions?.reason ?? "unavailable", message: error.message });
    }
  }
  return [...seen.values()];
}
