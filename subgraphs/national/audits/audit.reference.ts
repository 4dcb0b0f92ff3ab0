import type { NationalContext } from "../context.js";
import type { Audit } from "./audit.js";

export const auditReference = {
  // async: a synchronous throw here would null the whole `_entities` batch.
  async __resolveReference(reference: { country: string; id: string }, ctx: NationalContext): Promise<Audit | null> {
    if (reference.country !== ctx.country) return null;
    return ctx.loaders.auditsById.load(reference.id);
  },
};
