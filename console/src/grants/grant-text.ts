import type { Classification, RecordKind, Severity } from "../gql/graphql";
import { humanize } from "../ui/format";

export const KIND_LABEL: Record<RecordKind, string> = {
  INCIDENT: "Incidents",
  AUDIT: "Audits",
  SYSTEM: "AI systems",
};

export function classificationLabel(classification: Classification): string {
  return humanize(classification);
}

/** "United States (US)", or the code alone when the directory did not name it. */
export function countryLabel(code: string, names: ReadonlyMap<string, string>): string {
  const name = names.get(code);
  return name ? `${name} (${code})` : code;
}

export interface GrantTerms {
  recordKinds: readonly RecordKind[];
  maxClassification: Classification;
  severities: readonly Severity[] | null;
  systemIds: readonly string[] | null;
}

/** What a grant opens, in one line: "Incidents, Audits · up to Restricted · Serious incident, Disaster only · 2 AI systems only". */
export function termsSummary(terms: GrantTerms): string {
  const parts = [terms.recordKinds.map((k) => KIND_LABEL[k]).join(", "), `up to ${classificationLabel(terms.maxClassification)}`];
  parts.push(terms.severities ? `${terms.severities.map(humanize).join(", ")} only` : "any severity");
  parts.push(terms.systemIds ? `${terms.systemIds.length} AI system${terms.systemIds.length === 1 ? "" : "s"} only` : "any AI system");
  return parts.join(" · ");
}
