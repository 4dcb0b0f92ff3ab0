import type { BoardContext } from "../context.js";
import type { Country } from "./country.js";

export const countryReference = {
  // async: a synchronous throw here would null the whole `_entities` batch.
  async __resolveReference(reference: { code: string }, { countriesByCode }: BoardContext): Promise<Country | null> {
    return countriesByCode.load(reference.code);
  },
};
