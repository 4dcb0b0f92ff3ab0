import { Directive, Field, ID, InputType, ObjectType } from "type-graphql";

/**
 * A link to another country's incident. A national deployment never answers for another country's
 * records, so it hands out only the key; the board subgraph turns the key into an `Incident` reference,
 * which makes the gateway fetch the record from its owner, under the owner's rules.
 */
@ObjectType("IncidentReference")
@Directive('@key(fields: "country id", resolvable: false)')
export class RecordReference {
  @Field()
  country: string;

  @Field(() => ID)
  id: string;
}

@InputType("RecordReferenceInput")
export class RecordReferenceInput {
  @Field()
  country: string;

  @Field(() => ID)
  id: string;
}
