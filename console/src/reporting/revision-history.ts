import { FIELD_LABELS } from "./incident-form";
import { formatDateTime, humanize } from "../ui/format";

const DATE_FIELDS = new Set(["occurredAt", "detectedAt", "notifiedAt", "finalReportAt"]);
const ENUM_FIELDS = new Set(["severity", "classification"]);
const EXTRA_LABELS: Record<string, string> = { finalReportAt: "Final report" };

export interface ReplacedValue {
  field: string;
  label: string;
  value: string;
}

/** A revision's `previous` (the replaced values, by field name) as a person reads them. */
export function replacedValues(previous: unknown): ReplacedValue[] {
  if (!previous || typeof previous !== "object") return [];
  return Object.entries(previous as Record<string, unknown>).map(([field, value]) => ({
    field,
    label: (FIELD_LABELS as Record<string, string>)[field] ?? EXTRA_LABELS[field] ?? field,
    value: describe(field, value),
  }));
}

function describe(field: string, value: unknown): string {
  if (value === null || value === undefined) return "(empty)";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "string" && DATE_FIELDS.has(field)) return formatDateTime(value);
  if (typeof value === "string" && ENUM_FIELDS.has(field)) return humanize(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return "(none)";
    return value.map((item) => (item && typeof item === "object" ? Object.values(item).join(" ") : field === "harmTypes" ? humanize(String(item)) : String(item))).join(", ");
  }
  return String(value);
}
