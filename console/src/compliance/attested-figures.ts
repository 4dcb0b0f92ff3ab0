import type { AttestedFiguresFragment, IndicatorBasis } from "../gql/graphql";
import { formatDate } from "../ui/format";
import { type IndicatorFigure, type IndicatorState, INDICATOR_LABELS, type Indicators } from "./matrix-model";

export type AttestedFigures = AttestedFiguresFragment;

/** What each indicator counts, as the noun of a sentence ("11 of 18 incidents requiring notification"). */
const COUNTED: Record<IndicatorFigure["key"], string> = {
  redTeamed: "high-risk deployments",
  notified: "incidents requiring notification",
  provenance: "AI systems",
};

/** Who is reading, as the sentences name them: the board, or a participant by its code. */
export function readerName(country: string): string {
  return country === "BOARD" ? "the board" : country;
}

/** The three figures ("done of total") of either kind of count: the two carry the same fields. */
function figures(counts: Omit<Indicators, "basis" | "asOf"> | AttestedFigures): Record<IndicatorFigure["key"], { done: number; of: number }> {
  return {
    redTeamed: { done: counts.redTeamedBeforeDeployment, of: counts.highRiskDeployments },
    notified: { done: counts.notifiedWithin72h, of: counts.incidentsRequiringNotification },
    provenance: { done: counts.systemsWithProvenance, of: counts.systems },
  };
}

export interface FigureComparison {
  key: IndicatorFigure["key"];
  heading: string;
  /** Counted by the country for the reader now (undefined: not counted, see the row's indicator state). */
  view: { done: number; of: number } | undefined;
  /** Attested by the country with its report (undefined: nothing attested). */
  attested: { done: number; of: number } | undefined;
  /** The difference said in words: "11 of 18 incidents requiring notification visible to the board". */
  difference: string;
  /** The same, where space is short: "11 of 18 visible". Empty when there is nothing to compare. */
  short: string;
}

/**
 * The reader's view of a country's indicators beside the figures the country attested, item by item,
 * with the difference in words. Under `SHARED_VIEW` a lower total is records the reader may not see;
 * under `OWNER` (a regulator reading its own country) both count every record, and a difference is
 * records changed since the report was filed.
 */
export function compareFigures(
  country: string,
  state: IndicatorState,
  attested: AttestedFigures | null | undefined,
  reader: string,
  /** False when the country has a report the reader may not read: its attested figures go only to the board and the country's own regulators. */
  reportReadable = true,
): FigureComparison[] {
  const view = state.kind === "value" ? figures(state.value) : undefined;
  const owner = state.kind === "value" && state.value.basis === "OWNER";
  const claimed = attested ? figures(attested) : undefined;
  return INDICATOR_LABELS.map(({ key, heading }) => {
    const seen = view?.[key];
    const sworn = claimed?.[key];
    return {
      key,
      heading,
      view: seen,
      attested: sworn,
      difference: !sworn && !reportReadable ? `${country}'s attested figures go only to the board and ${country}'s own regulators` : differenceText(COUNTED[key], country, seen, sworn, owner, readerName(reader)),
      short: shortText(seen, sworn, owner),
    };
  });
}

function differenceText(
  noun: string,
  country: string,
  seen: { of: number } | undefined,
  sworn: { of: number } | undefined,
  owner: boolean,
  reader: string,
): string {
  if (!sworn) return `${country} attested no figures`;
  if (!seen) return `${sworn.of} ${noun} attested; not counted for ${reader} just now`;
  if (owner) {
    if (seen.of === sworn.of) return `${seen.of} ${noun}, as attested`;
    return `${seen.of} ${noun} counted now, ${sworn.of} attested: the records changed since the report was filed`;
  }
  if (seen.of === sworn.of) return `all ${sworn.of} ${noun} visible to ${reader}`;
  if (seen.of < sworn.of) return `${seen.of} of ${sworn.of} ${noun} visible to ${reader}`;
  return `${seen.of} ${noun} visible to ${reader}, ${seen.of - sworn.of} more than attested: the records changed since the report was filed`;
}

function shortText(seen: { of: number } | undefined, sworn: { of: number } | undefined, owner: boolean): string {
  if (!seen || !sworn) return "";
  if (seen.of === sworn.of) return owner ? "as attested" : "all visible";
  if (owner || seen.of > sworn.of) return "changed since";
  return `${seen.of} of ${sworn.of} visible`;
}

/** Whose figures the reader's view is, in words. */
export function basisText(basis: IndicatorBasis, country: string, reader: string): string {
  return basis === "OWNER"
    ? `counted by ${country} over all its records (your own country's view)`
    : `counted by ${country} over only the records ${readerName(reader)} may see (shared view)`;
}

/** Where the attested figures come from, in words. */
export function attestedText(country: string, attested: AttestedFigures): string {
  return `${country}'s own figures over all its records, attested with its report on ${formatDate(attested.attestedAt)} (records up to ${formatDate(attested.asOf)})`;
}
