import { codeOf, type HubError, HubRequestError } from "../graphql/hub-error";
import { fieldError } from "../graphql/use-hub";
import type { GrantField } from "./grant-draft";

export const GRANT_FIELDS: readonly GrantField[] = [
  "grantee",
  "recordKinds",
  "maxClassification",
  "severities",
  "purpose",
  "validFrom",
  "validUntil",
  "systemIds",
];

/**
 * The hub's error for one field of the grant input: its own validation names the field ("validUntil"),
 * GraphQL's coercion of the $input variable names its path ("input.validUntil").
 */
export function grantFieldError(error: unknown, field: GrantField): string | undefined {
  return fieldError(error, field) ?? fieldError(error, `input.${field}`);
}

function isAboutAField(error: HubError): boolean {
  const field = error.extensions?.field;
  return codeOf(error) === "BAD_USER_INPUT" && GRANT_FIELDS.some((f) => field === f || field === `input.${f}`);
}

/** What of an error is about none of the form's fields (shown as a whole), or undefined when all of it shows beside fields. */
export function errorBesideNoField(error: unknown): unknown {
  if (!error) return undefined;
  if (!(error instanceof HubRequestError)) return error;
  const rest = error.errors.filter((e) => !isAboutAField(e));
  return rest.length ? new HubRequestError(rest, error.status) : undefined;
}
