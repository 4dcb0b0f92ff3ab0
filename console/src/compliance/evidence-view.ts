import type { ComplianceReportQuery } from "../gql/graphql";
import { incidentParam } from "../incidents/incident-filters";
import { formatDate, formatDateTime, humanize } from "../ui/format";

type Report = NonNullable<ComplianceReportQuery["complianceReport"]>;
export type Evidence = Report["assessments"][number]["evidence"][number];

/**
 * What the reader may know of one cited record, in words. The record comes from its owner under the
 * reader's rules; when the owner withholds it, the reader is told only what the board itself knows (the
 * owner vouched for it, and when), never a made-up title.
 */
export type EvidenceView =
  | {
      kind: "record";
      /** "Incident", "Red-team exercise", "AI system". */
      what: string;
      /** The record's own title or name, as its owner gives it. */
      title: string;
      /** Further facts, each short: severity, classification, status, dates. */
      facts: string[];
      /** The console's page for the record, when it has one (incidents only). */
      href: string | undefined;
    }
  | {
      kind: "withheld";
      what: string;
      /** "Vouched for by JP at …, not visible to you." */
      text: string;
    };

const KINDS: Record<Evidence["kind"], string> = { INCIDENT: "Incident", AUDIT: "Audit", SYSTEM: "AI system" };
const AUDIT_KINDS: Record<string, string> = {
  RED_TEAM: "Red-team exercise",
  PROVENANCE_CHECK: "Provenance check",
  CROSS_BORDER_PILOT: "Cross-border pilot audit",
  VERIFICATION_LAB: "Verification lab test",
};

/**
 * `unanswered` names the countries that did not answer this request: their records are missing for
 * that reason, not because the reader may not see them, and the line says so.
 */
export function evidenceView(evidence: Evidence, unanswered: ReadonlySet<string> = new Set()): EvidenceView {
  const record = evidence.record;
  if (!record) return { kind: "withheld", what: KINDS[evidence.kind], text: withheldText(evidence, unanswered.has(evidence.country)) };
  switch (record.__typename) {
    case "Incident":
      return {
        kind: "record",
        what: "Incident",
        title: record.title,
        facts: [humanize(record.severity), humanize(record.classification), `occurred ${formatDate(record.occurredAt)}`, `72-hour notification: ${humanize(record.notificationStatus).toLowerCase()}`],
        href: incidentHref(evidence.country, evidence.id),
      };
    case "Audit":
      return {
        kind: "record",
        what: AUDIT_KINDS[record.auditKind] ?? humanize(record.auditKind),
        title: record.scope,
        facts: [humanize(record.status), humanize(record.classification), ...(record.completedAt ? [`completed ${formatDate(record.completedAt)}`] : [])],
        href: undefined,
      };
    case "System":
      return {
        kind: "record",
        what: "AI system",
        title: record.name,
        facts: [humanize(record.riskTier), humanize(record.classification)],
        href: undefined,
      };
  }
}

function withheldText(evidence: Evidence, unanswered: boolean): string {
  const vouched = evidence.vouchedAt
    ? `Vouched for by ${evidence.country} at ${formatDateTime(evidence.vouchedAt)}`
    : `Not vouched for: filed before the board asked ${evidence.country} to confirm its citations`;
  if (unanswered) return `${vouched}; ${evidence.country} did not answer just now, so the record could not be shown.`;
  return `${vouched}, not visible to you.`;
}

/** The incidents view with this one incident open in its drawer (and its country searched). */
export function incidentHref(country: string, id: string): string {
  const params = new URLSearchParams({ country, incident: incidentParam({ country, id }) });
  return `/incidents?${params}`;
}
