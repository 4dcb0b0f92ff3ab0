import { Field, ObjectType } from "type-graphql";

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true, description: "Pass as `after` to get the next page." })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

export const MAX_PAGE_SIZE = 500;
