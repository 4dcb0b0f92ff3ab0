import { Ctx, Field, ObjectType, Query, Resolver } from "type-graphql";
import type { BoardContext } from "../context.js";

@ObjectType({ description: "The caller as the hub sees it, from its verified token." })
export class Me {
  @Field({ description: "Participant code of the caller's identity provider (a country code or BOARD)." })
  country: string;

  @Field()
  subject: string;

  @Field(() => [String])
  roles: string[];

  @Field(() => [String])
  scopes: string[];
}

@Resolver()
export class MeResolver {
  @Query(() => Me)
  me(@Ctx() { caller }: BoardContext): Me {
    return Object.assign(new Me(), caller);
  }
}
