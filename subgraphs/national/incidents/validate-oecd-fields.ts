import { badUserInput } from "../../../shared/errors/hub-errors.js";
import { UUID } from "../pagination/cursor.js";
import type { HarmType } from "./enums.js";
import type { RecordReference } from "./record-reference.js";

export interface OecdFields {
  harmTypes?: HarmType[] | null;
  affectedStakeholders?: string[] | null;
  countriesAffected?: string[] | null;
  reporter?: string | null;
  relatedIncidents?: RecordReference[] | null;
}

export interface ValidOecdFields {
  harmTypes: HarmType[];
  affectedStakeholders: string[];
  countriesAffected: string[];
  reporter: string | null;
  relatedIncidents: RecordReference[];
}

const MAX_ITEMS = 20;

/** The OECD fields of a report; countries must be participants, related records another country's. */
export function validateOecdFields(input: OecdFields, owner: string, participants: ReadonlySet<string>): ValidOecdFields {
  const stakeholders = [...new Set((input.affectedStakeholders ?? []).map((s) => s.trim()))];
  if (stakeholders.length > MAX_ITEMS || stakeholders.some((s) => s.length === 0 || s.length > 100)) {
    throw badUserInput(`\`affectedStakeholders\` takes up to ${MAX_ITEMS} names of 1 to 100 characters.`, "affectedStakeholders");
  }
  const countries = [...new Set((input.countriesAffected ?? []).map((c) => c.trim().toUpperCase()))];
  const unknown = countries.filter((c) => c !== owner && !participants.has(c));
  if (unknown.length > 0) throw badUserInput(`\`countriesAffected\` names non-participants: ${unknown.join(", ")}.`, "countriesAffected");
  const reporter = input.reporter?.trim() || null;
  if (reporter && reporter.length > 200) throw badUserInput("`reporter` must be at most 200 characters.", "reporter");
  const related = (input.relatedIncidents ?? []).map((r) => ({ country: r.country.trim().toUpperCase(), id: r.id.trim().toLowerCase() }));
  if (related.length > MAX_ITEMS) throw badUserInput(`\`relatedIncidents\` takes up to ${MAX_ITEMS} references.`, "relatedIncidents");
  for (const ref of related) {
    if (ref.country === owner || !participants.has(ref.country) || !UUID.test(ref.id)) {
      throw badUserInput("`relatedIncidents` must reference other participants' incidents by country and id.", "relatedIncidents");
    }
  }
  return {
    harmTypes: [...new Set(input.harmTypes ?? [])],
    affectedStakeholders: stakeholders,
    countriesAffected: countries,
    reporter,
    relatedIncidents: related,
  };
}
