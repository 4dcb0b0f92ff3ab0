import type { GraphQLFormattedError } from "graphql";
import { ErrorCode } from "../../shared/errors/hub-errors.js";

export type UnavailableReason = "timeout" | "unreachable" | "bad_response" | "circuit_open" | "schema_mismatch";

/** A country's deployment could not give an answer; the reason is for the caller and the operator. */
export class NationUnavailable extends Error {
  constructor(
    readonly reason: UnavailableReason,
    detail: string,
  ) {
    super(detail);
  }
}

const REASON_TEXT: Record<UnavailableReason, string> = {
  timeout: "did not answer in time",
  unreachable: "could not be reached",
  bad_response: "gave an answer the hub could not read",
  circuit_open: "failed repeatedly and is not being called for a while",
  schema_mismatch: "serves another version of the national schema and is excluded until it matches",
};

export function nationUnavailableError(country: string, reason: UnavailableReason): GraphQLFormattedError {
  return {
    message: `${country}'s national deployment ${REASON_TEXT[reason]}; its part of the answer is missing.`,
    extensions: { code: ErrorCode.NATION_UNAVAILABLE, country, reason },
  };
}

export function unknownCountryError(country: string | undefined): GraphQLFormattedError {
  return {
    message: country
      ? `${country} is not a participant of this hub: no national deployment is configured for it.`
      : "A record without a country cannot be routed to a national deployment.",
    extensions: { code: ErrorCode.UNKNOWN_COUNTRY, ...(country ? { country } : {}) },
  };
}
