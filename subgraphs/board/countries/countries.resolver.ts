import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { BoardContext } from "../context.js";
import { Country } from "./country.js";

@Resolver(() => Country)
export class CountriesResolver {
  @Query(() => [Country], { description: "Every participant in the directory, by code." })
  async countries(@Ctx() { db }: BoardContext): Promise<Country[]> {
    return db.getRepository(Country).find({ order: { code: "ASC" } });
  }

  @Query(() => Country, { nullable: true, description: "One participant; null if the code is not in the directory." })
  async country(@Arg("code", () => ID) code: string, @Ctx() { countriesByCode }: BoardContext): Promise<Country | null> {
    return countriesByCode.load(code.trim().toUpperCase());
  }
}
