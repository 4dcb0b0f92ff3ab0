import { compareFigures } from "./attested-figures";
import { cellWords, levelOf, levelStyle, statusStyle, cellMark } from "./compliance-labels";
import { INDICATOR_LABELS, type MatrixItem, type MatrixRow } from "./matrix-model";

interface MatrixTableProps {
  rows: readonly MatrixRow[];
  items: readonly MatrixItem[];
  milestone: string;
  /** The reader's country ("BOARD" for the board), named in the indicators' differences. */
  reader: string;
  onOpen(country: string, item?: string): void;
}

/**
 * The matrix as a table, for screen readers and keyboards: one row per country with its review status
 * and indicators, then one cell per item. A row's heading button opens the report; its cells open it
 * too (with that item marked) but stay out of the tab order, so a keyboard crosses fifty rows, not
 * fifteen hundred cells.
 */
export function MatrixTable({ rows, items, milestone, reader, onOpen }: MatrixTableProps) {
  return (
    // Focusable, so that a keyboard can scroll it even when no row holds a button (a regulator's view of others).
    <div className="table-scroll cmp-table-scroll" tabIndex={0} role="region" aria-labelledby="cmp-table-caption">
      <table className="cmp-table" data-testid="compliance-table">
        <caption id="cmp-table-caption">
          {milestone}: {rows.length} countries against {items.length} baseline items. Each cell gives the self-rating and the review status of the country's latest
          report. Each indicator gives the country's count for you ("shared": only the records you may see; "own": all of your country's), the figure it attested
          with its report (all its records), and how many of the attested records you see.
        </caption>
        <thead>
          <tr>
            <th scope="col" className="cmp-sticky">
              Country
            </th>
            <th scope="col">Review</th>
            {INDICATOR_LABELS.map((label) => (
              <th scope="col" key={label.key} className="cmp-indicator-head" title={label.label}>
                {label.heading}
              </th>
            ))}
            {items.map((item) => (
              <th scope="col" key={item.code} title={item.title} className="cmp-item-head">
                {item.code}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.country}>
              <th scope="row" className="cmp-sticky" data-country={row.country}>
                {row.reportId ? (
                  <button type="button" className="cmp-link-button" onClick={() => onOpen(row.country)}>
                    {row.country} {row.name}
                  </button>
                ) : (
                  <span>
                    {row.country} {row.name}
                  </span>
                )}
              </th>
              <td data-country={row.country} className="cmp-status-cell">
                {row.status ? (
                  <>
                    <span aria-hidden="true" className="cmp-mark">
                      {statusStyle(row.status).mark}
                    </span>{" "}
                    {statusStyle(row.status).label}
                    {row.version && row.version > 1 ? <span className="cmp-version"> (version {row.version})</span> : null}
                  </>
                ) : (
                  "No report"
                )}
              </td>
              <IndicatorCells row={row} reader={reader} />
              {items.map((item) => (
                <MatrixCellView key={item.code} row={row} item={item} onOpen={onOpen} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function IndicatorCells({ row, reader }: { row: MatrixRow; reader: string }) {
  const missing = row.indicators.kind === "pending" ? "Counting…" : row.indicators.kind === "unanswered" ? "No answer" : "Not given";
  const basis = row.indicators.kind === "value" ? (row.indicators.value.basis === "OWNER" ? "own" : "shared") : undefined;
  return (
    <>
      {compareFigures(row.country, row.indicators, row.attested, reader, !(row.status && !row.reportId)).map((figure) => (
        <td key={figure.key} className="cmp-indicator" data-country={row.country} data-indicator={figure.key} title={figure.difference}>
          <span className="cmp-figure-view">{figure.view ? `${basis} ${figure.view.done} of ${figure.view.of}` : missing}</span>
          <span className="cmp-figure-attested">{figure.attested ? `attested ${figure.attested.done} of ${figure.attested.of}` : row.status && !row.reportId ? "attested: not shared with you" : "none attested"}</span>
          {figure.short ? <span className="cmp-figure-diff">{figure.short}</span> : null}
        </td>
      ))}
    </>
  );
}

function MatrixCellView({ row, item, onOpen }: { row: MatrixRow; item: MatrixItem; onOpen(country: string, item?: string): void }) {
  const cell = row.cells.find((c) => c.itemCode === item.code) ?? { itemCode: item.code, selfRating: null, reviewStatus: null };
  const style = levelStyle(levelOf(cell));
  const content = (
    <>
      <span aria-hidden="true">{cellMark(cell)}</span>
      <span className="cmp-sr-only">{cellWords(cell)}</span>
    </>
  );
  return (
    <td data-country={row.country} data-item={item.code} data-level={style.level} data-status={cell.reviewStatus ?? ""} className="cmp-cell" style={{ backgroundColor: style.fill, color: style.ink }}>
      {row.reportId ? (
        <button type="button" tabIndex={-1} className="cmp-cell-button" onClick={() => onOpen(row.country, item.code)}>
          {content}
        </button>
      ) : (
        content
      )}
    </td>
  );
}
