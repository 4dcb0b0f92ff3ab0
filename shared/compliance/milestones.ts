/**
 * The review board's compliance checkpoints under the Tokyo Safety Baseline: 6, 12 and 18 months after
 * the agreement of 2026-03-25. Plain TypeScript (no GraphQL here) so that every subgraph can import it;
 * each subgraph registers `MilestoneCode` with type-graphql under that same name, and the identical
 * values let the gateway compose the two definitions into one enum.
 */
export enum MilestoneCode {
  M6 = "M6",
  M12 = "M12",
  M18 = "M18",
}

/** The day the 50 participating countries agreed the baseline. */
export const AGREEMENT_DATE = new Date("2026-03-25T00:00:00.000Z");

/** Checkpoints in the order they fall due (an enum's own order is not something to rely on in SQL). */
export const MILESTONE_CODES: readonly MilestoneCode[] = [MilestoneCode.M6, MilestoneCode.M12, MilestoneCode.M18];

export const MILESTONE_MONTHS: Readonly<Record<MilestoneCode, number>> = { M6: 6, M12: 12, M18: 18 };

/**
 * Due dates as calendar days, written out rather than computed so that a reader can check them against
 * the agreement; as instants they are midnight UTC of that day. 25 exists in every month, so "n months
 * after" is never ambiguous here.
 */
export const MILESTONE_DUE_DATES: Readonly<Record<MilestoneCode, Date>> = {
  M6: new Date("2026-09-25T00:00:00.000Z"),
  M12: new Date("2027-03-25T00:00:00.000Z"),
  M18: new Date("2027-09-25T00:00:00.000Z"),
};
