import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { In } from "typeorm";
import { badUserInput } from "../../../shared/errors/hub-errors.js";
import type { BoardContext } from "../context.js";
import { Country } from "./country.js";

const MAX_CODES = 500;

@Resolver(() => Country)
export class CountriesResolver {
  @Query(() => [Country], { description: "The participants in the directory, by code: every one, or those named in `codes`." })
  async countries(
    @Ctx() { db }: BoardContext,
    @Arg("codes", () => [ID], { nullable: true, description: "Only these participants (codes not in the directory are left out)." })
    codes: string[] | null,
  ): Promise<Country[]> {
    if (codes && codes.length > MAX_CODES) throw badUserInput(`At most ${MAX_CODES} codes at a time; got ${codes.length}.`);
    const where = codes ? { code: In(codes.map((code) => code.trim().toUpperCase())) } : {};
    return db.getRepository(Country).find({ where, order: { code: "ASC" } });
  }

  @Query(() => Country, { nullable: true, description: "One participant; null if the code is not in the directory." })
  async country(@Arg("code", () => ID) code: string, @Ctx() { countriesByCode }: BoardContext): Promise<Country | null> {
    return countriesByCode.load(code.trim().toUpperCase());
  }
}
