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

  @Field(() => Date, { nullable: true, description: "When the caller's token expires: a console signs out then." })
  expiresAt?: Date;
}

@Resolver()
export class MeResolver {
  @Query(() => Me)
  me(@Ctx() { caller }: BoardContext): Me {
    const { expiresAt, ...rest } = caller;
    return Object.assign(new Me(), rest, { expiresAt: expiresAt === undefined ? undefined : new Date(expiresAt * 1000) });
  }
}
