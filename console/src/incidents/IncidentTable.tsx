import { Link, useSearchParams } from "react-router";
import { formatDateTime, humanize } from "../ui/format";
import { type SortKey, type TableOrder, writeOpenIncident } from "./incident-filters";
import type { IncidentRow } from "./incident-rows";
import { SeverityLabel } from "./IncidentMark";

const COLUMNS: { key: SortKey | undefined; label: string }[] = [
  { key: "occurredAt", label: "Occurred" },
  { key: "country", label: "Country" },
  { key: "title", label: "Title" },
  { key: "severity", label: "Severity" },
  { key: "classification", label: "Classification" },
  { key: undefined, label: "High-risk" },
  { key: undefined, label: "72-hour status" },
  { key: undefined, label: "AI system" },
];

/** Newest, most severe and most closed first; names and codes from A. */
const FIRST_DIRECTION: Record<SortKey, TableOrder["direction"]> = { occurredAt: "desc", severity: "desc", classification: "desc", country: "asc", title: "asc" };

/**
 * Every loaded row, in the order the person chose. A title opens the incident in the drawer through a
 * real link (the drawer's state is in the URL), so it can be opened in a new tab or shared.
 */
export function IncidentTable({ rows, order, onOrder }: { rows: readonly IncidentRow[]; order: TableOrder; onOrder(order: TableOrder): void }) {
  const [params] = useSearchParams();
  return (
    <div className="table-scroll">
      <table className="incident-table" data-testid="incident-table">
        <caption className="table-caption">Incidents loaded, sorted by {COLUMNS.find((c) => c.key === order.key)?.label.toLowerCase()}, {order.direction === "asc" ? "ascending" : "descending"}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column.label}
                scope="col"
                aria-sort={column.key === order.key ? (order.direction === "asc" ? "ascending" : "descending") : undefined}
              >
                {column.key ? (
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() =>
                      onOrder({
                        key: column.key!,
                        direction: column.key === order.key ? (order.direction === "asc" ? "desc" : "asc") : FIRST_DIRECTION[column.key!],
                      })
                    }
                  >
                    {column.label}
                    <span aria-hidden="true" className="sort-arrow">
                      {column.key === order.key ? (order.direction === "asc" ? "▲" : "▼") : "↕"}
                    </span>
                  </button>
                ) : (
                  column.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.country}.${row.id}`} data-incident-id={row.id} data-country={row.country} data-classification={row.classification} data-severity={row.severity}>
              <td className="occurred">
                <time dateTime={row.occurredAt}>{formatDateTime(row.occurredAt)}</time>
              </td>
              <td>{row.country}</td>
              <td className="incident-title">
                <Link to={{ search: writeOpenIncident(params, { country: row.country, id: row.id }).toString() }}>{row.title}</Link>
                {row.demo ? <span className="tag">Demo</span> : null}
              </td>
              <td className="nowrap">
                <SeverityLabel severity={row.severity} />
              </td>
              <td className="nowrap">{humanize(row.classification)}</td>
              <td>{row.highRisk ? "Yes" : "No"}</td>
              <td>{humanize(row.notificationStatus)}</td>
              <td>{row.system?.name ?? <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
