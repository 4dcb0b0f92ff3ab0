import { LEVELS, STATUSES } from "./compliance-labels";
import { INDICATOR_LABELS } from "./matrix-model";

/** What the colours, letters and marks mean, and what the indicators count: in words, beside the chart. */
export function MatrixLegend() {
  return (
    <div className="cmp-legend" aria-label="Legend" role="group">
      <div>
        <h3 className="cmp-legend-title">Self-rating</h3>
        <ul>
          {LEVELS.map((style) => (
            <li key={style.level}>
              <span className="cmp-swatch" style={{ backgroundColor: style.fill, color: style.ink }} aria-hidden="true">
                {style.short}
              </span>{" "}
              {style.label}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="cmp-legend-title">Review status (mark after the letters)</h3>
        <ul>
          {STATUSES.map((style) => (
            <li key={style.status}>
              <span className="cmp-mark-key" aria-hidden="true">
                {style.mark}
              </span>{" "}
              {style.label}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="cmp-legend-title">Indicators (counted by each country for you)</h3>
        <ul>
          {INDICATOR_LABELS.map((label) => (
            <li key={label.key}>
              <span className="cmp-mark-key" aria-hidden="true">
                {label.short}
              </span>{" "}
              {label.heading}: {label.label}
            </li>
          ))}
        </ul>
        <p className="hint">
          Beside the heat map, each country counts the records you may see (all of them, for your own country); the table sets its count beside the figures it attested with its report, over all its
          records.
        </p>
      </div>
    </div>
  );
}
