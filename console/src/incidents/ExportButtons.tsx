import { downloadCsv, downloadJson } from "../ui/download";
import type { HubError } from "../graphql/hub-error";
import { CSV_COLUMNS, csvRows, exportFileName, jsonExport } from "./incident-export";
import type { IncidentSearch } from "./incident-filters";
import type { CountryResult, IncidentRow } from "./incident-rows";

/** Downloads what is on screen: every loaded row, in the table's order, with the search that found them. */
export function ExportButtons({
  search,
  results,
  rows,
  errors,
}: {
  search: IncidentSearch;
  results: readonly CountryResult[];
  rows: readonly IncidentRow[];
  errors: readonly HubError[];
}) {
  const disabled = results.length === 0;
  return (
    <>
      <button type="button" disabled={disabled} onClick={() => downloadCsv(exportFileName("csv", new Date()), CSV_COLUMNS, csvRows(rows))}>
        Download CSV
      </button>
      <button type="button" disabled={disabled} onClick={() => downloadJson(exportFileName("json", new Date()), jsonExport(search, results, rows, errors, new Date()))}>
        Download JSON
      </button>
    </>
  );
}
