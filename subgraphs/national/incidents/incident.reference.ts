import type { NationalContext } from "../context.js";
import type { Incident } from "./incident.js";

export const incidentReference = {
  // async: a synchronous throw here would null the whole `_entities` batch.
  async __resolveReference(reference: { country: string; id: string }, ctx: NationalContext): Promise<Incident | null> {
    if (reference.country !== ctx.country) return null;
    return ctx.loaders.incidentsById.load(reference.id);
  },
};
