import type { Classification, Severity } from "../gql/graphql";
import { humanize } from "../ui/format";
import { markStyle, SEVERITY_MARKS } from "./incident-marks";

/** The timeline's mark for an incident, drawn inline (decorative: its words always stand beside it). */
export function MarkIcon({ severity, classification = "SHARED" }: { severity: Severity; classification?: Classification }) {
  const shape = SEVERITY_MARKS[severity].svg;
  const style = markStyle(severity, classification);
  const paint = { fill: style.fill, stroke: style.stroke, strokeWidth: style.strokeWidth };
  return (
    <svg className="incident-mark" viewBox="-2 -2 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      {shape.kind === "circle" ? <circle cx="10" cy="10" r="9" {...paint} /> : <polygon points={shape.points} {...paint} strokeLinejoin="round" />}
    </svg>
  );
}

/** A severity as the table shows it: its mark and its name. */
export function SeverityLabel({ severity }: { severity: Severity }) {
  return (
    <span className="severity-label">
      <MarkIcon severity={severity} />
      {humanize(severity)}
    </span>
  );
}
