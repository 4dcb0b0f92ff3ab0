import { Field, ID, InputType } from "type-graphql";
import { Classification, Severity } from "../incidents/enums.js";
import { RecordKindEnum } from "./grant.js";

@InputType()
export class GrantInput {
  @Field({ description: "Participant code of the country the grant opens records to." })
  grantee: string;

  @Field(() => [RecordKindEnum])
  recordKinds: RecordKindEnum[];

  @Field(() => Classification, { description: "SHARED or RESTRICTED." })
  maxClassification: Classification;

  @Field()
  purpose: string;

  @Field(() => Date, { nullable: true, description: "Default: now." })
  validFrom?: Date | null;

  @Field(() => Date)
  validUntil: Date;

  @Field(() => [Severity], { nullable: true })
  severities?: Severity[] | null;

  @Field(() => [ID], { nullable: true })
  systemIds?: string[] | null;
}
