import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * The board's Country, extended here with this country's own records. Every cross-border read enters
 * through it: the gateway sends the `Country` entity of code X to X's own deployment.
 */
@ObjectType()
@Directive('@key(fields: "code")')
export class Country {
  @Field(() => ID)
  code: string;
}
