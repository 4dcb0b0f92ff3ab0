import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { ReportStatus } from "./enums.js";

/** One step of a report's review; the table refuses UPDATE, DELETE and TRUNCATE. */
@Entity({ name: "compliance_report_history" })
@ObjectType({ description: "A status a report entered: when, by whom, and why." })
export class ComplianceStatusChange {
  /** Insertion order; timestamps alone could tie. bigint arrives from pg as a string. */
  @PrimaryColumn({ type: "bigint" })
  seq: string;

  @Column({ name: "report_id", type: "uuid" })
  reportId: string;

  @Column({ type: "text" })
  @Field(() => ReportStatus)
  status: ReportStatus;

  @Column({ type: "timestamptz", precision: 3 })
  @Field(() => Date)
  at: Date;

  @Column({ name: "changed_by", type: "text" })
  @Field({ description: "Subject of the token that made the change (a regulator for SUBMITTED, an analyst after)." })
  by: string;

  @Column({ type: "text", nullable: true })
  @Field(() => String, { nullable: true })
  comment: string | null;
}
