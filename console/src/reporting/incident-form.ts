import type { Classification, HarmType, ReportIncidentInput, Severity, UpdateIncidentInput } from "../gql/graphql";

export const SEVERITIES: readonly Severity[] = ["HAZARD", "SERIOUS_HAZARD", "INCIDENT", "SERIOUS_INCIDENT", "DISASTER"];
export const CLASSIFICATIONS: readonly Classification[] = ["PUBLIC", "SHARED", "RESTRICTED", "NATIONAL_SECURITY"];
export const HARM_TYPES: readonly HarmType[] = ["PHYSICAL", "PSYCHOLOGICAL", "REPUTATIONAL", "ECONOMIC_PROPERTY", "ENVIRONMENTAL", "PUBLIC_INTEREST", "HUMAN_RIGHTS"];

export interface RelatedIncidentRow {
  country: string;
  id: string;
}

/**
 * An incident as a person edits it: text as typed, dates as `datetime-local` values (the person's own
 * time zone), lists as text. The hub decides what is valid; this only shapes the values into its input.
 */
export interface IncidentFormValues {
  title: string;
  summary: string;
  severity: Severity | "";
  classification: Classification | "";
  occurredAt: string;
  detectedAt: string;
  highRisk: boolean;
  notifiedAt: string;
  systemId: string;
  harmTypes: HarmType[];
  /** One name per line. */
  affectedStakeholders: string;
  /** Participant codes, separated by commas or spaces. */
  countriesAffected: string;
  reporter: string;
  relatedIncidents: RelatedIncidentRow[];
}

export type IncidentField = keyof IncidentFormValues;

/** Each field's human name: its label in the form, and the name the hub's messages are rewritten with. */
export const FIELD_LABELS: Record<IncidentField, string> = {
  title: "Title",
  summary: "Summary",
  severity: "Severity",
  classification: "Classification",
  occurredAt: "Occurred at",
  detectedAt: "Detected at",
  highRisk: "High-risk deployment",
  notifiedAt: "Notified at",
  systemId: "AI system",
  harmTypes: "Harm types",
  affectedStakeholders: "Affected stakeholders",
  countriesAffected: "Countries affected",
  reporter: "Reporter",
  relatedIncidents: "Related incidents",
};

export const INCIDENT_FIELDS = Object.keys(FIELD_LABELS) as IncidentField[];

export function emptyIncidentForm(): IncidentFormValues {
  return {
    title: "",
    summary: "",
    severity: "",
    classification: "",
    occurredAt: "",
    detectedAt: "",
    highRisk: false,
    notifiedAt: "",
    systemId: "",
    harmTypes: [],
    affectedStakeholders: "",
    countriesAffected: "",
    reporter: "",
    relatedIncidents: [],
  };
}

/** What the form itself refuses to send: a required field left empty. Everything else is the hub's to judge. */
export type ClientErrors = Partial<Record<IncidentField, string>>;

export type Shaped<TInput> = { input: TInput; errors?: undefined } | { input?: undefined; errors: ClientErrors };

/** `2026-11-20T10:00` in the browser's zone → an instant for the hub; "" → null. */
export function localToIso(value: string): string | null {
  if (!value.trim()) return null;
  const date = new Date(value);
  // An unreadable value is sent as typed: the hub's answer names the field and says why.
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

/** An instant from the hub → the `datetime-local` value showing it in the browser's zone (to the minute). */
export function isoToLocal(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function linesOf(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
}

export function codesOf(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((code) => code.trim().toUpperCase()).filter(Boolean))];
}

/** Rows a person left entirely empty are dropped; half-filled ones are sent for the hub to judge. */
export function relatedOf(rows: readonly RelatedIncidentRow[]): RelatedIncidentRow[] {
  return rows.map((row) => ({ country: row.country.trim().toUpperCase(), id: row.id.trim() })).filter((row) => row.country || row.id);
}

/** Harm types in the schema's order, whatever order they were ticked in. */
export function canonicalHarmTypes(types: readonly HarmType[]): HarmType[] {
  return HARM_TYPES.filter((type) => types.includes(type));
}

function requiredErrors(values: IncidentFormValues): ClientErrors {
  const errors: ClientErrors = {};
  if (!values.title.trim()) errors.title = "Enter a title.";
  if (!values.summary.trim()) errors.summary = "Enter a summary of what happened.";
  if (!values.severity) errors.severity = "Choose a severity.";
  if (!values.classification) errors.classification = "Choose a classification.";
  if (!values.occurredAt.trim()) errors.occurredAt = "Enter when the incident occurred.";
  return errors;
}

