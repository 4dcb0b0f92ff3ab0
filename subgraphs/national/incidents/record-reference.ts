import { Field, ID, InputType, ObjectType } from "type-graphql";

/**
 * A link to another country's record, as a plain value: a national deployment never answers for another
 * country's records, so the reader resolves it through the hub, under the owner's rules.
 */
@ObjectType("RecordReference")
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
