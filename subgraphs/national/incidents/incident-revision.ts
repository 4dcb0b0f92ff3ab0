import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** One change to an incident record: who, when, why, and the values it replaced. */
@Entity({ name: "incident_revision" })
@ObjectType({ description: "A change to an incident record, kept forever." })
export class IncidentRevision {
  @PrimaryColumn({ type: "uuid" })
  @Field(() => ID)
  id: string;

  @Column({ name: "incident_id", type: "uuid" })
  incidentId: string;

  @Column({ name: "revised_at", type: "timestamptz", precision: 3 })
  @Field(() => Date)
  revisedAt: Date;

  @Column({ name: "revised_by", type: "text" })
  @Field()
  revisedBy: string;

  @Column({ type: "text" })
  @Field()
  reason: string;

  @Column({ type: "jsonb" })
  @Field(() => GraphQLJSONObject, { description: "The replaced values, by field name." })
  previous: Record<string, unknown>;
}
