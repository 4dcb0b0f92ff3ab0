import { badUserInput } from "../../../shared/errors/hub-errors.js";
import { GRANTABLE_CEILINGS, type RecordKind } from "../../../shared/policy/grant-terms.js";
import type { Classification, Severity } from "../incidents/enums.js";
import { UUID } from "../pagination/cursor.js";
import { assertList } from "../pagination/input-limits.js";
import type { GrantInput } from "./grant-input.js";

export const PURPOSE_MAX = 2000;

export interface ValidGrant {
  grantee: string;
  recordKinds: RecordKind[];
  maxClassification: Classification;
  purpose: string;
  validFrom: Date;
  validUntil: Date;
  severities: Severity[] | null;
  systemIds: string[] | null;
}

/** Checks a grant's terms; every refusal names the field and says what would be accepted. */
export function validateGrant(input: GrantInput, grantor: string, participants: ReadonlySet<string>, now: Date): ValidGrant {
  const grantee = input.grantee.trim().toUpperCase();
  if (grantee === grantor) throw badUserInput("A country cannot grant access to itself.", "grantee");
  if (!participants.has(grantee)) throw badUserInput(`\`grantee\` must be a participating country; ${grantee || "(empty)"} is not.`, "grantee");
  const recordKinds = [...new Set(input.recordKinds)] as RecordKind[];
  if (recordKinds.length === 0) throw badUserInput("`recordKinds` must name at least one kind of record.", "recordKinds");
  if (!GRANTABLE_CEILINGS.includes(input.maxClassification)) {
    throw badUserInput("`maxClassification` must be SHARED or RESTRICTED: no grant opens NATIONAL_SECURITY records.", "maxClassification");
  }
  const purpose = input.purpose.trim();
  if (!purpose) throw badUserInput("`purpose` must say what the access is for.", "purpose");
  if (purpose.length > PURPOSE_MAX) throw badUserInput(`\`purpose\` must be at most ${PURPOSE_MAX} characters.`, "purpose");
  const validFrom = input.validFrom ?? now;
  if (input.validUntil <= validFrom) throw badUserInput("`validUntil` must be after `validFrom`.", "validUntil");
  if (input.validUntil <= now) throw badUserInput("`validUntil` is already past.", "validUntil");
  const severities = input.severities ? [...new Set(input.severities)] : null;
  if (severities && severities.length === 0) throw badUserInput("`severities`, when given, must name at least one.", "severities");
  assertList(input.severities, "severities");
  assertList(input.systemIds, "systemIds");
  const systemIds = input.systemIds ? [...new Set(input.systemIds.map((id) => id.toLowerCase()))] : null;
  if (systemIds && (systemIds.length === 0 || !systemIds.every((id) => UUID.test(id)))) {
    throw badUserInput("`systemIds`, when given, must be one or more system ids.", "systemIds");
  }
  return { grantee, recordKinds, maxClassification: input.maxClassification, purpose, validFrom, validUntil: input.validUntil, severities, systemIds };
}
