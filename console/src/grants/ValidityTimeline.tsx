import { type RefObject, useEffect, useRef, useState } from "react";
import { formatDate } from "../ui/format";
import type { GrantRow } from "./grant-row";
import { STATUS_LABEL } from "./grant-status";
import { countryLabel } from "./grant-text";
import { StatusBadge } from "./GrantTable";
import { buildTimeline, type TimelineBar } from "./timeline";

const MONTH = new Intl.DateTimeFormat(undefined, {
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const YEAR = new Intl.DateTimeFormat(undefined, {
  year: "numeric",
  timeZone: "UTC",
});

export interface TimelineEntry {
  grant: GrantRow;
  /** "To United States (US)" or "From Japan (JP)". */
  side: "issued" | "received";
}

/**
 * Each grant's validity as a bar on one time axis, today marked. A list, not a picture: every row says
 * in words who, what for, from when until when and where it stands; the bars repeat it for the eye.
 */
export function ValidityTimeline({ entries, names, now }: { entries: readonly TimelineEntry[]; names: ReadonlyMap<string, string>; now: Date }) {
  const axis = useRef<HTMLDivElement>(null);
  const maxTicks = useTicksThatFit(axis);
  const timeline = buildTimeline(
    entries.map((e) => e.grant),
    now,
    maxTicks,
  );
  return (
    <div className="timeline" data-testid="grant-timeline">
      <div className="timeline-axis" aria-hidden="true">
        <div className="timeline-axis-track" ref={axis}>
          {timeline.ticks.map((tick) => (
            <span key={tick.at} className={`timeline-tick${edgeClass(tick.pct)}`} style={{ left: `${tick.pct}%` }}>
              {(tick.unit === "year" ? YEAR : MONTH).format(new Date(tick.at))}
            </span>
          ))}
          <span className={`timeline-today-label${edgeClass(timeline.todayPct)}`} style={{ left: `${timeline.todayPct}%` }}>
            Today
          </span>
        </div>
      </div>
      {entries.length === 0 ? <p className="hint">No grant to show.</p> : null}
      <ol className="timeline-rows">
        {entries.map((entry, i) => {
          const { grant } = entry;
          const bar = timeline.bars[i]!;
          const who = entry.side === "issued" ? `To ${countryLabel(grant.grantee, names)}` : `From ${countryLabel(grant.grantor, names)}`;
          return (
            <li key={grant.id} className="timeline-row" data-timeline-grant-id={grant.id}>
              <div className="timeline-label">
                <span className="timeline-who">{who}</span> <StatusBadge status={bar.status} />
                <span className="timeline-purpose">{grant.purpose}</span>
                <span className="timeline-dates">
                  {formatDate(grant.validFrom)} – {formatDate(grant.validUntil)}
                  {grant.revokedAt ? `, revoked ${formatDate(grant.revokedAt)}` : ""}
                </span>
              </div>
              <Track bar={bar} todayPct={timeline.todayPct} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function Track({ bar, todayPct }: { bar: TimelineBar; todayPct: number }) {
  const cut = bar.plannedEndPct > bar.endPct;
  return (
    <div className="timeline-track" aria-hidden="true" title={STATUS_LABEL[bar.status]}>
      {cut ? (
        <span
          className="timeline-planned"
          style={{
            left: `${bar.endPct}%`,
            width: `${bar.plannedEndPct - bar.endPct}%`,
          }}
        />
      ) : null}
      <span
        className={`timeline-bar timeline-bar-${bar.status.toLowerCase()}${bar.continues ? " timeline-bar-continues" : ""}`}
        style={{
          left: `${bar.startPct}%`,
          width: `${bar.endPct - bar.startPct}%`,
        }}
      />
      <span className="timeline-today" style={{ left: `${todayPct}%` }} />
    </div>
  );
}

/** A label near an end of the axis is anchored on its inner side, so it does not hang over the edge. */
function edgeClass(pct: number): string {
  return pct < 8 ? " timeline-at-start" : pct > 92 ? " timeline-at-end" : "";
}

/** As many axis labels as the axis has room for ("Mar 2027" needs about 5 rem), between 2 and 8. */
function useTicksThatFit(axis: RefObject<HTMLDivElement | null>): number {
  const [count, setCount] = useState(8);
  useEffect(() => {
    const element = axis.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0;
      if (width > 0) setCount(Math.max(2, Math.min(8, Math.floor(width / 80))));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [axis]);
  return count;
}
