import type { NationalContext } from "../context.js";
import { Country } from "./country.js";

export const countryReference = {
  // A deployment answers for its own country only; a misrouted reference resolves to nothing rather
  // than to this country's records under another country's name.
  async __resolveReference(reference: { code: string }, ctx: NationalContext): Promise<Country | null> {
    return reference.code === ctx.country ? Object.assign(new Country(), { code: ctx.country }) : null;
  },
};
