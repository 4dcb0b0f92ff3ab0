import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { Classification } from "../incidents/enums.js";

export enum AuditKind {
  RED_TEAM = "RED_TEAM",
  PROVENANCE_CHECK = "PROVENANCE_CHECK",
  CROSS_BORDER_PILOT = "CROSS_BORDER_PILOT",
  VERIFICATION_LAB = "VERIFICATION_LAB",
}
export enum AuditStatus {
  PLANNED = "PLANNED",
  IN_PROGRESS = "IN_PROGRESS",
  COMPLETED = "COMPLETED",
}
export enum FindingSeverity {
  LOW = "LOW",
  MEDIUM = "MEDIUM",
  HIGH = "HIGH",
  CRITICAL = "CRITICAL",
}
registerEnumType(AuditKind, {
  name: "AuditKind",
  description: "RED_TEAM exercises, PROVENANCE_CHECKs, CROSS_BORDER_PILOT audits by another country's auditors, VERIFICATION_LAB tests.",
});
registerEnumType(AuditStatus, { name: "AuditStatus" });
registerEnumType(FindingSeverity, { name: "FindingSeverity" });

/** An audit of one AI system, recorded by the country that owns the system. */
@Entity({ name: "audit" })
@ObjectType({ description: "A red-team exercise or audit of an AI system." })
@Directive('@key(fields: "country id")')
export class Audit {
  @PrimaryColumn({ type: "uuid" })
  @Field(() => ID)
  id: string;

  @Column({ type: "varchar", length: 8 })
  @Field()
  country: string;

  @Column({ name: "system_id", type: "uuid" })
  systemId: string;

  @Column({ type: "enum", enum: AuditKind, enumName: "audit_kind" })
  @Field(() => AuditKind)
  kind: AuditKind;

  @Column({ type: "enum", enum: AuditStatus, enumName: "audit_status" })
  @Field(() => AuditStatus)
  status: AuditStatus;

  @Column({ type: "enum", enum: Classification, enumName: "classification" })
  @Field(() => Classification)
  classification: Classification;

  @Column({ type: "text" })
  @Field()
  scope: string;

  @Column({ type: "text" })
  @Field()
  methodology: string;

  @Column({ name: "auditor_country", type: "varchar", length: 8 })
  @Field({ description: "The country whose auditors carried it out (another country for the cross-border pilot)." })
  auditorCountry: string;

  @Column({ name: "started_at", type: "timestamptz", precision: 3 })
  @Field(() => Date)
  startedAt: Date;

  @Column({ name: "completed_at", type: "timestamptz", precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Column({ name: "published_summary", type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "The verification lab's published summary (model internals stay in the findings)." })
  publishedSummary: string | null;

  @Column({ type: "boolean", default: false })
  @Field()
  demo: boolean;
}

@Entity({ name: "audit_finding" })
@ObjectType()
export class Finding {
  @PrimaryColumn({ type: "uuid" })
  id: string;

  @Column({ name: "audit_id", type: "uuid" })
  auditId: string;

  @Column({ type: "enum", enum: FindingSeverity, enumName: "finding_severity" })
  @Field(() => FindingSeverity)
  severity: FindingSeverity;

  @Column({ type: "text" })
  @Field()
  title: string;

  @Column({ type: "text" })
  @Field()
  description: string;
}
