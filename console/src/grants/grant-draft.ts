import type { Classification, GrantInput, RecordKind, Severity } from "../gql/graphql";

/** The issue form as a person fills it: text and choices, before they are terms the hub understands. */
export interface GrantDraft {
  grantee: string;
  recordKinds: RecordKind[];
  maxClassification: Classification;
  /** Empty: any severity. */
  severities: Severity[];
  purpose: string;
  /** yyyy-mm-dd (a day, from 00:00 UTC), or empty for "now". */
  validFrom: string;
  /** yyyy-mm-dd: the grant ends at 00:00 UTC that day. */
  validUntil: string;
  /** System ids separated by spaces, commas or lines; empty: any system. */
  systemIds: string;
}

/** The input fields the hub names in BAD_USER_INPUT's `extensions.field`. */
export type GrantField = "grantee" | "recordKinds" | "maxClassification" | "severities" | "purpose" | "validFrom" | "validUntil" | "systemIds";

export const RECORD_KINDS: readonly RecordKind[] = ["INCIDENT", "AUDIT", "SYSTEM"];
/** What a grant may open up to (the hub refuses anything else: NATIONAL_SECURITY never leaves). */
export const GRANTABLE_CEILINGS: readonly Classification[] = ["SHARED", "RESTRICTED"];
export const SEVERITIES: readonly Severity[] = ["HAZARD", "SERIOUS_HAZARD", "INCIDENT", "SERIOUS_INCIDENT", "DISASTER"];

/** Classifications a grant with this ceiling opens, as the hub counts them (grant-terms.ts). */
export function classificationsUpTo(ceiling: Classification): Classification[] {
  if (ceiling === "RESTRICTED") return ["SHARED", "RESTRICTED"];
  if (ceiling === "SHARED") return ["SHARED"];
  return [];
}

const DAY_MS = 86_400_000;
const DEFAULT_VALIDITY_DAYS = 90;

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A fresh form: nothing chosen but a validity of 90 days, which the negotiator is expected to adjust. */
export function emptyDraft(now: Date): GrantDraft {
  return {
    grantee: "",
    recordKinds: [],
    maxClassification: "SHARED",
    severities: [],
    purpose: "",
    validFrom: "",
    validUntil: isoDay(new Date(now.getTime() + DEFAULT_VALIDITY_DAYS * DAY_MS)),
    systemIds: "",
  };
}

/** "2027-03-31" → "2027-03-31T00:00:00.000Z"; undefined for anything that is not a calendar day. */
export function dayToInstant(day: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const instant = new Date(`${day}T00:00:00Z`);
  // Date rolls 2027-02-31 over into March; a day that does not exist is refused instead.
  return Number.isNaN(instant.getTime()) || isoDay(instant) !== day ? undefined : instant.toISOString();
}

export function splitSystemIds(text: string): string[] {
  return text.split(/[\s,;]+/).filter(Boolean);
}

export type DraftResult = { input: GrantInput; errors?: undefined } | { input?: undefined; errors: Partial<Record<GrantField, string>> };

/**
 * The draft as the hub's GrantInput. Only what GraphQL itself cannot carry is checked here (a missing
 * or impossible date); every other term goes to the hub as typed, so its own validation, field by field,
 * is what the person reads.
 */
export function draftToGrantInput(draft: GrantDraft): DraftResult {
  const errors: Partial<Record<GrantField, string>> = {};
  const validUntil = dayToInstant(draft.validUntil);
  if (!validUntil) errors.validUntil = draft.validUntil ? "Valid until must be a calendar day." : "Choose the day the grant ends.";
  const validFrom = draft.validFrom ? dayToInstant(draft.validFrom) : undefined;
  if (draft.validFrom && !validFrom) errors.validFrom = "Valid from must be a calendar day, or empty for now.";
  if (Object.keys(errors).length > 0 || !validUntil) return { errors };
  const systemIds = splitSystemIds(draft.systemIds);
  return {
    input: {
      grantee: draft.grantee,
      recordKinds: [...draft.recordKinds],
      maxClassification: draft.maxClassification,
      purpose: draft.purpose,
      validUntil,
      ...(validFrom ? { validFrom } : {}),
      // Empty means "any": the hub takes a missing list as no narrowing and refuses an empty one.
      ...(draft.severities.length ? { severities: [...draft.severities] } : {}),
      ...(systemIds.length ? { systemIds } : {}),
    },
  };
}

/** The preview needs a grantee and a kind before it can count anything. */
export function previewReady(draft: GrantDraft): boolean {
  return draft.grantee !== "" && draft.recordKinds.length > 0;
}

const PREVIEW_PURPOSE = "Preview of the terms being drafted";

/**
 * The terms to preview. What the preview counts depends only on the grantee, kinds, ceiling, severities
 * and systems (the hub counts as if the grant were in force now), but the hub checks the whole input:
 * a purpose or end day not written yet is filled in here so the count can show from the first choices,
 * while whatever the person did write is sent as written and its errors show beside it.
 */
export function previewInput(draft: GrantDraft, now: Date): GrantInput | undefined {
  if (!previewReady(draft)) return undefined;
  const filled: GrantDraft = {
    ...draft,
    purpose: draft.purpose.trim() ? draft.purpose : PREVIEW_PURPOSE,
    validFrom: draft.validFrom && dayToInstant(draft.validFrom) ? draft.validFrom : "",
    validUntil: dayToInstant(draft.validUntil) ? draft.validUntil : isoDay(new Date(now.getTime() + 2 * DAY_MS)),
  };
  return draftToGrantInput(filled).input;
}
