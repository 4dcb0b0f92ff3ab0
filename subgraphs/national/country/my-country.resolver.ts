import { Ctx, Query, Resolver } from "type-graphql";
import { forbidden } from "../../../shared/errors/hub-errors.js";
import type { NationalContext } from "../context.js";
import { Country } from "./country.js";

@Resolver(() => Country)
export class MyCountryResolver {
  @Query(() => Country, {
    nullable: true,
    description: "The caller's own country, answered by its own national deployment (works when the board is down).",
  })
  myCountry(@Ctx() ctx: NationalContext): Country {
    if (ctx.caller.country !== ctx.country) {
      throw forbidden(`This deployment serves ${ctx.country}; ask the hub for your own country.`);
    }
    return Object.assign(new Country(), { code: ctx.country });
  }
}