/** The form's values as `reportIncident`'s input; the same values always give the same input (retries). */
export function toReportInput(values: IncidentFormValues): Shaped<ReportIncidentInput> {
  const errors = requiredErrors(values);
  if (Object.keys(errors).length > 0) return { errors };
  const input: ReportIncidentInput = {
    title: values.title,
    summary: values.summary,
    severity: values.severity as Severity,
    classification: values.classification as Classification,
    occurredAt: localToIso(values.occurredAt)!,
    highRisk: values.highRisk,
  };
  const detectedAt = localToIso(values.detectedAt);
  if (detectedAt) input.detectedAt = detectedAt;
  const notifiedAt = localToIso(values.notifiedAt);
  if (notifiedAt) input.notifiedAt = notifiedAt;
  if (values.systemId) input.systemId = values.systemId;
  if (values.harmTypes.length) input.harmTypes = canonicalHarmTypes(values.harmTypes);
  const stakeholders = linesOf(values.affectedStakeholders);
  if (stakeholders.length) input.affectedStakeholders = stakeholders;
  const countries = codesOf(values.countriesAffected);
  if (countries.length) input.countriesAffected = countries;
  if (values.reporter.trim()) input.reporter = values.reporter.trim();
  const related = relatedOf(values.relatedIncidents);
  if (related.length) input.relatedIncidents = related;
  return { input };
}

/** What an incident from the hub looks like in the form. */
export interface IncidentRecord {
  title: string;
  summary: string;
  severity: Severity;
  classification: Classification;
  occurredAt: string;
  detectedAt: string | null;
  highRisk: boolean;
  notifiedAt: string | null;
  system: { id: string } | null;
  harmTypes: HarmType[];
  affectedStakeholders: string[];
  countriesAffected: string[];
  reporter: string | null;
  relatedIncidents: RelatedIncidentRow[];
}

export function formValuesOf(incident: IncidentRecord): IncidentFormValues {
  return {
    title: incident.title,
    summary: incident.summary,
    severity: incident.severity,
    classification: incident.classification,
    occurredAt: isoToLocal(incident.occurredAt),
    detectedAt: isoToLocal(incident.detectedAt),
    highRisk: incident.highRisk,
    notifiedAt: isoToLocal(incident.notifiedAt),
    systemId: incident.system?.id ?? "",
    harmTypes: canonicalHarmTypes(incident.harmTypes),
    affectedStakeholders: incident.affectedStakeholders.join("\n"),
    countriesAffected: incident.countriesAffected.join(", "),
    reporter: incident.reporter ?? "",
    relatedIncidents: incident.relatedIncidents.map(({ country, id }) => ({ country, id })),
  };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, i) => value === b[i]);
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value) => b.includes(value));

/**
 * `updateIncident`'s input: only the fields the person changed (the hub keeps the replaced values in the
 * record's history, so an untouched field must not look changed), the reason, and `final` when ticked.
 * Emptying an optional date, the system or the reporter clears it (null).
 */
export function toUpdateInput(original: IncidentFormValues, values: IncidentFormValues, reason: string, final: boolean): Shaped<UpdateIncidentInput> {
  const errors: ClientErrors = {};
  if (!values.occurredAt.trim()) errors.occurredAt = "Enter when the incident occurred.";
  if (Object.keys(errors).length > 0) return { errors };
  const input: UpdateIncidentInput = { reason };
  if (values.title !== original.title) input.title = values.title;
  if (values.summary !== original.summary) input.summary = values.summary;
  if (values.severity && values.severity !== original.severity) input.severity = values.severity;
  if (values.classification && values.classification !== original.classification) input.classification = values.classification;
  if (values.occurredAt !== original.occurredAt) input.occurredAt = localToIso(values.occurredAt);
  if (values.detectedAt !== original.detectedAt) input.detectedAt = localToIso(values.detectedAt);
  if (values.notifiedAt !== original.notifiedAt) input.notifiedAt = localToIso(values.notifiedAt);
  if (values.highRisk !== original.highRisk) input.highRisk = values.highRisk;
  if (values.systemId !== original.systemId) input.systemId = values.systemId || null;
  if (values.reporter.trim() !== original.reporter.trim()) input.reporter = values.reporter.trim() || null;
  if (!sameSet(values.harmTypes, original.harmTypes)) input.harmTypes = canonicalHarmTypes(values.harmTypes);
  const stakeholders = linesOf(values.affectedStakeholders);
  if (!sameList(stakeholders, linesOf(original.affectedStakeholders))) input.affectedStakeholders = stakeholders;
  const countries = codesOf(values.countriesAffected);
  if (!sameSet(countries, codesOf(original.countriesAffected))) input.countriesAffected = countries;
  const related = relatedOf(values.relatedIncidents);
  const key = (row: RelatedIncidentRow) => `${row.country}/${row.id.toLowerCase()}`;
  if (!sameList(related.map(key), relatedOf(original.relatedIncidents).map(key))) input.relatedIncidents = related;
  if (final) input.final = true;
  return { input };
}
