import { Field, ObjectType } from "type-graphql";
import { badUserInput } from "../../../shared/errors/hub-errors.js";

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true, description: "Pass as `after` to get the next page." })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

export const MAX_PAGE_SIZE = 500;

/** `first` of every list: 0 (count only) to MAX_PAGE_SIZE. */
export function assertPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`\`first\` must be between 0 and ${MAX_PAGE_SIZE}.`, "first");
  }
}
