import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Int, Resolver, Root } from "type-graphql";
import type { NationalContext } from "../context.js";
import { Country } from "../country/country.js";
import { decodeCursor } from "../pagination/cursor.js";
import { assertId } from "../pagination/input-limits.js";
import { assertPageSize } from "../pagination/page-info.js";
import { fieldsSelectedUnder } from "../pagination/selected-fields.js";
import { Incident } from "./incident.js";
import { incidentPage, validateIncidentFilter } from "./incident-query.js";
import { IncidentConnection, IncidentFilter } from "./incident-types.js";

/** The cross-border entry points to a country's incident register. */
@Resolver(() => Country)
export class CountryIncidentsResolver {
  @FieldResolver(() => IncidentConnection, {
    nullable: true,
    description: "The incidents of this country that the caller may see, newest first.",
  })
  incidents(
    @Root() country: Country,
    @Ctx() ctx: NationalContext,
    @Arg("filter", () => IncidentFilter, { nullable: true }) filter: IncidentFilter | null,
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Info() info: GraphQLResolveInfo,
  ): IncidentConnection | null {
    if (country.code !== ctx.country) return null;
    assertPageSize(first);
    validateIncidentFilter(filter);
    assertId(after, "after");
    const nodeFields = fieldsSelectedUnder(info, "nodes");
    return incidentPage(ctx.reader, { filter, first, after: after ? decodeCursor(after) : undefined, nodeFields });
  }

  @FieldResolver(() => Incident, {
    nullable: true,
    description: "One incident of this country; null when it does not exist or the caller may not see it.",
  })
  async incident(@Root() country: Country, @Ctx() ctx: NationalContext, @Arg("id", () => ID) id: string): Promise<Incident | null> {
    if (country.code !== ctx.country) return null;
    assertId(id, "id");
    return ctx.loaders.incidentsById.load(id);
  }
}
