import { Directive, Field, ID, ObjectType } from "type-graphql";
import { RecordReference } from "./record-reference.js";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { Classification, HarmType, Severity } from "./enums.js";

/** An AI incident or hazard recorded by the national authority that owns this deployment. */
@Entity({ name: "incident" })
@ObjectType({ description: "An AI incident or hazard in a country's register." })
@Directive('@key(fields: "country id")')
export class Incident {
  @PrimaryColumn({ type: "uuid" })
  @Field(() => ID)
  id: string;

  @Column({ type: "varchar", length: 8 })
  @Field({ description: "Code of the country that owns this record." })
  country: string;

  @Column({ type: "text" })
  @Field()
  title: string;

  @Column({ type: "text" })
  @Field({ description: "What happened, in the reporting authority's words." })
  summary: string;

  @Column({ type: "enum", enum: Severity, enumName: "severity" })
  @Field(() => Severity)
  severity: Severity;

  @Column({ type: "enum", enum: Classification, enumName: "classification" })
  @Field(() => Classification)
  classification: Classification;

  @Column({ name: "occurred_at", type: "timestamptz", precision: 3 })
  @Field(() => Date)
  occurredAt: Date;

  @Column({ name: "detected_at", type: "timestamptz", precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: "When the harm or hazard was detected, if known." })
  detectedAt: Date | null;

  @Column({ name: "high_risk", type: "boolean", default: false })
  @Field({ description: "Whether the AI system involved is deployed as high-risk: the 72-hour notification rule applies." })
  highRisk: boolean;

  @Column({ name: "notified_at", type: "timestamptz", precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: "When the national authority was notified; null: not yet." })
  notifiedAt: Date | null;

  @Column({ name: "harm_types", type: "enum", enum: HarmType, enumName: "harm_type", array: true })
  @Field(() => [HarmType])
  harmTypes: HarmType[];

  @Column({ name: "affected_stakeholders", type: "text", array: true })
  @Field(() => [String], { description: "Who was affected (consumers, workers, patients, children ...)." })
  affectedStakeholders: string[];

  @Column({ name: "countries_affected", type: "varchar", length: 8, array: true })
  @Field(() => [String], { description: "Participant codes of the countries where harm occurred or could occur." })
  countriesAffected: string[];

  @Column({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "Who reported the incident to the authority (deployer, developer, user, journalist ...)." })
  reporter: string | null;

  @Column({ name: "related_incidents", type: "jsonb" })
  @Field(() => [RecordReference], {
    description: "Other countries' records of the same event; `incident` is fetched from the owner, who decides whether you may see it.",
  })
  relatedIncidents: RecordReference[];

  @Column({ name: "system_id", type: "uuid", nullable: true })
  systemId: string | null;

  @Column({ name: "reported_at", type: "timestamptz", precision: 3 })
  @Field(() => Date, { description: "When the record was filed with the national authority." })
  reportedAt: Date;

  @Column({ name: "updated_at", type: "timestamptz", precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: "When the record was last revised, if ever." })
  updatedAt: Date | null;

  @Column({ name: "final_report_at", type: "timestamptz", precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: "When the final report closed the record; null while updates are expected." })
  finalReportAt: Date | null;

  @Column({ name: "reported_by", type: "text" })
  reportedBy: string;

  @Column({ type: "boolean", default: false })
  @Field({ description: "True for records seeded by the demo hub: not real events." })
  demo: boolean;
}
