import { GraphQLScalarType } from "graphql";
import { DateTimeResolver } from "graphql-scalars";

/** No record of this hub can be dated before the field existed, nor centuries ahead. */
export const EARLIEST_DATE = new Date("1990-01-01T00:00:00Z");
export const LATEST_DATE = new Date("2200-01-01T00:00:00Z");

function plausible(value: Date): Date {
  if (value < EARLIEST_DATE || value >= LATEST_DATE) {
    // A plain Error: graphql-js then points the validation error at the offending literal.
    throw new TypeError(`DateTime must lie between 1990-01-01 and 2199-12-31 (UTC), got ${value.toISOString()}.`);
  }
  return value;
}

/**
 * graphql-scalars' `DateTime`, refusing inputs outside a plausible range (`0001-01-01T00:00:00Z` is a
 * valid RFC 3339 date, and was written). Applied at the scalar so that every input, filters included,
 * is held to it; each field still checks what is plausible for it (e.g. not in the future).
 */
export const HubDateTime = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  description: `${DateTimeResolver.description ?? "A date-time string."} Inputs must lie between 1990-01-01 and 2199-12-31 (UTC).`,
  parseValue: (value) => plausible(DateTimeResolver.parseValue(value) as Date),
  parseLiteral: (ast, variables) => plausible(DateTimeResolver.parseLiteral(ast, variables) as Date),
});
