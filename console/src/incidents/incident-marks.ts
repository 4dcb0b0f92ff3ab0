import type { Classification, Severity } from "../gql/graphql";

/**
 * How the timeline and the table mark an incident, so that no reading depends on colour alone:
 * severity has a colour AND a shape (and its name beside it in the legend and table); classification
 * has a fill style AND a short text tag drawn next to each point.
 *
 * Colours are the Okabe-Ito palette, darkened to at least 3:1 against white (WCAG non-text contrast).
 */

export interface SeverityMark {
  colour: string;
  /** ECharts `symbol` for the timeline. */
  symbol: string;
  /** The same shape for an inline SVG of viewBox 0 0 20 20. */
  svg: { kind: "circle" } | { kind: "polygon"; points: string };
}

const polygonPath = (points: string) =>
  `path://M${points
    .trim()
    .split(/\s+/)
    .map((p) => p.replace(",", " "))
    .join(" L")} Z`;

const TRIANGLE = "10,1 19,18 1,18";
const SQUARE = "2,2 18,2 18,18 2,18";
const DIAMOND = "10,0 20,10 10,20 0,10";
const STAR = "10,0 12.9,6.5 20,7.3 14.7,12 16.2,19 10,15.4 3.8,19 5.3,12 0,7.3 7.1,6.5";

export const SEVERITY_MARKS: Record<Severity, SeverityMark> = {
  HAZARD: { colour: "#0067a5", symbol: "circle", svg: { kind: "circle" } },
  SERIOUS_HAZARD: { colour: "#007a5a", symbol: polygonPath(SQUARE), svg: { kind: "polygon", points: SQUARE } },
  INCIDENT: { colour: "#a35a00", symbol: polygonPath(TRIANGLE), svg: { kind: "polygon", points: TRIANGLE } },
  SERIOUS_INCIDENT: { colour: "#c4380e", symbol: polygonPath(DIAMOND), svg: { kind: "polygon", points: DIAMOND } },
  DISASTER: { colour: "#6a1b9a", symbol: polygonPath(STAR), svg: { kind: "polygon", points: STAR } },
};

export interface ClassificationMark {
  /** Drawn next to each timeline point. */
  tag: string;
  /** Hollow marks are open to anyone on the hub; filled ones are not. */
  filled: boolean;
  /** A heavy dark outline for the classifications that need a grant or never leave the owner. */
  outline: "none" | "heavy";
  description: string;
}

export const CLASSIFICATION_MARKS: Record<Classification, ClassificationMark> = {
  PUBLIC: { tag: "P", filled: false, outline: "none", description: "hollow, tag P" },
  SHARED: { tag: "S", filled: true, outline: "none", description: "filled, tag S" },
  RESTRICTED: { tag: "R", filled: true, outline: "heavy", description: "filled with a heavy dark outline, tag R" },
  NATIONAL_SECURITY: { tag: "NS", filled: true, outline: "heavy", description: "filled with a heavy dark outline, tag NS" },
};

export const INK = "#1b1f24";
export const PAPER = "#ffffff";

/** Fill and outline of one mark: what both the chart and the legend's SVG draw. */
export function markStyle(severity: Severity, classification: Classification): { fill: string; stroke: string; strokeWidth: number } {
  const colour = SEVERITY_MARKS[severity].colour;
  const mark = CLASSIFICATION_MARKS[classification];
  if (!mark.filled) return { fill: PAPER, stroke: colour, strokeWidth: 2 };
  return mark.outline === "heavy" ? { fill: colour, stroke: INK, strokeWidth: 3 } : { fill: colour, stroke: PAPER, strokeWidth: 1 };
}
