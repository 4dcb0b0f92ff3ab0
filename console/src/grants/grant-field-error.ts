import { codeOf, type HubError, HubRequestError } from "../graphql/hub-error";
import { fieldError, fieldLocator } from "../graphql/field-errors";
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

/** The hub's error for one field of the grant input. */
export function grantFieldError(error: unknown, field: GrantField): string | undefined {
  return fieldError(error, field);
}

const locateGrantField = fieldLocator(GRANT_FIELDS);

function isAboutAField(error: HubError): boolean {
  return codeOf(error) === "BAD_USER_INPUT" && locateGrantField(error.extensions?.field) !== undefined;
}

/** What of an error is about none of the form's fields (shown as a whole), or undefined when all of it shows beside fields. */
export function errorBesideNoField(error: unknown): unknown {
  if (!error) return undefined;
  if (!(error instanceof HubRequestError)) return error;
  const rest = error.errors.filter((e) => !isAboutAField(e));
  return rest.length ? new HubRequestError(rest, error.status) : undefined;
}
