import { registerEnumType } from "type-graphql";

/** A country's self-assessment of one baseline item. */
export enum ComplianceRating {
  COMPLIANT = "COMPLIANT",
  LARGELY_COMPLIANT = "LARGELY_COMPLIANT",
  PARTIALLY_COMPLIANT = "PARTIALLY_COMPLIANT",
  NON_COMPLIANT = "NON_COMPLIANT",
  NOT_APPLICABLE = "NOT_APPLICABLE",
}
registerEnumType(ComplianceRating, { name: "ComplianceRating", description: "A country's self-assessment of one baseline item." });

/** Where a report stands in the board's review (see review-workflow.ts for the allowed moves). */
export enum ReportStatus {
  SUBMITTED = "SUBMITTED",
  UNDER_REVIEW = "UNDER_REVIEW",
  ACCEPTED = "ACCEPTED",
  CHANGES_REQUESTED = "CHANGES_REQUESTED",
  ESCALATION_RECOMMENDED = "ESCALATION_RECOMMENDED",
}
registerEnumType(ReportStatus, {
  name: "ComplianceReportStatus",
  description:
    "SUBMITTED -> UNDER_REVIEW -> ACCEPTED | CHANGES_REQUESTED | ESCALATION_RECOMMENDED. The board assesses and " +
    "recommends escalation; it issues no fines.",
});

/** What a reviewer may move a report to: every status but SUBMITTED, which only a submission sets. */
export enum ReviewOutcome {
  UNDER_REVIEW = "UNDER_REVIEW",
  ACCEPTED = "ACCEPTED",
  CHANGES_REQUESTED = "CHANGES_REQUESTED",
  ESCALATION_RECOMMENDED = "ESCALATION_RECOMMENDED",
}
registerEnumType(ReviewOutcome, { name: "ReviewOutcome", description: "The status a review moves a compliance report to." });

/**
 * Kinds of national records a report may cite. Its own name rather than the national `RecordKind`: two
 * subgraphs sharing an enum used for input and output must keep it identical forever.
 */
export enum EvidenceKind {
  INCIDENT = "INCIDENT",
  AUDIT = "AUDIT",
  SYSTEM = "SYSTEM",
}
registerEnumType(EvidenceKind, { name: "EvidenceKind", description: "The kind of national record cited as evidence." });
