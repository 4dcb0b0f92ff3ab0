import { badUserInput } from "../../../shared/errors/hub-errors.js";

export const TITLE_MAX = 200;
export const SUMMARY_MAX = 20_000;
/** Tolerance for clocks of reporting systems that run slightly ahead. */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/** The fields of a report that are checked together (on reporting, and again after every update). */
export interface ReportFields {
  title: string;
  summary: string;
  occurredAt: Date;
  detectedAt?: Date | null;
  highRisk?: boolean | null;
  notifiedAt?: Date | null;
}

export interface ValidReport {
  title: string;
  summary: string;
  occurredAt: Date;
  detectedAt: Date | null;
  highRisk: boolean;
  notifiedAt: Date | null;
}

/** Rejects a report a person would consider wrong, with a message saying which field and why. */
export function validateReport(input: ReportFields, now: Date): ValidReport {
  const title = input.title.trim();
  const summary = input.summary.trim();
  if (!title) throw badUserInput("`title` must not be empty.", "title");
  if (title.length > TITLE_MAX) throw badUserInput(`\`title\` must be at most ${TITLE_MAX} characters.`, "title");
  if (!summary) throw badUserInput("`summary` must not be empty.", "summary");
  if (summary.length > SUMMARY_MAX) throw badUserInput(`\`summary\` must be at most ${SUMMARY_MAX} characters.`, "summary");
  const latest = now.getTime() + FUTURE_TOLERANCE_MS;
  if (input.occurredAt.getTime() > latest) throw badUserInput("`occurredAt` is in the future.", "occurredAt");
  const detectedAt = input.detectedAt ?? null;
  if (detectedAt) {
    if (detectedAt.getTime() > latest) throw badUserInput("`detectedAt` is in the future.", "detectedAt");
    if (detectedAt < input.occurredAt) throw badUserInput("`detectedAt` is before `occurredAt`.", "detectedAt");
  }
  const highRisk = input.highRisk ?? false;
  if (highRisk && !detectedAt) {
    throw badUserInput("A high-risk incident needs `detectedAt`: the 72-hour notification clock starts there.", "detectedAt");
  }
  const notifiedAt = input.notifiedAt ?? null;
  if (notifiedAt) {
    if (notifiedAt.getTime() > latest) throw badUserInput("`notifiedAt` is in the future.", "notifiedAt");
    if (notifiedAt < (detectedAt ?? input.occurredAt)) {
      throw badUserInput(`\`notifiedAt\` is before \`${detectedAt ? "detectedAt" : "occurredAt"}\`.`, "notifiedAt");
    }
  }
  return { title, summary, occurredAt: input.occurredAt, detectedAt, highRisk, notifiedAt };
}
