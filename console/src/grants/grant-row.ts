import type { IssuedGrantsQuery } from "../gql/graphql";

/** A grant as both queries give it (issued: from the caller's deployment; received: from each grantor's). */
export type GrantRow = NonNullable<NonNullable<IssuedGrantsQuery["myCountry"]>["grants"]>[number];
