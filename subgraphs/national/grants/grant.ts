import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import type { GrantTerms, RecordKind } from "../../../shared/policy/grant-terms.js";
import { Classification, Severity } from "../incidents/enums.js";

export enum RecordKindEnum {
  INCIDENT = "INCIDENT",
  AUDIT = "AUDIT",
  SYSTEM = "SYSTEM",
}
registerEnumType(RecordKindEnum, { name: "RecordKind", description: "Kinds of national records a grant can open." });

/** A bilateral grant issued by this country: what it opens, to whom, for what, and until when. */
@Entity({ name: "access_grant" })
@ObjectType({ description: "A bilateral grant issued by a country to another participant." })
export class Grant implements GrantTerms {
  @PrimaryColumn({ type: "uuid" })
  @Field(() => ID)
  id: string;

  @Column({ type: "varchar", length: 8 })
  @Field({ description: "The country that owns the records and issued the grant." })
  grantor: string;

  @Column({ type: "varchar", length: 8 })
  @Field({ description: "The participant the grant opens records to." })
  grantee: string;

  @Column({ name: "record_kinds", type: "enum", enum: RecordKindEnum, enumName: "record_kind", array: true })
  @Field(() => [RecordKindEnum])
  recordKinds: RecordKind[];

  @Column({ name: "max_classification", type: "enum", enum: Classification, enumName: "classification" })
  @Field(() => Classification, { description: "The most closed classification opened: SHARED or RESTRICTED." })
  maxClassification: Classification;

  @Column({ type: "text" })
  @Field()
  purpose: string;

  @Column({ name: "valid_from", type: "timestamptz", precision: 3 })
  @Field(() => Date)
  validFrom: Date;

  @Column({ name: "valid_until", type: "timestamptz", precision: 3 })
  @Field(() => Date)
  validUntil: Date;

  @Column({ type: "enum", enum: Severity, enumName: "severity", array: true, nullable: true })
  @Field(() => [Severity], { nullable: true, description: "Only incidents of these severities (null: any)." })
  severities: Severity[] | null;

  @Column({ name: "system_ids", type: "uuid", array: true, nullable: true })
  @Field(() => [ID], { nullable: true, description: "Only records about these AI systems (null: any)." })
  systemIds: string[] | null;

  @Column({ name: "issued_by", type: "text" })
  issuedBy: string;

  @Column({ name: "issued_at", type: "timestamptz", precision: 3 })
  @Field(() => Date)
  issuedAt: Date;

  @Column({ name: "revoked_at", type: "timestamptz", precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Column({ name: "revoked_by", type: "text", nullable: true })
  revokedBy: string | null;
}
