import { badUserInput, forbidden } from "../../../shared/errors/hub-errors.js";
import type { MilestoneCode } from "../../../shared/compliance/milestones.js";
import type { EvidenceKind } from "../compliance/enums.js";
import type { GatewayClient } from "./gateway-client.js";

/** One citation of a submission, with the input path a refusal names (`assessments[1].evidence[0]`). */
export interface Citation {
  at: string;
  kind: EvidenceKind;
  recordId: string;
}

/** The country's own figures for the milestone, counted over all its records (basis OWNER). */
export interface AttestedFigures {
  asOf: Date;
  highRiskDeployments: number;
  redTeamedBeforeDeployment: number;
  incidentsRequiringNotification: number;
  notifiedWithin72h: number;
  systems: number;
  systemsWithProvenance: number;
}

export interface OwnerAttestation {
  /** When the country answered: every citation was confirmed by then. */
  vouchedAt: Date;
  figures: AttestedFigures;
}

/** The national field that looks a record of each kind up by id. */
const LOOKUP: Readonly<Record<EvidenceKind, string>> = { INCIDENT: "incident", AUDIT: "audit", SYSTEM: "system" };

const FIGURES = "basis asOf highRiskDeployments redTeamedBeforeDeployment incidentsRequiringNotification notifiedWithin72h systems systemsWithProvenance";

interface Answer {
  myCountry: ({ code: string; indicators: ({ basis: string; asOf: string } & Omit<AttestedFigures, "asOf">) | null } & Record<string, unknown>) | null;
}

/**
 * Asks the submitting country, through the gateway and under the submitter's own token, to vouch for a
 * submission: that every cited record exists in its register (so is its own), and is not a carve-out
 * record, whose id must never leave the country; and for its own indicators for the milestone.
 *
 * One request, each distinct record under an alias. `myCountry` is answered by the caller's home
 * deployment only, so a record of another country cannot be found there: a made-up id and another
 * country's id get the same answer (null), and the same refusal.
 */
export async function askOwnerToVouch(
  gateway: GatewayClient,
  submission: { country: string; milestone: MilestoneCode; citations: readonly Citation[]; maxRecords: number },
): Promise<OwnerAttestation> {
  const { country, citations } = submission;
  const aliases = new Map<string, { alias: string; kind: EvidenceKind; recordId: string }>();
  for (const { kind, recordId } of citations) {
    const key = `${kind}:${recordId}`;
    if (!aliases.has(key)) aliases.set(key, { alias: `r${aliases.size}`, kind, recordId });
  }
  // The gateway refuses an operation with more aliases than its limit: say so in the report's terms.
  if (aliases.size > submission.maxRecords) {
    throw badUserInput(
      `A submission may cite at most ${submission.maxRecords} distinct records (this one cites ${aliases.size}); ` +
        "submit the other items in a second submission, which amends the report.",
      "assessments",
    );
  }
  const lookups = [...aliases.values()];
  const document = [
    `query OwnerVouchesForReport($milestone: MilestoneCode!${lookups.map((l) => `, $${l.alias}: ID!`).join("")}) {`,
    `  myCountry { code indicators(milestone: $milestone) { ${FIGURES} }`,
    ...lookups.map((l) => `    ${l.alias}: ${LOOKUP[l.kind]}(id: $${l.alias}) { id classification }`),
    "  }",
    "}",
  ].join("\n");
  const variables = Object.fromEntries([["milestone", submission.milestone], ...lookups.map((l) => [l.alias, l.recordId])]);
  const answer = await gateway.query<Answer>(document, variables);
  const vouchedAt = new Date();
  const own = answer.myCountry;
  if (!own || own.code !== country || !own.indicators) {
    throw forbidden(`${country}'s register did not answer for this token as ${country}'s own.`);
  }
  // Anything less than the owner's view would make existing records look missing, and the figures partial.
  if (own.indicators.basis !== "OWNER") {
    throw forbidden(
      `Submitting a report needs a token that reads all of ${country}'s own records (scope records:read), so that ${country} can vouch for its evidence and figures.`,
    );
  }
  for (const citation of citations) {
    const { alias, kind } = aliases.get(`${citation.kind}:${citation.recordId}`)!;
    const record = own[alias] as { id: string; classification: string } | null;
    if (!record) throw notCitable(citation.at, kind, country);
    if (record.classification === "NATIONAL_SECURITY") {
      throw badUserInput(
        `This ${kind.toLowerCase()} is NATIONAL_SECURITY: it cannot be cited to the board, so that its id never leaves ${country}.`,
        citation.at,
      );
    }
  }
  const { basis: _basis, asOf, ...counts } = own.indicators;
  return { vouchedAt, figures: { ...counts, asOf: new Date(asOf) } };
}

/** One refusal, word for word, for a record that does not exist and one that is not the country's own. */
export function notCitable(at: string, kind: EvidenceKind, country: string): Error {
  return badUserInput(`No ${kind.toLowerCase()} with this id in ${country}'s register can be cited: a report cites its own country's existing records.`, at);
}
