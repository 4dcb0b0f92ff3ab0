import type { ComplianceRating, ComplianceReportStatus } from "../gql/graphql";

/**
 * How the matrix names what it shows. Every rating has a short code and every review status a mark, both
 * printed in the cells, so colour is never the only thing telling two cells apart. The palette is a
 * diverging red-blue one, readable with the common colour-vision deficiencies; each fill has an ink
 * colour with at least 4.5:1 contrast for the text drawn on it.
 */

/** What a cell shows: a self-rating, or why there is none. */
export type CellLevel = ComplianceRating | "NOT_RATED" | "NO_REPORT";

export interface LevelStyle {
  level: CellLevel;
  label: string;
  /** Printed in the heat map's cell and in the table. */
  short: string;
  fill: string;
  ink: string;
}

/** Best to worst, then the cells without a rating: the order of the legend and of the heat map's values. */
export const LEVELS: readonly LevelStyle[] = [
  { level: "COMPLIANT", label: "Compliant", short: "C", fill: "#2166ac", ink: "#ffffff" },
  { level: "LARGELY_COMPLIANT", label: "Largely compliant", short: "LC", fill: "#92c5de", ink: "#1b1f24" },
  { level: "PARTIALLY_COMPLIANT", label: "Partially compliant", short: "PC", fill: "#fdb863", ink: "#1b1f24" },
  { level: "NON_COMPLIANT", label: "Non-compliant", short: "NC", fill: "#b2182b", ink: "#ffffff" },
  { level: "NOT_APPLICABLE", label: "Not applicable", short: "N/A", fill: "#d5d9de", ink: "#1b1f24" },
  { level: "NOT_RATED", label: "Not rated in the report", short: "–", fill: "#ffffff", ink: "#1b1f24" },
  { level: "NO_REPORT", label: "No report", short: "", fill: "#eef1f5", ink: "#4a5360" },
];

const BY_LEVEL = new Map(LEVELS.map((style) => [style.level, style]));

export function levelStyle(level: CellLevel): LevelStyle {
  return BY_LEVEL.get(level)!;
}

export function levelOf(cell: { selfRating: ComplianceRating | null; reviewStatus: ComplianceReportStatus | null }): CellLevel {
  if (!cell.reviewStatus) return "NO_REPORT";
  return cell.selfRating ?? "NOT_RATED";
}

export interface StatusStyle {
  status: ComplianceReportStatus;
  label: string;
  /** A text mark beside the rating: plain characters every system font has. */
  mark: string;
}

/** In the order of the review workflow. */
export const STATUSES: readonly StatusStyle[] = [
  { status: "SUBMITTED", label: "Submitted", mark: "•" },
  { status: "UNDER_REVIEW", label: "Under review", mark: "?" },
  { status: "ACCEPTED", label: "Accepted", mark: "✓" },
  { status: "CHANGES_REQUESTED", label: "Changes requested", mark: "↺" },
  { status: "ESCALATION_RECOMMENDED", label: "Escalation recommended", mark: "!" },
];

const BY_STATUS = new Map(STATUSES.map((style) => [style.status, style]));

export function statusStyle(status: ComplianceReportStatus): StatusStyle {
  return BY_STATUS.get(status)!;
}

export function ratingLabel(rating: ComplianceRating): string {
  return levelStyle(rating).label;
}

export function statusLabel(status: ComplianceReportStatus | null | undefined): string {
  return status ? statusStyle(status).label : "No report";
}

/** "LC ✓": what a heat map cell prints. */
export function cellMark(cell: { selfRating: ComplianceRating | null; reviewStatus: ComplianceReportStatus | null }): string {
  const short = levelStyle(levelOf(cell)).short;
  if (!cell.reviewStatus) return short;
  return `${short} ${statusStyle(cell.reviewStatus).mark}`;
}

/** "Largely compliant, Accepted": a cell said in words. */
export function cellWords(cell: { selfRating: ComplianceRating | null; reviewStatus: ComplianceReportStatus | null }): string {
  if (!cell.reviewStatus) return "No report";
  return `${levelStyle(levelOf(cell)).label}, ${statusLabel(cell.reviewStatus)}`;
}
