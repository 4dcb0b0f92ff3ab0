import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { Classification } from "../incidents/enums.js";

export enum WeightsAccess {
  OPEN = "OPEN",
  CLOSED = "CLOSED",
}
export enum RiskTier {
  HIGH_RISK = "HIGH_RISK",
  LIMITED_RISK = "LIMITED_RISK",
  MINIMAL_RISK = "MINIMAL_RISK",
}
export enum TrainingSourceKind {
  WEB_CRAWL = "WEB_CRAWL",
  LICENSED = "LICENSED",
  PUBLIC_DATASET = "PUBLIC_DATASET",
  SYNTHETIC = "SYNTHETIC",
  USER_DATA = "USER_DATA",
  PROPRIETARY = "PROPRIETARY",
}
registerEnumType(WeightsAccess, { name: "WeightsAccess", description: "Whether the model weights are published." });
registerEnumType(RiskTier, { name: "RiskTier" });
registerEnumType(TrainingSourceKind, { name: "TrainingSourceKind" });

/** A developer or deployer of AI systems under this country's jurisdiction. */
@Entity({ name: "organisation" })
@ObjectType()
export class Organisation {
  @PrimaryColumn({ type: "uuid" })
  @Field(() => ID)
  id: string;

  @Column({ type: "varchar", length: 8 })
  @Field()
  country: string;

  @Column({ type: "text" })
  @Field()
  name: string;

  @Column({ type: "boolean", default: false })
  @Field()
  demo: boolean;
}

/** An AI system registered with this country's authority. */
@Entity({ name: "ai_system" })
@ObjectType({ description: "An AI system registered with a country's authority." })
@Directive('@key(fields: "country id")')
export class System {
  @PrimaryColumn({ type: "uuid" })
  @Field(() => ID)
  id: string;

  @Column({ type: "varchar", length: 8 })
  @Field()
  country: string;

  @Column({ type: "text" })
  @Field()
  name: string;

  @Column({ type: "text" })
  @Field()
  description: string;

  @Column({ name: "developer_id", type: "uuid" })
  developerId: string;

  @Column({ type: "enum", enum: WeightsAccess, enumName: "weights_access" })
  @Field(() => WeightsAccess)
  weights: WeightsAccess;

  @Column({ name: "risk_tier", type: "enum", enum: RiskTier, enumName: "risk_tier" })
  @Field(() => RiskTier)
  riskTier: RiskTier;

  @Column({ type: "enum", enum: Classification, enumName: "classification" })
  @Field(() => Classification)
  classification: Classification;

  @Column({ type: "boolean", default: false })
  @Field({ description: "True for records seeded by the demo hub: not real systems." })
  demo: boolean;
}

/** Where and since when a system is in use, and whether that use is high-risk. */
@Entity({ name: "deployment" })
@ObjectType()
export class Deployment {
  @PrimaryColumn({ type: "uuid" })
  @Field(() => ID)
  id: string;

  @Column({ name: "system_id", type: "uuid" })
  systemId: string;

  @Column({ name: "deployer_id", type: "uuid" })
  deployerId: string;

  @Column({ type: "text" })
  @Field({ description: "Where the system is used (sector, service)." })
  setting: string;

  @Column({ name: "deployed_at", type: "timestamptz", precision: 3 })
  @Field(() => Date)
  deployedAt: Date;

  @Column({ name: "high_risk", type: "boolean" })
  @Field()
  highRisk: boolean;
}

@Entity({ name: "training_source" })
@ObjectType()
export class TrainingSource {
  @PrimaryColumn({ type: "uuid" })
  id: string;

  @Column({ name: "system_id", type: "uuid" })
  systemId: string;

  @Column({ type: "text" })
  @Field()
  name: string;

  @Column({ type: "enum", enum: TrainingSourceKind, enumName: "training_source_kind" })
  @Field(() => TrainingSourceKind)
  kind: TrainingSourceKind;

  @Column({ type: "text", default: "" })
  @Field()
  description: string;
}

/** One entry of a system's release history. */
@Entity({ name: "system_release" })
@ObjectType()
export class Release {
  @PrimaryColumn({ type: "uuid" })
  id: string;

  @Column({ name: "system_id", type: "uuid" })
  systemId: string;

  @Column({ type: "text" })
  @Field()
  version: string;

  @Column({ name: "released_at", type: "timestamptz", precision: 3 })
  @Field(() => Date)
  releasedAt: Date;

  @Column({ type: "text" })
  @Field()
  changes: string;

  @Column({ name: "architecture_change", type: "boolean", default: false })
  @Field({ description: "A major change of architecture (the baseline asks labels to record these)." })
  architectureChange: boolean;
}

/** The machine-readable provenance label of a system: what it was trained on and how it was released. */
@ObjectType()
export class ProvenanceLabel {
  @Field(() => [TrainingSource])
  trainingSources: TrainingSource[];

  @Field(() => [Release], { description: "Oldest first." })
  releases: Release[];
}
