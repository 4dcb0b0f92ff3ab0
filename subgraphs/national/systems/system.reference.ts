import type { NationalContext } from "../context.js";
import type { System } from "./system-entities.js";

export const systemReference = {
  // async: a synchronous throw here would null the whole `_entities` batch.
  async __resolveReference(reference: { country: string; id: string }, ctx: NationalContext): Promise<System | null> {
    if (reference.country !== ctx.country) return null;
    return ctx.loaders.systemsById.load(reference.id);
  },
};
