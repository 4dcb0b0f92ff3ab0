import { lazy, Suspense, useMemo } from "react";
import { humanize } from "../ui/format";
import { Loading } from "../ui/Page";
import { CLASSIFICATIONS, SEVERITIES } from "./incident-filters";
import type { IncidentKey } from "./incident-filters";
import { CLASSIFICATION_MARKS } from "./incident-marks";
import type { CountryResult } from "./incident-rows";
import { MarkIcon } from "./IncidentMark";
import { type TimelinePoint, timelineHeight, timelineOption } from "./timeline-option";

// The chart library is fetched only when this view draws its timeline.
const EChart = lazy(() => import("../charts/EChart"));

/** The loaded incidents on a time axis, one lane per country; a point opens its incident. */
export function IncidentTimeline({ results, onOpen }: { results: readonly CountryResult[]; onOpen(key: IncidentKey): void }) {
  const count = results.reduce((n, r) => n + r.rows.length, 0);
  const description = `Timeline of ${count} incidents in ${results.length} countries, by date of occurrence; the same incidents are listed in the table below.`;
  // Redrawn when the loaded rows change, not on every render of the view (the results are rebuilt each time).
  const signature = results.map((r) => `${r.code}:${r.answered ? 1 : 0}:${r.rows.map((row) => row.id).join(",")}`).join("|");
  const option = useMemo(() => timelineOption(results, description), [signature]);
  return (
    <section className="card incident-timeline" aria-labelledby="incident-timeline-title" data-testid="incident-timeline">
      <h2 id="incident-timeline-title">Timeline</h2>
      <p className="hint">
        When each loaded incident occurred, one lane per country. Select a point to open the incident; the table below lists the same incidents.
      </p>
      <Suspense fallback={<Loading what="the chart" />}>
        <EChart
          option={option}
          height={timelineHeight(results.length)}
          label={description}
          onItemClick={({ data }) => {
            const point = data as Partial<TimelinePoint> | undefined;
            if (point?.id && point.country) onOpen({ country: point.country, id: point.id });
          }}
        />
      </Suspense>
      <TimelineLegend />
    </section>
  );
}

function TimelineLegend() {
  return (
    <div className="timeline-legend">
      <div>
        <h3>Severity: colour and shape</h3>
        <ul>
          {SEVERITIES.map((severity) => (
            <li key={severity}>
              <MarkIcon severity={severity} />
              {humanize(severity)}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3>Classification: fill, outline and tag</h3>
        <ul>
          {CLASSIFICATIONS.map((classification) => (
            <li key={classification}>
              <MarkIcon severity="HAZARD" classification={classification} />
              <strong className="mark-tag">{CLASSIFICATION_MARKS[classification].tag}</strong> {humanize(classification)} ({CLASSIFICATION_MARKS[classification].description})
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
