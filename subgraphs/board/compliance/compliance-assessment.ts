import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { ComplianceRating, EvidenceKind } from "./enums.js";

/** A national record cited for an assessment; always a record of the submitting country itself. */
@Entity({ name: "compliance_evidence" })
@ObjectType({
  description:
    "A national record cited as evidence: its kind, owning country and id, the record itself as its owner lets the reader " +
    "see it, and when the owner vouched for it.",
})
export class ComplianceEvidence {
  @PrimaryColumn({ name: "report_id", type: "uuid" })
  reportId: string;

  @PrimaryColumn({ name: "item_code", type: "text" })
  itemCode: string;

  @PrimaryColumn({ type: "smallint" })
  position: number;

  @Column({ type: "text" })
  @Field(() => EvidenceKind)
  kind: EvidenceKind;

  @Column({ type: "varchar", length: 8 })
  @Field({ description: "The country that owns the record (the report's own country)." })
  country: string;

  @Column({ name: "record_id", type: "uuid" })
  @Field(() => ID, { name: "id", description: "The record's id in its country's register." })
  recordId: string;

  @Column({ name: "vouched_at", type: "timestamptz", precision: 3, nullable: true })
  @Field(() => Date, {
    nullable: true,
    description:
      "When the owning country confirmed, at submission and under the submitter's token, that the record exists in its " +
      "register and may be cited (not NATIONAL_SECURITY). Null only for evidence filed before the board asked owners.",
  })
  vouchedAt: Date | null;
}

/** One baseline item as a report rates it. */
@Entity({ name: "compliance_assessment" })
@ObjectType({ description: "A report's self-rating of one baseline item, with its note and evidence." })
export class ComplianceAssessment {
  @PrimaryColumn({ name: "report_id", type: "uuid" })
  reportId: string;

  @PrimaryColumn({ name: "item_code", type: "text" })
  @Field(() => ID)
  itemCode: string;

  @Column({ type: "smallint" })
  position: number;

  @Column({ type: "text" })
  @Field(() => ComplianceRating)
  rating: ComplianceRating;

  @Column({ type: "text", nullable: true })
  @Field(() => String, { nullable: true })
  note: string | null;

  /** Not a column: filled from compliance_evidence by the report loaders. */
  @Field(() => [ComplianceEvidence])
  evidence: ComplianceEvidence[];
}
