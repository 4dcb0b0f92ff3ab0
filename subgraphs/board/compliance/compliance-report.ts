import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { MilestoneCode } from "../../../shared/compliance/milestone-code-type.js";
import { ReportStatus } from "./enums.js";

/**
 * One version of a country's compliance report for one milestone. Rows are never changed: a
 * resubmission is a new row with the next `version`, and the status lives in the append-only history.
 */
@Entity({ name: "compliance_report" })
@ObjectType({ description: "A country's self-assessment against the Tokyo Safety Baseline for one milestone, in one version." })
export class ComplianceReport {
  @PrimaryColumn({ type: "uuid" })
  @Field(() => ID)
  id: string;

  @Column({ type: "varchar", length: 8 })
  @Field({ description: "The submitting country (the regulator's own)." })
  country: string;

  @Column({ type: "text" })
  @Field(() => MilestoneCode)
  milestone: MilestoneCode;

  @Column({ type: "integer" })
  @Field(() => Int, { description: "1 for the first submission for this country and milestone; each resubmission adds one." })
  version: number;

  @Column({ name: "baseline_version", type: "text" })
  @Field({ description: "The baseline catalogue version the report was assessed against." })
  baselineVersion: string;

  @Column({ name: "submitted_at", type: "timestamptz", precision: 3 })
  @Field(() => Date)
  submittedAt: Date;

  @Column({ name: "submitted_by", type: "text" })
  submittedBy: string;

  /** Not a column: the status of the latest history entry, read with the report (report-store.ts). */
  @Field(() => ReportStatus)
  status: ReportStatus;
}
