import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** A participant of the Tokyo Safety Baseline, as listed in the review board's directory. */
@Entity({ name: "country" })
@ObjectType({ description: "A participant of the Tokyo Safety Baseline." })
@Directive('@key(fields: "code")')
export class Country {
  @PrimaryColumn({ type: "varchar", length: 8 })
  @Field(() => ID, { description: "Participant code (ISO 3166-1 alpha-2, or EU)." })
  code: string;

  @Column({ type: "text" })
  @Field()
  name: string;

  @Column({ name: "joined_at", type: "timestamptz" })
  @Field(() => Date, { description: "When the participant joined the agreement." })
  joinedAt: Date;
}
