import { Field, Float, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { indicatorShare } from "../../../shared/compliance/indicator-share.js";

/**
 * A country's own indicators for a milestone as it attested them with one version of its report:
 * counted by the country over all its records (the national `Indicators` with basis OWNER), fetched at
 * submission with the submitting regulator's token. Beside a reader's own `indicators` (often basis
 * SHARED_VIEW), the difference between the two is what the reader may not see.
 */
@Entity({ name: "compliance_attested_indicators" })
@ObjectType({
  description:
    "The figures a country attested with a report version: its own indicators for the milestone over all its records " +
    "(basis OWNER), recorded by the board at submission. Compare with `Country.indicators`, counted for the reader.",
})
export class AttestedIndicators {
  @PrimaryColumn({ name: "report_id", type: "uuid" })
  reportId: string;

  @Column({ name: "attested_at", type: "timestamptz", precision: 3 })
  @Field(() => Date, { description: "When the country answered the board for this report version." })
  attestedAt: Date;

  @Column({ name: "as_of", type: "timestamptz", precision: 3 })
  @Field(() => Date, { description: "Records up to this instant counted: the milestone's due date, or the submission if earlier." })
  asOf: Date;

  @Column({ name: "high_risk_deployments", type: "integer" })
  @Field(() => Int)
  highRiskDeployments: number;

  @Column({ name: "red_teamed_before_deployment", type: "integer" })
  @Field(() => Int)
  redTeamedBeforeDeployment: number;

  @Column({ name: "incidents_requiring_notification", type: "integer" })
  @Field(() => Int)
  incidentsRequiringNotification: number;

  @Column({ name: "notified_within_72h", type: "integer" })
  @Field(() => Int)
  notifiedWithin72h: number;

  @Column({ type: "integer" })
  @Field(() => Int)
  systems: number;

  @Column({ name: "systems_with_provenance", type: "integer" })
  @Field(() => Int)
  systemsWithProvenance: number;

  @Field(() => Float, { nullable: true, description: "redTeamedBeforeDeployment / highRiskDeployments; null when there are none." })
  get redTeamedShare(): number | null {
    return indicatorShare(this.redTeamedBeforeDeployment, this.highRiskDeployments);
  }

  @Field(() => Float, { nullable: true, description: "notifiedWithin72h / incidentsRequiringNotification; null when there are none." })
  get notifiedWithin72hShare(): number | null {
    return indicatorShare(this.notifiedWithin72h, this.incidentsRequiringNotification);
  }
}
